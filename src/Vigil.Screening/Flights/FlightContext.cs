using Vigil.Formats.Edifact;

namespace Vigil.Screening.Flights;

/// <summary>The flight a traveler of a message is on, as the message gives it.</summary>
/// <param name="Carrier">The airline code (<c>VG</c>), or null.</param>
/// <param name="Number">The flight number without the carrier (<c>471</c>), or null.</param>
/// <param name="Departure">The departure airport and local time.</param>
/// <param name="Arrival">The arrival airport and local time.</param>
/// <param name="Leg">Which leg of the message's flight, from 1 (a PAXLST may list several); 1 for a single leg.</param>
/// <param name="Legs">How many legs the message lists.</param>
public sealed record FlightContext(string? Carrier, string? Number, FlightPoint Departure, FlightPoint Arrival, int Leg, int Legs)
{
    /// <summary>The context of leg <paramref name="leg"/> (from 1) of <paramref name="legs"/>.</summary>
    public static FlightContext Of(FlightLeg flight, int leg, int legs)
    {
        ArgumentNullException.ThrowIfNull(flight);
        return new FlightContext(flight.Carrier, flight.Number, flight.Departure, flight.Arrival, leg, legs);
    }
}
