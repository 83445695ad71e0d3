namespace Vigil.Formats.Edifact;

/// <summary>One leg of a flight: carrier, number, and where and when it departs and arrives.</summary>
/// <remarks>Times are local to each airport, as the message gives them.</remarks>
public sealed record FlightLeg
{
    /// <summary>The carrier designator (IATA two-character or ICAO three-letter), such as <c>VG</c>.</summary>
    public string? Carrier { get; init; }

    /// <summary>The flight number without the carrier and without leading zeros (<c>471</c> for <c>VG0471</c>),
    /// with its operational suffix letter if any.</summary>
    public string? Number { get; init; }

    /// <summary>The flight identification exactly as sent, such as <c>VG0471</c>.</summary>
    public string? FlightIdentification { get; init; }

    /// <summary>The operating carrier when the message gives one that differs.</summary>
    public string? OperatingCarrier { get; init; }

    /// <summary>Where and when the leg departs.</summary>
    public FlightPoint Departure { get; init; } = new();

    /// <summary>Where and when the leg arrives.</summary>
    public FlightPoint Arrival { get; init; } = new();

    /// <summary>The booking class (PNRGOV itinerary), such as <c>Y</c>.</summary>
    public string? BookingClass { get; init; }

    /// <summary>The booking status (PNRGOV RPI), such as <c>HK</c>.</summary>
    public string? Status { get; init; }

    /// <summary>The segment index of the TDT or TVL that gave the leg.</summary>
    public int SegmentIndex { get; init; }
}
