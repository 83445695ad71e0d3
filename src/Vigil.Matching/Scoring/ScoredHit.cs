namespace Vigil.Matching.Scoring;

/// <summary>A score with its explanation.</summary>
internal readonly record struct ScoredHit(double Score, string Explanation);
