using Vigil.Matching;

namespace Vigil.Screening.Decisions;

/// <summary>What the decision policy reads of the matcher's hits.</summary>
public static class PolicyHits
{
    /// <summary>The policy's view of one hit.</summary>
    public static PolicyHit From(MatchHit hit)
    {
        ArgumentNullException.ThrowIfNull(hit);
        return new PolicyHit(
            hit.Subject.Id, hit.Subject.Listing.Category, hit.Subject.CurrentCustody, hit.Score, hit.Explanation.NameScore, hit.Explanation.Document is not null);
    }

    /// <summary>Decides for one traveler's hits.</summary>
    public static DecisionOutcome Decide(this DecisionPolicy policy, IReadOnlyList<MatchHit> hits)
    {
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentNullException.ThrowIfNull(hits);
        PolicyHit[] view = new PolicyHit[hits.Count];
        for (int i = 0; i < view.Length; i++)
        {
            view[i] = From(hits[i]);
        }

        return policy.Decide(view);
    }
}
