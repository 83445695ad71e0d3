namespace Vigil.Matching.Scoring;

/// <summary>The similarity of two name parts in 0..1, and how it was found.</summary>
/// <param name="Similarity">1 for the same spelling; 0 for unrelated parts.</param>
/// <param name="Kind">How the parts met.</param>
/// <param name="Distance">The edit distance, for <see cref="PartMatchKind.EditDistance"/>.</param>
internal readonly record struct PartMatch(float Similarity, PartMatchKind Kind, byte Distance = 0)
{
    public static PartMatch None => default;
}
