namespace Vigil.Formats.Paxlst;

/// <summary>One travel document of a PAXLST traveler: the DOC segment group with its DTM and LOC.</summary>
public sealed record PaxlstDocument
{
    /// <summary>The document type code as sent (<c>P</c> passport, <c>V</c> visa, <c>I</c>, <c>IP</c>, <c>AC</c>...).</summary>
    public string? Type { get; init; }

    /// <summary>The document number as sent.</summary>
    public string? Number { get; init; }

    /// <summary>The issuing country (LOC+91) as sent: ISO 3166 alpha-3 or an ICAO code such as <c>D</c>.</summary>
    public string? IssuingCountry { get; init; }

    /// <summary>The expiry date (DTM+36).</summary>
    public DateOnly? Expiry { get; init; }

    /// <summary>The issue date (DTM+182).</summary>
    public DateOnly? Issued { get; init; }

    /// <summary>The segment index of the DOC.</summary>
    public int SegmentIndex { get; init; }
}
