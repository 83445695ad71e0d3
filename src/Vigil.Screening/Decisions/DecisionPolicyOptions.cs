using System.Collections.Frozen;
using System.Collections.Immutable;
using Vigil.Domain;

namespace Vigil.Screening.Decisions;

/// <summary>The thresholds and mapping of the decision policy, with Vigil's defaults (see
/// <c>docs/decision-policy.md</c>).</summary>
public sealed record DecisionPolicyOptions
{
    /// <summary>The defaults.</summary>
    public static DecisionPolicyOptions Default { get; } = new();

    /// <summary>A hit counts when its score is at least this; null for the watch-list index's default review
    /// threshold (0.675).</summary>
    public double? ReviewThreshold { get; init; }

    /// <summary>A hit is confident when its score is at least this (0.80: reached by about 0.03 % of innocent
    /// travelers and 92 % of listed people under another spelling on the development set). Only a confident hit
    /// raises a custody anomaly.</summary>
    public double ConfidentThreshold { get; init; } = 0.80;

    /// <summary>With an equal document number, the names agree when the name score (names alone, 0..1) is at least
    /// this (0.75: the names alone would make a hit at the default review threshold).</summary>
    public double NameAgreement { get; init; } = 0.75;

    /// <summary>The carrier's answer for a hit on each listing category.</summary>
    public FrozenDictionary<ListingCategory, Decision> Categories { get; init; } = new Dictionary<ListingCategory, Decision>
    {
        [ListingCategory.NoBoard] = Decision.Contact,
        [ListingCategory.SecondaryScreening] = Decision.Selectee,
        [ListingCategory.Monitor] = Decision.Board,
    }.ToFrozenDictionary();

    /// <summary>The current custody statuses in which a listed person cannot be traveling: a confident hit on such a
    /// subject is a custody anomaly.</summary>
    public ImmutableArray<CustodyState> AnomalyStates { get; init; } =
        [CustodyState.Detained, CustodyState.Convicted, CustodyState.DeceasedReported, CustodyState.DeceasedConfirmed];

    /// <summary>The answer for a custody anomaly, whatever the listing category.</summary>
    public Decision AnomalyDecision { get; init; } = Decision.Contact;

    /// <summary>The answer when the document number equals a listed document of a <c>no-board</c> entry and the
    /// names agree.</summary>
    public Decision DocumentNoBoardDecision { get; init; } = Decision.NoBoard;
}
