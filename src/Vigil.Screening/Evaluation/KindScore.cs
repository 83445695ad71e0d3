namespace Vigil.Screening.Evaluation;

/// <summary>The scores of one query kind: recalls for a kind of positives, an alert rate for a kind of innocents.</summary>
/// <remarks>A kind is scored as innocents when it is <c>innocent</c> or <c>namesake</c> or when none of its queries
/// expects a subject; then only <see cref="AlertRate"/> is set. Otherwise the recalls are set, and
/// <see cref="RecallAtOnePercentFpr"/> and <see cref="RecallAtTenthPercentFpr"/> only when there are innocents to
/// choose the thresholds on.</remarks>
/// <param name="Kind">The kind.</param>
/// <param name="Count">Queries of that kind.</param>
public sealed record KindScore(string Kind, int Count)
{
    /// <summary>Share of the kind's queries with status review and the expected subject among the hits.</summary>
    public double? Recall { get; init; }

    /// <summary>Share of the kind's queries with status review and the expected subject as first hit.</summary>
    public double? RecallAtOne { get; init; }

    /// <summary>Share whose best score is above the 1 % threshold and whose hits hold the expected subject.</summary>
    public double? RecallAtOnePercentFpr { get; init; }

    /// <summary>Share whose best score is above the 0.1 % threshold and whose hits hold the expected subject.</summary>
    public double? RecallAtTenthPercentFpr { get; init; }

    /// <summary>For innocents: share of the kind's queries with status review.</summary>
    public double? AlertRate { get; init; }

    /// <summary>True when the kind is scored as innocents.</summary>
    public bool IsInnocent => AlertRate is not null;
}
