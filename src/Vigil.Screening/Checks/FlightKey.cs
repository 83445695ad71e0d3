namespace Vigil.Screening.Checks;

/// <summary>A flight as carriers name it: marketing carrier, flight number and local departure date.</summary>
/// <param name="Carrier">The two- or three-character airline designator (<c>VG</c>).</param>
/// <param name="Number">The flight number without the carrier (<c>19</c>, <c>1234A</c>).</param>
/// <param name="DepartureDate">The local date of departure from the traveler's port of embarkation.</param>
public sealed record FlightKey(string Carrier, string Number, DateOnly DepartureDate);
