using System.Globalization;
using System.Text;

namespace Vigil.Matching.Tests;

/// <summary>A hit with every field of its explanation as one line: for comparing results and for failure messages.</summary>
/// <remarks>The sentence analysts read is written by Vigil.Screening; this is the whole structure, less readable and
/// more complete (no value is rounded).</remarks>
internal static class HitText
{
    public static string Of(MatchHit? hit)
    {
        if (hit is null)
        {
            return "(no hit)";
        }

        MatchExplanation e = hit.Explanation;
        StringBuilder text = new();
        text.Append(CultureInfo.InvariantCulture, $"{hit.Subject.Listing.SourceId} {hit.Score:R} '{hit.MatchedName}' name {e.NameScore:R} {e.ListNameQuality} '{e.ListName}':");
        foreach (NamePartPair p in e.Pairs)
        {
            text.Append(CultureInfo.InvariantCulture, $" [{p.Traveler}~{p.Listed} {p.How} {p.Similarity:R} {p.EditDistance} {p.OtherName}]");
        }

        foreach (EvidenceEffect v in e.Evidence)
        {
            text.Append(CultureInfo.InvariantCulture, $" [{v.Kind} {v.Agreement} {v.Effect:R} {v.Traveler}/{v.Listed} {v.GapYears:R}]");
        }

        if (e.Document is { } d)
        {
            text.Append(CultureInfo.InvariantCulture, $" [document {d.TravelerNumber}/{d.ListedType} {d.ListedNumber} {d.Floor:R}]");
        }

        return text.Append(CultureInfo.InvariantCulture, $" before document {e.ScoreBeforeDocument:R}").ToString();
    }

    public static string Of(IEnumerable<MatchHit> hits) => string.Join(" | ", hits.Select(Of));
}
