namespace Vigil.Formats.Pnrgov;

/// <summary>An address of a PNR (ADD) or of a passenger (SSR DOCA).</summary>
public sealed record PnrAddress
{
    /// <summary>The purpose as sent: an ADD purpose code such as <c>700</c>, or DOCA <c>R</c> (residence) or <c>D</c>
    /// (destination).</summary>
    public string? Purpose { get; init; }

    /// <summary>Street and number.</summary>
    public string? Street { get; init; }

    /// <summary>City.</summary>
    public string? City { get; init; }

    /// <summary>State, province or county: code or name.</summary>
    public string? Region { get; init; }

    /// <summary>Country code as sent.</summary>
    public string? Country { get; init; }

    /// <summary>Postal code.</summary>
    public string? PostalCode { get; init; }

    /// <summary>Telephone number given with the address.</summary>
    public string? Phone { get; init; }
}
