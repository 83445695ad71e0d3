using System.Globalization;
using System.Text;
using Vigil.Domain;

namespace Vigil.Matching.Scoring;

/// <summary>Turns a name alignment and the other evidence into one score in 0..1, with its explanation.</summary>
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
    public const double DefaultReviewThreshold = 0.80;

    /// <summary>The score of an equal document number.</summary>
    public const double DocumentMatchScore = 0.98;

    /// <summary>The matched weight (sum of IDF), as a share of the weight of a part found in one name only, below
    /// which a name match is damped as too common to mean much.</summary>
    private const double CommonMassShare = 0.85;

    public static ScoredHit Score(NameAlignment alignment, PersonName listName, Subject subject, MatchQuery query, double rarestWeight)
    {
        double commonMass = CommonMassShare * rarestWeight;
        if (alignment.MatchedQueryParts == 0)
        {
            return new ScoredHit(0, string.Empty);
        }

        double name = Math.Pow(alignment.QueryCoverage, 0.7) * Math.Pow(alignment.ListCoverage, 0.25);
        if (alignment.MatchedWeight < commonMass)
        {
            name *= 0.6 + (0.4 * alignment.MatchedWeight / commonMass);
        }

        if (alignment.MatchedQueryParts == 1 && alignment.QueryParts > 1)
        {
            // One part of several: a single shared name never makes a hit on its own.
            name *= 0.75;
        }

        if (listName.Quality == NameQuality.WeakAlias)
        {
            name *= 0.95;
        }

        double score = 0.92 * name;
        StringBuilder why = new();
        why.Append(CultureInfo.InvariantCulture, $"name {name:F2} against the {Quality(listName.Quality)} '{listName.Full}': ");
        for (int i = 0; i < alignment.Pairs.Count; i++)
        {
            PartPair pair = alignment.Pairs[i];
            why.Append(i == 0 ? string.Empty : ", ")
                .Append(CultureInfo.InvariantCulture, $"'{pair.Query}'~'{pair.List}' ({pair.How} {pair.Similarity:F2})");
        }

        foreach ((double effect, string? reason) in new[]
        {
            Evidence.DateOfBirth(query.DateOfBirth, subject),
            Evidence.Nationality(query.Nationality, subject),
            Evidence.GenderOf(query.Gender, subject),
        })
        {
            if (reason is not null)
            {
                score += effect;
                why.Append("; ").Append(reason);
            }
        }

        return new ScoredHit(Math.Clamp(Math.Round(score, 4), 0, 1), why.ToString());
    }

    private static string Quality(NameQuality quality) => quality switch
    {
        NameQuality.Primary => "primary name",
        NameQuality.StrongAlias => "alias",
        NameQuality.WeakAlias => "weak alias",
        _ => "original-script name",
    };
}
