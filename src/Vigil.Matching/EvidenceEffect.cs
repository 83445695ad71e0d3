namespace Vigil.Matching;

/// <summary>One piece of evidence beyond the name (date of birth, nationality, gender) and how it moved the score.</summary>
/// <remarks>Evidence missing on either side is neutral and has no <see cref="EvidenceEffect"/>. The values are text as
/// Vigil writes them: a date as <c>1984-06-02</c>, <c>1984-06</c>, <c>1984</c>, <c>~1984</c> (approximate) or
/// <c>1978..1982</c> (a listed range); a country as its ISO 3166-1 alpha-3 code; a gender as <c>Male</c> or
/// <c>Female</c>.</remarks>
/// <param name="Kind">What is compared.</param>
/// <param name="Agreement">How the traveler's value compares with the listed one.</param>
/// <param name="Effect">What it adds to the score (negative: subtracts), for example +0.08 for the same day of birth
/// or -0.06 for a nationality not listed.</param>
/// <param name="Traveler">The traveler's value.</param>
/// <param name="Listed">The listed value it was compared with: the closest listed date of birth; the nationality
/// found, or every listed nationality joined by <c>/</c> (<c>IRQ/SYR</c>) when none is the traveler's; the
/// subject's gender.</param>
public sealed record EvidenceEffect(EvidenceKind Kind, EvidenceAgreement Agreement, double Effect, string Traveler, string Listed)
{
    /// <summary>For a date of birth, the years (days / 365.25) between the traveler's date and the closest listed
    /// one, 0 when they overlap; otherwise null.</summary>
    public double? GapYears { get; init; }
}
