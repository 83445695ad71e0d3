namespace Vigil.Matching;

/// <summary>A traveler name part (or two or three adjacent ones) paired with a part of the list name (or two or three
/// adjacent ones), and how they met.</summary>
/// <remarks>The texts are the parts as normalized for comparison (Unicode folding, lower case, invisible characters
/// removed) but not romanized: <c>tarek</c>, <c>كريم</c>. A name and its "Abd" prefix are one part
/// (<c>abd al rahman</c>); two or three parts paired as one are given with a space between them.</remarks>
/// <param name="Traveler">The traveler's part or parts.</param>
/// <param name="Listed">The listed part or parts: of the list name compared (<see cref="MatchExplanation.ListName"/>),
/// or of <see cref="OtherName"/> when that is not null.</param>
/// <param name="How">How the parts met; never <see cref="PartMatchKind.None"/>.</param>
/// <param name="Similarity">The similarity of the parts in 0..1 (1 for the same spelling), as the matcher computed it
/// (single precision).</param>
public sealed record NamePartPair(string Traveler, string Listed, PartMatchKind How, float Similarity)
{
    /// <summary>The number of letters inserted, deleted, replaced or swapped, for <see cref="PartMatchKind.EditDistance"/>;
    /// otherwise null.</summary>
    public int? EditDistance { get; init; }

    /// <summary>The subject's other name (its full text, as the list writes it) in which <see cref="Listed"/> was found,
    /// when the list name compared lacks the traveler's part; otherwise null.</summary>
    /// <remarks>A part found in another name counts half its weight: aliases of one person share their parts.</remarks>
    public string? OtherName { get; init; }
}
