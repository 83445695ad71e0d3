using System.Collections.Immutable;
using Vigil.Domain;

namespace Vigil.Matching.Scoring;

/// <summary>Turns a name alignment and the other evidence into one score in 0..1, with the evidence that moved it.</summary>
/// <remarks>
/// The name score combines how much of the traveler's name found a partner (weighted by part rarity and
/// similarity) with how much of the list name did; the list side counts less, because travel documents drop
/// middle names and nasab links. A match made only of frequent parts is damped. Date of birth, nationality,
/// gender and document then add or subtract (see <see cref="Evidence"/>).
/// </remarks>
internal static class ScoreModel
{
    /// <summary>Hits below this are not reported at all.</summary>
    public const double ReportFloor = 0.45;

    /// <summary>The default review threshold.</summary>
    public const double DefaultReviewThreshold = 0.675;

    /// <summary>The score of an equal document number.</summary>
    public const double DocumentMatchScore = 0.98;

    /// <summary>The name score's share of the total: the rest is left for date of birth and document evidence.</summary>
    public const double NameShare = 0.92;

    /// <summary>The matched weight (sum of IDF), as a share of the weight of a part found in one name only, below
    /// which a name match is damped as too common to mean much.</summary>
    private const double CommonMassShare = 0.85;

    /// <summary>The least name score of a distinctive name match (<see cref="IsDistinctive"/>): with the date of
    /// birth's small effect on such a name, 0.92 x 0.85 - 0.10 = 0.682 stays above the default review threshold.</summary>
    public const double DistinctiveName = 0.85;

    /// <summary>The least matched weight (sum of IDF) of a distinctive name match, as a share of the weight of a part
    /// found in one name only: more than one rare part, or a rare part and others.</summary>
    private const double DistinctiveMassShare = 1.0;

    /// <summary>True when a name match is strong and rare: a name score of at least <see cref="DistinctiveName"/>,
    /// two parts or more of the traveler's name matched, and a matched weight not damped as common. Such a match is
    /// not cleared by a date of birth of the same generation (<see cref="Evidence.DateOfBirth"/>).</summary>
    public static bool IsDistinctive(in NameAlignment alignment, double nameScore, double rarestWeight) =>
        nameScore >= DistinctiveName
        && alignment.MatchedQueryParts >= 2
        && alignment.MatchedWeight >= DistinctiveMassShare * rarestWeight;

    /// <summary>How well the names agree, in 0..1.</summary>
    public static double NameScore(in NameAlignment alignment, NameQuality quality, double rarestWeight)
    {
        if (alignment.MatchedQueryParts == 0)
        {
            return 0;
        }

        double commonMass = CommonMassShare * rarestWeight;
        double name = Math.Sqrt(alignment.QueryCoverage) * Math.Pow(alignment.ListCoverage, 0.2);
        if (alignment.MatchedWeight < commonMass)
        {
            name *= 0.6 + (0.4 * alignment.MatchedWeight / commonMass);
        }

        if (alignment.MatchedQueryParts == 1 && alignment.QueryParts > 1)
        {
            // One part of several: a single shared name never makes a hit on its own.
            name *= 0.75;
        }

        if (quality == NameQuality.WeakAlias)
        {
            name *= 0.95;
        }

        return name;
    }

    /// <summary>The whole score: the name's share plus what date of birth, nationality and gender say.</summary>
    /// <param name="nameScore">From <see cref="NameScore"/>.</param>
    /// <param name="distinctive">From <see cref="IsDistinctive"/>.</param>
    /// <param name="subject">The listed subject.</param>
    /// <param name="query">The traveler.</param>
    /// <param name="why">Receives the evidence that moved the score (date of birth, nationality, gender, in that
    /// order), when not null.</param>
    public static double Score(double nameScore, bool distinctive, Subject subject, MatchQuery query, ImmutableArray<EvidenceEffect>.Builder? why)
    {
        bool explain = why is not null;
        (double dob, EvidenceEffect? dobWhy) = Evidence.DateOfBirth(query.DateOfBirth, subject, distinctive, explain);
        (double nationality, EvidenceEffect? nationalityWhy) = Evidence.Nationality(query.Nationality, subject, distinctive, explain);
        (double gender, EvidenceEffect? genderWhy) = Evidence.GenderOf(query.Gender, subject, explain);
        if (why is not null)
        {
            foreach (EvidenceEffect? reason in (ReadOnlySpan<EvidenceEffect?>)[dobWhy, nationalityWhy, genderWhy])
            {
                if (reason is not null)
                {
                    why.Add(reason);
                }
            }
        }

        double score = (NameShare * nameScore) + dob + nationality + gender;
        return Math.Clamp(Math.Round(score, 4), 0, 1);
    }
}
