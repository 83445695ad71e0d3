namespace Vigil.Formats.Cusres;

/// <summary>The answer for one traveler of the request: one ERP+2 group (ERP, RFF+AVF, RFF, ERC, FTX).</summary>
/// <remarks>The carrier pairs a group with its traveler by the references echoed and by order: groups are written
/// in the order of <see cref="CusresAnswer.Travelers"/>, which is the request's.</remarks>
public sealed record CusresTraveler
{
    /// <summary>The booking reference (PNR locator) the request gave (RFF+AVF), or null.</summary>
    public string? BookingReference { get; init; }

    /// <summary>The traveler's own reference as the request gave it (RFF+ABO, or another qualifier), or null.</summary>
    public CusresReference? TravelerReference { get; init; }

    /// <summary>The response: board, selectee, contact, no-board or insufficient data.</summary>
    public required CusresResponse Response { get; init; }
}
