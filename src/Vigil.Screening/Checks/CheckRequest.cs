using Vigil.Formats.Travelers;

namespace Vigil.Screening.Checks;

/// <summary>A carrier's question about one traveler before boarding.</summary>
/// <param name="Flight">The flight the traveler boards.</param>
/// <param name="Traveler">The traveler, with exactly the fields of a <c>vigil screen</c> traveler line.</param>
public sealed record CheckRequest(CheckFlight Flight, TravelerRecord Traveler);
