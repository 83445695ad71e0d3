namespace Vigil.Screening.Checks;

/// <summary>The flight a checked traveler boards, as the carrier gave it.</summary>
/// <param name="Carrier">The airline designator (<c>VG</c>).</param>
/// <param name="Number">The flight number (<c>19</c>).</param>
/// <param name="DepartureAirport">The IATA code of the port of embarkation, or null.</param>
/// <param name="DepartureTime">The local departure time, or null when the carrier gave none.</param>
/// <param name="ArrivalAirport">The IATA code of the arrival airport, or null.</param>
public sealed record CheckFlight(string Carrier, string Number, string? DepartureAirport, DateTime? DepartureTime, string? ArrivalAirport)
{
    /// <summary>The flight's key, or null without a departure time.</summary>
    public FlightKey? Key => DepartureTime is { } time ? new FlightKey(Carrier, Number, DateOnly.FromDateTime(time)) : null;
}
