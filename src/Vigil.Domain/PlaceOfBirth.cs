namespace Vigil.Domain;

/// <summary>A place of birth as a list gives it.</summary>
/// <param name="Text">The place as written ("Baghdad, Iraq").</param>
public sealed record PlaceOfBirth(string Text)
{
    /// <summary>City or locality, when the source separates it.</summary>
    public string? City { get; init; }

    /// <summary>State, province or region, when the source separates it.</summary>
    public string? Region { get; init; }

    /// <summary>Country, when it could be resolved to a code.</summary>
    public CountryCode? Country { get; init; }
}
