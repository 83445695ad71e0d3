using Vigil.Screening.Decisions;

namespace Vigil.Screening.Checks;

/// <summary>A stored check: the traveler, the flight, the current decision and what produced it.</summary>
/// <param name="CheckId">The public identifier given to the carrier.</param>
/// <param name="Channel">How the traveler reached Vigil.</param>
/// <param name="TravelerId">The traveler's identifier.</param>
/// <param name="Flight">The flight, or null.</param>
/// <param name="Decision">The current decision: the policy's, until an analyst decides.</param>
/// <param name="Rule">The rule that produced <paramref name="Decision"/>.</param>
/// <param name="CheckedAt">When the traveler was screened (UTC).</param>
/// <param name="DecidedAt">When the current decision was made (UTC).</param>
public sealed record CheckRecord(
    string CheckId,
    CheckChannel Channel,
    string TravelerId,
    CheckFlight? Flight,
    Decision Decision,
    DecisionRule Rule,
    DateTimeOffset CheckedAt,
    DateTimeOffset DecidedAt)
{
    /// <summary>The decision the policy gave at screening time.</summary>
    public Decision PolicyDecision { get; init; }

    /// <summary>True when a confident hit named a subject recorded as detained, convicted or deceased.</summary>
    public bool IsCustodyAnomaly { get; init; }

    /// <summary>The stored message the traveler came from, or null for a check.</summary>
    public long? MessageId { get; init; }

    /// <summary>The best hit's score, or null without a hit.</summary>
    public double? BestScore { get; init; }

    /// <summary>Who asked.</summary>
    public string Actor { get; init; } = string.Empty;

    /// <summary>The traveler as screened (JSON object).</summary>
    public string TravelerJson { get; init; } = "{}";

    /// <summary>The hits (JSON array).</summary>
    public string HitsJson { get; init; } = "[]";
}
