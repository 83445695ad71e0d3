using Vigil.Screening.Decisions;

namespace Vigil.Screening.Checks;

/// <summary>The current decision of one traveler of a flight.</summary>
/// <param name="TravelerId">The traveler's id (as in <c>vigil screen --format paxlst</c> results, or a check's).</param>
/// <param name="Decision">The current decision.</param>
/// <param name="CheckId">The check that holds it.</param>
public sealed record FlightDecision(string TravelerId, Decision Decision, string CheckId);
