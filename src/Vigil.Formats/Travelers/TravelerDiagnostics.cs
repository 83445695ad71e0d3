using Vigil.Formats.Diagnostics;

namespace Vigil.Formats.Travelers;

/// <summary>The catalogue of diagnostics of traveler files (<see cref="TravelerJsonlReader"/>).</summary>
/// <remarks>
/// Codes are stable: never reuse or renumber one. Positions: <see cref="SourcePosition.Line"/> is the line of the
/// file, from 1; <see cref="SourcePosition.Column"/> counts UTF-16 characters from 1 within that line (after a
/// leading byte order mark) and points at the offending token; <see cref="SourcePosition.Field"/> is the JSON path
/// of the value (<c>$.document.country</c>).
/// </remarks>
public static class TravelerDiagnostics
{
    /// <summary>The line is not well-formed JSON. Example: <c>{"id":"T1","name":"A B"</c>.</summary>
    public const string InvalidJsonCode = "VGL-TRV001";

    /// <summary>The line is JSON but not an object. Example: <c>["T1","A B"]</c>.</summary>
    public const string NotAnObjectCode = "VGL-TRV002";

    /// <summary>The traveler has no id, or an empty one. Example: <c>{"name":"A B"}</c>.</summary>
    public const string MissingIdCode = "VGL-TRV003";

    /// <summary>The traveler has no name: neither <c>name</c> nor <c>givenNames</c>/<c>familyName</c> carry text.
    /// Example: <c>{"id":"T1","name":""}</c>.</summary>
    public const string MissingNameCode = "VGL-TRV004";

    /// <summary>A value has the wrong JSON type. Example: <c>{"id":"T1","name":42}</c>.</summary>
    public const string WrongTypeCode = "VGL-TRV005";

    /// <summary>The date of birth is not <c>YYYY-MM-DD</c>, <c>YYYY-MM</c>, <c>YYYY</c> or empty, or does not exist.
    /// Example: <c>"dob":"1988-02-30"</c>.</summary>
    public const string InvalidDateCode = "VGL-TRV006";

    /// <summary>A country is not a three-letter code. Example: <c>"nationality":"France"</c>.</summary>
    public const string InvalidCountryCode = "VGL-TRV007";

    /// <summary>The gender is not <c>M</c>, <c>F</c>, <c>X</c> or empty. Example: <c>"gender":"W"</c>.</summary>
    public const string InvalidGenderCode = "VGL-TRV008";

    /// <summary>The document type is not known. Example: <c>"type":"library-card"</c>.</summary>
    public const string UnknownDocumentTypeCode = "VGL-TRV009";

    /// <summary>A document has a country or type but no number. Example: <c>"document":{"country":"FRA"}</c>.</summary>
    public const string MissingDocumentNumberCode = "VGL-TRV010";

    /// <summary>The line is longer than <see cref="TravelerJsonlReader.MaxLineBytes"/>; it is skipped.</summary>
    public const string LineTooLongCode = "VGL-TRV011";

    /// <summary>The header of a CSV traveler file lacks a column it needs (<c>id</c>, a name) or gives one twice; nothing
    /// else of the file is read. Example: a header <c>passenger,name</c>.</summary>
    public const string BadHeaderCode = "VGL-TRV012";

    /// <summary>A CSV record has more or fewer fields than the header. Example: <c>T1,A B,1980</c> under <c>id,name</c>.</summary>
    public const string FieldCountCode = "VGL-TRV013";

    /// <summary>A CSV record breaks the quoting rules of RFC 4180. Example: <c>T1,"A B</c> at the end of the file.</summary>
    public const string CsvSyntaxCode = "VGL-TRV014";

    /// <summary>The document types accepted, as listed in messages.</summary>
    internal const string DocumentTypes =
        "passport (P), national-id (I, ID), visa (V), residence-permit, driving-licence, tax-number, crew-document, other";

    internal static Diagnostic InvalidJson(SourcePosition at, string detail) =>
        Error(InvalidJsonCode, $"The line is not valid JSON: {detail}", at);

    internal static Diagnostic NotAnObject(SourcePosition at, string found) =>
        Error(NotAnObjectCode, $"Expected a JSON object for the traveler, found {found}.", at);

    internal static Diagnostic MissingId(SourcePosition at) =>
        Error(MissingIdCode, "The traveler has no 'id': every line needs a non-empty id so that its result can be found.", at);

    internal static Diagnostic MissingName(SourcePosition at) =>
        Error(MissingNameCode, "The traveler has no name: give 'name', or 'givenNames' and 'familyName'.", at);

    internal static Diagnostic WrongType(SourcePosition at, string property, string expected, string found) =>
        Error(WrongTypeCode, $"Expected {expected} for '{property}', found {found}.", at);

    internal static Diagnostic InvalidDate(SourcePosition at, string found) =>
        Error(InvalidDateCode, $"'{found}' is not a valid date of birth; expected YYYY-MM-DD, YYYY-MM, YYYY or \"\".", at);

    internal static Diagnostic InvalidCountry(SourcePosition at, string found) =>
        Error(InvalidCountryCode, $"'{found}' is not a country code; expected three letters of ISO 3166-1 alpha-3 (e.g. 'FRA') or \"\".", at);

    internal static Diagnostic InvalidGender(SourcePosition at, string found) =>
        Error(InvalidGenderCode, $"'{found}' is not a gender; expected M, F, X or \"\".", at);

    internal static Diagnostic UnknownDocumentType(SourcePosition at, string found) =>
        Error(UnknownDocumentTypeCode, $"'{found}' is not a known document type; expected one of {DocumentTypes}, or \"\".", at);

    internal static Diagnostic MissingDocumentNumber(SourcePosition at) =>
        Error(MissingDocumentNumberCode, "The document has no 'number'; a document is screened by its number.", at);

    internal static Diagnostic LineTooLong(SourcePosition at, int maxBytes) =>
        Error(LineTooLongCode, $"The line is longer than {maxBytes} bytes; it was skipped.", at);

    internal static Diagnostic BadHeader(SourcePosition at, string what) =>
        Error(BadHeaderCode, $"The header row cannot be used: {what}. A traveler CSV file needs an 'id' column and 'name' or 'givenNames'/'familyName' columns; the file was not read.", at);

    internal static Diagnostic FieldCount(SourcePosition at, int found, int expected) =>
        Error(FieldCountCode, $"The record has {found} field{(found == 1 ? string.Empty : "s")} where the header has {expected}; a comma inside a value must be quoted.", at);

    internal static Diagnostic CsvSyntax(SourcePosition at, string what) =>
        Error(CsvSyntaxCode, $"The record is not valid CSV: {what}.", at);

    private static Diagnostic Error(string code, string message, SourcePosition at) =>
        new(code, DiagnosticSeverity.Error, message, at);
}
