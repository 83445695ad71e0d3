using Vigil.Domain;

namespace Vigil.Screening.Decisions;

/// <summary>Turns the hits of one screened traveler into the carrier's answer: a pure function of the hits and the
/// options.</summary>
/// <remarks>
/// <para>Only hits at or above the review threshold count. Each counting hit calls for an answer:</para>
/// <list type="bullet">
/// <item>by its entry's listing category: <c>no-board</c> → contact, <c>secondary-screening</c> → selectee,
/// <c>monitor</c> → board (a review item only);</item>
/// <item>a confident hit on a subject whose current custody status says he cannot be traveling (detained, convicted,
/// deceased) → contact, whatever the category: a custody anomaly;</item>
/// <item>an equal document number on a <c>no-board</c> entry with agreeing names → no-board at once.</item>
/// </list>
/// <para>The traveler gets the strongest answer any hit calls for (no-board, contact, selectee, board). Between rules
/// giving the same answer, the rule reported is the most specific: custody anomaly, then document, then the
/// entry's category. Every traveler with a counting hit gets a review item.</para>
/// </remarks>
public sealed class DecisionPolicy
{
    /// <summary>Creates a policy.</summary>
    /// <param name="options">Thresholds and mapping.</param>
    /// <param name="defaultReviewThreshold">The review threshold used when the options give none (the watch-list
    /// index's).</param>
    public DecisionPolicy(DecisionPolicyOptions options, double defaultReviewThreshold)
    {
        ArgumentNullException.ThrowIfNull(options);
        Options = options;
        ReviewThreshold = options.ReviewThreshold ?? defaultReviewThreshold;
    }

    /// <summary>The options.</summary>
    public DecisionPolicyOptions Options { get; }

    /// <summary>The score at which a hit counts.</summary>
    public double ReviewThreshold { get; }

    /// <summary>Decides for one traveler.</summary>
    public DecisionOutcome Decide(ReadOnlySpan<PolicyHit> hits)
    {
        Decision decision = Decision.Board;
        DecisionRule rule = DecisionRule.NoHit;
        bool counted = false;
        bool anomaly = false;
        foreach (PolicyHit hit in hits)
        {
            if (hit.Score < ReviewThreshold)
            {
                continue;
            }

            counted = true;
            (Decision d, DecisionRule r) = ByCategory(hit.Category);
            Take(ref decision, ref rule, d, r);
            if (hit.DocumentMatch && hit.Category == ListingCategory.NoBoard && hit.NameScore >= Options.NameAgreement)
            {
                Take(ref decision, ref rule, Options.DocumentNoBoardDecision, DecisionRule.DocumentNoBoard);
            }

            if (hit.Score >= Options.ConfidentThreshold && Options.AnomalyStates.Contains(hit.Custody))
            {
                anomaly = true;
                Take(ref decision, ref rule, Options.AnomalyDecision, DecisionRule.CustodyAnomaly);
            }
        }

        return counted ? new DecisionOutcome(decision, rule, NeedsReview: true, anomaly) : DecisionOutcome.Clear;
    }

    private (Decision Decision, DecisionRule Rule) ByCategory(ListingCategory category)
    {
        Decision decision = Options.Categories.TryGetValue(category, out Decision mapped) ? mapped : Decision.Board;
        DecisionRule rule = category switch
        {
            ListingCategory.NoBoard => DecisionRule.NoBoardEntry,
            ListingCategory.SecondaryScreening => DecisionRule.SecondaryScreening,
            _ => DecisionRule.Monitor,
        };
        return (decision, rule);
    }

    /// <summary>Keeps the stronger answer; on equal answers, the more specific rule.</summary>
    private static void Take(ref Decision decision, ref DecisionRule rule, Decision candidate, DecisionRule candidateRule)
    {
        if (candidate > decision || (candidate == decision && Specificity(candidateRule) > Specificity(rule)))
        {
            decision = candidate;
            rule = candidateRule;
        }
    }

    private static int Specificity(DecisionRule rule) => rule switch
    {
        DecisionRule.CustodyAnomaly => 5,
        DecisionRule.DocumentNoBoard => 4,
        DecisionRule.NoBoardEntry => 3,
        DecisionRule.SecondaryScreening => 2,
        DecisionRule.Monitor => 1,
        _ => 0,
    };
}
