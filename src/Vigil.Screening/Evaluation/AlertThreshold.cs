namespace Vigil.Screening.Evaluation;

/// <summary>A score threshold chosen on the innocents: at most <see cref="InnocentAlertRate"/> of them score above it.</summary>
/// <param name="Name">The name <c>score.py</c> gives it: <c>1%</c> or <c>0.1%</c>.</param>
/// <param name="InnocentAlertRate">The share of innocents allowed above the threshold (0.01, 0.001).</param>
/// <param name="Score">The threshold: the smallest best-hit score such that at most that share of innocents score
/// strictly above it.</param>
public sealed record AlertThreshold(string Name, double InnocentAlertRate, double Score);
