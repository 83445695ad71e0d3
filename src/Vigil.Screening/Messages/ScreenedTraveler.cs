using Vigil.Screening.Decisions;
using Vigil.Screening.Flights;

namespace Vigil.Screening.Messages;

/// <summary>A traveler of a message: his hits, the carrier's answer, and the check that keeps it.</summary>
/// <param name="Screening">The traveler and his hits.</param>
/// <param name="Decision">What the decision policy said.</param>
/// <param name="CheckId">The stored check, or null when the message was not recorded.</param>
public sealed record ScreenedTraveler(FlightScreening Screening, DecisionOutcome Decision, string? CheckId);
