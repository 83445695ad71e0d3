using Vigil.Domain;

namespace Vigil.Formats.Travelers;

/// <summary>One traveler to screen, as a traveler file gives it.</summary>
/// <remarks>
/// The name comes either whole (<see cref="Name"/>, in any script) or in parts (<see cref="GivenNames"/> and
/// <see cref="FamilyName"/>); a file may give both. Every other field is optional and is left at its "unknown"
/// value when the file does not carry it: <see cref="PartialDate.Unknown"/>, null, <see cref="Gender.Unknown"/>.
/// Text is kept exactly as received (no trimming, no case change).
/// </remarks>
/// <param name="Id">The traveler's identifier in the file; never empty.</param>
public sealed record TravelerRecord(string Id)
{
    /// <summary>The whole name as written, or null when the file gives the name in parts only.</summary>
    public string? Name { get; init; }

    /// <summary>The given names, when the file separates them.</summary>
    public string? GivenNames { get; init; }

    /// <summary>The family name, when the file separates it.</summary>
    public string? FamilyName { get; init; }

    /// <summary>The date of birth, as precisely as the file gives it; <see cref="PartialDate.Unknown"/> when absent.</summary>
    public PartialDate DateOfBirth { get; init; }

    /// <summary>The nationality, or null when absent.</summary>
    public CountryCode? Nationality { get; init; }

    /// <summary>The gender; <see cref="Gender.Unknown"/> when absent.</summary>
    public Gender Gender { get; init; }

    /// <summary>The travel document number as written, or null when the file gives no document.</summary>
    public string? DocumentNumber { get; init; }

    /// <summary>The document's issuing country, when given.</summary>
    public CountryCode? DocumentCountry { get; init; }

    /// <summary>The kind of document, when given.</summary>
    public DocumentType? DocumentType { get; init; }
}
