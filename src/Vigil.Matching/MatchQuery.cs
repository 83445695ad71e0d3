using Vigil.Domain;

namespace Vigil.Matching;

/// <summary>What is known of a traveler to screen: a name (whole, or in parts) and optional evidence.</summary>
/// <remarks>A missing field is neutral: it never counts against a match.</remarks>
/// <param name="FullName">The whole name as written, in any script; null when only parts are given.</param>
/// <param name="GivenNames">Given names, when the source separates them.</param>
/// <param name="FamilyName">Family name, when the source separates it.</param>
public sealed record MatchQuery(string? FullName, string? GivenNames, string? FamilyName)
{
    /// <summary>Date of birth, as precisely as known.</summary>
    public PartialDate DateOfBirth { get; init; }

    /// <summary>Nationality, when known.</summary>
    public CountryCode? Nationality { get; init; }

    /// <summary>Gender, when known.</summary>
    public Gender Gender { get; init; }

    /// <summary>A travel document, when known.</summary>
    public DocumentQuery? Document { get; init; }
}
