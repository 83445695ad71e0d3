using Vigil.Formats.Diagnostics;

namespace Vigil.Formats.Lists;

/// <summary>The catalogue of diagnostics of the <c>vigil-jsonl</c> format and of Vigil's stored subject JSON.</summary>
/// <remarks>
/// Codes are stable: never reuse or renumber one. Positions: <see cref="SourcePosition.Line"/> is the line of the
/// file, from 1; <see cref="SourcePosition.Column"/> counts UTF-16 characters from 1 within that line (converted
/// from the byte offsets of <see cref="System.Text.Json.Utf8JsonReader"/>) and points at the offending token;
/// <see cref="SourcePosition.Field"/> is the JSON path of the value (<c>$.datesOfBirth[1]</c>).
/// </remarks>
internal static class VigilJsonlDiagnostics
{
    /// <summary>The line is not well-formed JSON. Example: <c>{"id":"A1",</c>.</summary>
    public const string InvalidJsonCode = "VGL-JSONL001";

    /// <summary>The line is JSON but not an object. Example: <c>["A1"]</c>.</summary>
    public const string NotAnObjectCode = "VGL-JSONL002";

    /// <summary>The line has no <c>id</c> (nor <c>sourceId</c>). Example: <c>{"names":[{"full":"X"}]}</c>.</summary>
    public const string MissingIdCode = "VGL-JSONL003";

    /// <summary>Two lines have the same <c>id</c>.</summary>
    public const string DuplicateIdCode = "VGL-JSONL004";

    /// <summary>A required property is missing. Example: a document without <c>number</c>.</summary>
    public const string MissingPropertyCode = "VGL-JSONL005";

    /// <summary>A value has the wrong JSON type. Example: <c>"names":"X"</c>.</summary>
    public const string WrongTypeCode = "VGL-JSONL006";

    /// <summary>An enum text is not one of the allowed values. Example: <c>"category":"no-fly"</c>.</summary>
    public const string UnknownEnumTextCode = "VGL-JSONL007";

    /// <summary>A date is malformed or does not exist. Example: <c>"datesOfBirth":["1988-02-30"]</c>.</summary>
    public const string InvalidDateCode = "VGL-JSONL008";

    /// <summary>A country is not a three-letter code. Example: <c>"nationalities":["France"]</c>.</summary>
    public const string InvalidCountryCode = "VGL-JSONL009";

    /// <summary>A custody status is not a known state. Example: <c>"status":"escaped"</c>.</summary>
    public const string UnknownCustodyStatusCode = "VGL-JSONL010";

    /// <summary>A property is not part of the format; it is ignored (warning). Example: <c>"nickname":"X"</c>.</summary>
    public const string UnknownPropertyCode = "VGL-JSONL011";

    /// <summary>The <c>names</c> array is empty.</summary>
    public const string NoNamesCode = "VGL-JSONL012";

    /// <summary>A value that must carry text is empty. Example: <c>"id":""</c>.</summary>
    public const string EmptyValueCode = "VGL-JSONL013";

    /// <summary>A timestamp is not an ISO 8601 date and time. Example: <c>"recordedAt":"yesterday"</c>.</summary>
    public const string InvalidTimestampCode = "VGL-JSONL014";

    /// <summary>The input is larger than <see cref="ListReadOptions.MaxBytes"/>; reading stopped.</summary>
    public const string TooLargeCode = "VGL-JSONL015";

    /// <summary>A relation names a subject that is neither in the file nor, for <c>LIST:ID</c>, in that list of the
    /// database. Example: <c>"relations":[{"type":"spouse","subject":"EX-9999"}]</c>.</summary>
    public const string UnknownRelativeCode = "VGL-JSONL016";

    /// <summary>A relation names the subject of its own line. Example: on line <c>{"id":"EX-0001",...}</c>,
    /// <c>"relations":[{"type":"sibling","subject":"EX-0001"}]</c>.</summary>
    public const string SelfRelationCode = "VGL-JSONL017";

    public static Diagnostic UnknownRelativeInFile(SourcePosition at, string subject) =>
        Error(UnknownRelativeCode, $"No subject '{subject}' in this file: a relation names the list's id of another line, or LIST:ID for a subject of another list of the database.", at);

    public static Diagnostic UnknownRelativeInList(SourcePosition at, string listName, string sourceId) =>
        Error(UnknownRelativeCode, $"No subject '{sourceId}' in list '{listName}' of the database: import that list first, or check the id.", at);

    public static Diagnostic SelfRelation(SourcePosition at, string subject) =>
        Error(SelfRelationCode, $"The subject '{subject}' cannot be related to itself.", at);

    public static Diagnostic InvalidJson(SourcePosition at, string detail) =>
        Error(InvalidJsonCode, $"The line is not valid JSON: {detail}", at);

    public static Diagnostic NotAnObject(SourcePosition at, string found) =>
        Error(NotAnObjectCode, $"Expected a JSON object for the subject, found {found}.", at);

    public static Diagnostic MissingId(SourcePosition at) =>
        Error(MissingIdCode, "The subject has no 'id': every line needs the list's own identifier.", at);

    public static Diagnostic DuplicateId(SourcePosition at, string id, int firstLine) =>
        Error(DuplicateIdCode, $"The id '{id}' was already used on line {firstLine}; this line is ignored.", at);

    public static Diagnostic MissingProperty(SourcePosition at, string property) =>
        Error(MissingPropertyCode, $"The required property '{property}' is missing.", at);

    public static Diagnostic WrongType(SourcePosition at, string expected, string found) =>
        Error(WrongTypeCode, $"Expected {expected}, found {found}.", at);

    public static Diagnostic UnknownEnumText(SourcePosition at, string what, string found, string allowed) =>
        Error(UnknownEnumTextCode, $"'{found}' is not a known {what}; expected one of {allowed}.", at);

    public static Diagnostic InvalidDate(SourcePosition at, string found, string expected) =>
        Error(InvalidDateCode, $"'{found}' is not a valid date; expected {expected}.", at);

    public static Diagnostic InvalidCountry(SourcePosition at, string found) =>
        Error(InvalidCountryCode, $"'{found}' is not a country code; expected three letters of ISO 3166-1 alpha-3 (e.g. 'FRA').", at);

    public static Diagnostic UnknownCustodyStatus(SourcePosition at, string found, string allowed) =>
        Error(UnknownCustodyStatusCode, $"'{found}' is not a known custody status; expected one of {allowed}.", at);

    public static Diagnostic UnknownProperty(SourcePosition at, string property) =>
        new(UnknownPropertyCode, DiagnosticSeverity.Warning, $"The property '{property}' is not part of the format and is ignored.", at);

    public static Diagnostic NoNames(SourcePosition at) =>
        Error(NoNamesCode, "The subject has no name: 'names' needs at least one entry.", at);

    public static Diagnostic EmptyValue(SourcePosition at, string property) =>
        Error(EmptyValueCode, $"The property '{property}' is empty.", at);

    public static Diagnostic InvalidTimestamp(SourcePosition at, string found) =>
        Error(InvalidTimestampCode, $"'{found}' is not an ISO 8601 date and time (e.g. '2026-01-02T10:00:00+00:00').", at);

    public static Diagnostic TooLarge(SourcePosition at, long maxBytes) =>
        Error(TooLargeCode, $"The input is larger than the limit of {maxBytes} bytes; reading stopped.", at);

    private static Diagnostic Error(string code, string message, SourcePosition at) =>
        new(code, DiagnosticSeverity.Error, message, at);
}
