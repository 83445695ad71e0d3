using Vigil.Domain;

namespace Vigil.Matching;

/// <summary>A listed subject that may be the traveler, with the score and why.</summary>
/// <param name="Subject">The listed subject.</param>
/// <param name="Score">Calibrated score in 0..1 (see the README for what a score means).</param>
/// <param name="MatchedName">The list name that matched best, as the list writes it.</param>
/// <param name="Explanation">Which traveler name parts matched which list name parts and how, and how the other
/// evidence moved the score.</param>
public sealed record MatchHit(Subject Subject, double Score, string MatchedName, MatchExplanation Explanation);
