namespace Vigil.Formats.Edifact;

/// <summary>An airport and a local time on a flight leg.</summary>
/// <param name="Airport">The airport code as sent (IATA three-letter), or null.</param>
/// <param name="Time">The scheduled local date and time, or null.</param>
public sealed record FlightPoint(string? Airport = null, LocalDateTime? Time = null);
