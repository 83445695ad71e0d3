namespace Vigil.Domain;

/// <summary>A postal address or place associated with a subject.</summary>
public sealed record Address
{
    /// <summary>Street and number.</summary>
    public string? Street { get; init; }

    /// <summary>City or locality.</summary>
    public string? City { get; init; }

    /// <summary>State, province or region.</summary>
    public string? Region { get; init; }

    /// <summary>Postal code.</summary>
    public string? PostalCode { get; init; }

    /// <summary>Country, when it could be resolved to a code.</summary>
    public CountryCode? Country { get; init; }

    /// <summary>Country as the source wrote it.</summary>
    public string? CountryText { get; init; }

    /// <summary>Free text ("as of June 2011").</summary>
    public string? Note { get; init; }
}
