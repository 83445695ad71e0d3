using Vigil.Formats.Edifact;

namespace Vigil.Formats.Cusres;

/// <summary>The flight an answer is about: RFF+AF, DTM+189, DTM+232, LOC+125 and LOC+87 of the answer.</summary>
/// <remarks>Times are local to each airport, as the request gave them. A null value is not written.</remarks>
public sealed record CusresFlight
{
    /// <summary>The carrier designator, such as <c>VG</c>.</summary>
    public string? Carrier { get; init; }

    /// <summary>The flight number as the request wrote it after the carrier, such as <c>0471</c>; RFF+AF carries the
    /// carrier and the number joined (<c>VG0471</c>).</summary>
    public string? Number { get; init; }

    /// <summary>The airport of departure (LOC+125) and the local departure time (DTM+189).</summary>
    public FlightPoint Departure { get; init; } = new();

    /// <summary>The airport of arrival (LOC+87) and the local arrival time (DTM+232).</summary>
    public FlightPoint Arrival { get; init; } = new();
}
