namespace Vigil.Formats.Pnrgov;

/// <summary>A document from an SSR DOCS or DOCO free text, field by field, with the text as sent.</summary>
/// <remarks>
/// DOCS: <c>/TYPE/ISSUER/NUMBER/NATIONALITY/DDMMMYY(birth)/GENDER/DDMMMYY(expiry)/SURNAME/GIVEN/MIDDLE</c>.
/// DOCO: <c>/BIRTHPLACE/TYPE/NUMBER/ISSUE PLACE/DDMMMYY(issue)/APPLICABLE COUNTRY</c>. Fields the kind does not have
/// are null.
/// </remarks>
public sealed record PnrDocument
{
    /// <summary>DOCS or DOCO.</summary>
    public PnrDocumentKind Kind { get; init; }

    /// <summary>The document type code as sent: <c>P</c> passport, <c>I</c> identity card, <c>V</c> visa...</summary>
    public string? Type { get; init; }

    /// <summary>The issuing country (DOCS).</summary>
    public string? IssuingCountry { get; init; }

    /// <summary>The document number.</summary>
    public string? Number { get; init; }

    /// <summary>The nationality (DOCS).</summary>
    public string? Nationality { get; init; }

    /// <summary>The date of birth (DOCS).</summary>
    public DateOnly? DateOfBirth { get; init; }

    /// <summary>The gender (DOCS) as sent: <c>M</c>, <c>F</c>, <c>U</c>, <c>X</c>, <c>MI</c>/<c>FI</c> for infants.</summary>
    public string? Gender { get; init; }

    /// <summary>The expiry date (DOCS).</summary>
    public DateOnly? Expiry { get; init; }

    /// <summary>The surname on the document (DOCS).</summary>
    public string? FamilyName { get; init; }

    /// <summary>The given and middle names on the document (DOCS), joined by one space.</summary>
    public string? GivenNames { get; init; }

    /// <summary>Where the document was issued (DOCO).</summary>
    public string? PlaceOfIssue { get; init; }

    /// <summary>The issue date (DOCO).</summary>
    public DateOnly? Issued { get; init; }

    /// <summary>The country the document applies to (DOCO).</summary>
    public string? ApplicableCountry { get; init; }

    /// <summary>The place of birth (DOCO).</summary>
    public string? BirthPlace { get; init; }

    /// <summary>The SSR free text exactly as sent.</summary>
    public string? Text { get; init; }

    /// <summary>The segment index of the SSR.</summary>
    public int SegmentIndex { get; init; }
}
