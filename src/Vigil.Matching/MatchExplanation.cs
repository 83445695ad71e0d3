using System.Collections.Immutable;
using Vigil.Domain;

namespace Vigil.Matching;

/// <summary>Why a subject was reported for a traveler: which name parts met which and how, what the date of birth,
/// nationality and gender did to the score, and whether a document number matched.</summary>
/// <remarks>
/// <para>The score of the hit is <c>0.92 × NameScore</c> plus the <see cref="EvidenceEffect.Effect"/> of each item of
/// <see cref="Evidence"/>, rounded to four decimals and kept in 0..1 (<see cref="ScoreBeforeDocument"/>); an equal
/// document number raises it to at least <see cref="DocumentAgreement.Floor"/>.</para>
/// <para>A hit found by its document number alone has no list name: <see cref="ListName"/> and
/// <see cref="ListNameQuality"/> are null, <see cref="NameScore"/> and <see cref="ScoreBeforeDocument"/> are 0 and
/// <see cref="Pairs"/> and <see cref="Evidence"/> are empty.</para>
/// <para>Only reported hits are explained. Equality compares the arrays by reference, as
/// <see cref="ImmutableArray{T}"/> does; a default array is read as empty.</para>
/// </remarks>
/// <param name="NameScore">How well the names agree, in 0..1.</param>
/// <param name="ListName">The full text of the list name compared, as the list writes it; null when no name was.</param>
/// <param name="ListNameQuality">The kind of that name (primary name, alias...); null when no name was compared.</param>
/// <param name="Pairs">The traveler's name parts paired with the list name's parts, in the order they were paired
/// (the surest first), then those found in the subject's other names.</param>
/// <param name="Evidence">Date of birth, nationality and gender, in that order, each when both sides give it and it
/// moved the score.</param>
/// <param name="Document">The document number that matched, or null.</param>
/// <param name="ScoreBeforeDocument">The score from the names and the evidence alone, before an equal document number
/// raised it (the hit's score when no document matched).</param>
public sealed record MatchExplanation(
    double NameScore,
    string? ListName,
    NameQuality? ListNameQuality,
    ImmutableArray<NamePartPair> Pairs,
    ImmutableArray<EvidenceEffect> Evidence,
    DocumentAgreement? Document,
    double ScoreBeforeDocument)
{
    /// <summary>The traveler's name parts paired with the list name's parts (never default).</summary>
    public ImmutableArray<NamePartPair> Pairs { get; init; } = Pairs.IsDefault ? [] : Pairs;

    /// <summary>The evidence beyond the name that moved the score (never default).</summary>
    public ImmutableArray<EvidenceEffect> Evidence { get; init; } = Evidence.IsDefault ? [] : Evidence;
}
