using System.Collections.Immutable;
using Vigil.Domain;

namespace Vigil.Formats.Mrz;

/// <summary>The fields read from the machine readable zone of a passport, identity card or visa (ICAO Doc 9303).</summary>
/// <remarks>
/// Texts are as the zone gives them, in capitals, with fillers (<c>&lt;</c>) removed at the ends and, in names,
/// turned into spaces; a field the zone leaves empty is the empty string. A field that could not be read (its line
/// is missing, or it is malformed) is null or <see cref="PartialDate.Unknown"/>, and the result's issues say why.
/// Nothing is invented: a date known only in part stays partial.
/// </remarks>
public sealed record MachineReadableZone
{
    /// <summary>The layout.</summary>
    public required MrzFormat Format { get; init; }

    /// <summary>The document code without fillers: <c>P</c>, <c>PO</c>, <c>I</c>, <c>ID</c>, <c>AC</c>, <c>V</c>...</summary>
    public string? DocumentCode { get; init; }

    /// <summary>The issuing state or organisation as the zone gives it, fillers removed (<c>D</c> for Germany, <c>UTO</c>).</summary>
    public string? IssuingState { get; init; }

    /// <summary>The ISO 3166-1 alpha-3 code of the issuing state (<c>DEU</c> for <c>D</c>), or null when the code
    /// stands for no country or is not known (see <see cref="IcaoCodes"/>).</summary>
    public CountryCode? IssuingStateIso { get; init; }

    /// <summary>The holder's nationality as the zone gives it, fillers removed.</summary>
    public string? Nationality { get; init; }

    /// <summary>The ISO 3166-1 alpha-3 code of the nationality, or null (see <see cref="IssuingStateIso"/>).</summary>
    public CountryCode? NationalityIso { get; init; }

    /// <summary>The primary identifier (family name), fillers inside it turned into spaces.</summary>
    public string? FamilyName { get; init; }

    /// <summary>The secondary identifier (given names) joined by single spaces; empty when the zone has none.</summary>
    public string? GivenNames { get; init; }

    /// <summary>True when the name fills its field to the last character, so it may have been truncated.</summary>
    public bool NameMayBeTruncated { get; init; }

    /// <summary>The document number, fillers removed; for a long TD1 or TD2 number, with the digits that overflow
    /// into the optional data.</summary>
    public string? DocumentNumber { get; init; }

    /// <summary>The date of birth, partial when the zone gives only the year or the year and month.</summary>
    public PartialDate DateOfBirth { get; init; }

    /// <summary>The sex: <see cref="Gender.Male"/> (<c>M</c>), <see cref="Gender.Female"/> (<c>F</c>),
    /// <see cref="Gender.Unspecified"/> (<c>X</c>), or <see cref="Gender.Unknown"/> for the filler <c>&lt;</c>.</summary>
    public Gender Sex { get; init; }

    /// <summary>The date of expiry.</summary>
    public PartialDate Expiry { get; init; }

    /// <summary>The optional data: the personal number of a TD3 passport, the optional data of a visa or TD2 card,
    /// or the upper-line optional data of a TD1 card after the overflow of a long document number.</summary>
    public string? OptionalData { get; init; }

    /// <summary>The optional data of the middle line of a TD1 card; null for the other layouts.</summary>
    public string? OptionalData2 { get; init; }

    /// <summary>The check digits that failed, in the order of <see cref="MrzCheck"/>.</summary>
    public ImmutableArray<MrzCheck> FailedChecks { get; init; } = [];

    /// <summary>The lines of the zone as they were read: in capitals, cut or filled with <c>&lt;</c> to the length
    /// of the layout; a missing line is empty.</summary>
    public ImmutableArray<string> Lines { get; init; } = [];
}
