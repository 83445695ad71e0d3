namespace Vigil.Formats.Paxlst;

/// <summary>An address of a PAXLST party (NAD elements 5 to 9).</summary>
public sealed record PostalAddress
{
    /// <summary>Street and number.</summary>
    public string? Street { get; init; }

    /// <summary>City.</summary>
    public string? City { get; init; }

    /// <summary>Country subdivision (state, province...).</summary>
    public string? Region { get; init; }

    /// <summary>Postal code.</summary>
    public string? PostalCode { get; init; }

    /// <summary>Country code as sent.</summary>
    public string? Country { get; init; }
}
