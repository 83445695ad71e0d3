using Vigil.Formats.Diagnostics;

namespace Vigil.Formats.Mrz;

/// <summary>The catalogue of diagnostics of machine readable zones (<see cref="MrzParser"/>).</summary>
/// <remarks>
/// Codes are stable: never reuse or renumber one. Positions: <see cref="SourcePosition.Line"/> is the line of the
/// input, from 1, counting every line break (LF, CR LF or CR), blank lines included; <see cref="SourcePosition.Column"/>
/// counts UTF-16 characters from 1 within that line, spaces before the zone included, and points at the offending
/// character (the check digit for a failed check); <see cref="SourcePosition.Field"/> names the field concerned
/// (<c>documentNumber</c>, <c>dateOfBirth</c>...). For a zone whose lines are where Doc 9303 puts them, line and
/// column are those of the zone itself.
/// </remarks>
public static class MrzDiagnostics
{
    /// <summary>The input is empty or blank: unreadable.</summary>
    public const string EmptyInputCode = "VGL-MRZ001";

    /// <summary>The lines do not have the shape of a machine readable zone: unreadable.
    /// Example: one line of 12 characters.</summary>
    public const string NotAZoneCode = "VGL-MRZ002";

    /// <summary>The input is larger than <see cref="MrzParser.MaxInputBytes"/>: unreadable.</summary>
    public const string TooLargeCode = "VGL-MRZ003";

    /// <summary>A line of the layout is missing. Example: a TD1 card with two lines.</summary>
    public const string MissingLineCode = "VGL-MRZ004";

    /// <summary>A line is not part of the zone and was ignored. Example: a title line above a TD3 zone.</summary>
    public const string ExtraLineCode = "VGL-MRZ005";

    /// <summary>A line is shorter than the layout's lines; it was read as if filled with <c>&lt;</c>.</summary>
    public const string LineTooShortCode = "VGL-MRZ006";

    /// <summary>A line is longer than the layout's lines; the characters beyond were ignored.</summary>
    public const string LineTooLongCode = "VGL-MRZ007";

    /// <summary>Two or three lines of the zone stand on one line of the input; they were read apart.</summary>
    public const string LinesJoinedCode = "VGL-MRZ008";

    /// <summary>A character is outside <c>A-Z</c>, <c>0-9</c> and <c>&lt;</c>. Example: <c>ERIK SSON</c>.</summary>
    public const string InvalidCharacterCode = "VGL-MRZ009";

    /// <summary>Lower-case letters; they were read as capitals. Example: <c>p&lt;UTOeriksson</c>.</summary>
    public const string LowerCaseCode = "VGL-MRZ010";

    /// <summary>A check digit does not agree with its field. Example: <c>L898902C&lt;4</c> where 3 is expected.</summary>
    public const string CheckDigitCode = "VGL-MRZ011";

    /// <summary>A TD1 or TD2 document number is marked long (a <c>&lt;</c> in its check digit position) but no
    /// continuation follows in the optional data.</summary>
    public const string LongNumberCode = "VGL-MRZ012";

    /// <summary>A date is not a valid <c>YYMMDD</c> date, even a partial one. Example: <c>741340</c>.</summary>
    public const string InvalidDateCode = "VGL-MRZ013";

    /// <summary>The sex is not <c>M</c>, <c>F</c>, <c>X</c> or <c>&lt;</c>. Example: <c>W</c>.</summary>
    public const string InvalidSexCode = "VGL-MRZ014";

    /// <summary>The document code does not start with a letter. Example: <c>&lt;&lt;</c> or <c>1P</c>.</summary>
    public const string InvalidDocumentCodeCode = "VGL-MRZ015";

    /// <summary>Warning: the document code is unusual for the layout. Example: <c>I</c> on a 2 x 44 zone.</summary>
    public const string UnexpectedDocumentCodeCode = "VGL-MRZ016";

    /// <summary>Warning: the issuing state or nationality is not an ICAO 9303 code. Example: <c>DE&lt;</c>.</summary>
    public const string UnknownCountryCode = "VGL-MRZ017";

    /// <summary>A mandatory field is empty: document number, name, issuing state or nationality.</summary>
    public const string EmptyFieldCode = "VGL-MRZ018";

    /// <summary>Warning: the name fills its field to the last character and may be truncated.</summary>
    public const string NameTruncatedCode = "VGL-MRZ019";

    /// <summary>Warning: the name has no primary identifier (it starts with <c>&lt;&lt;</c>).</summary>
    public const string NoPrimaryIdentifierCode = "VGL-MRZ020";

    internal static Diagnostic EmptyInput(SourcePosition at) =>
        Error(EmptyInputCode, "The input holds no machine readable zone: it is empty or blank.", at);

    internal static Diagnostic NotAZone(SourcePosition at, string found) =>
        Error(NotAZoneCode, $"The input does not have the shape of a machine readable zone: found {found}; expected 3 lines of 30 characters (TD1), 2 of 36 (TD2, MRV-B) or 2 of 44 (TD3, MRV-A).", at);

    internal static Diagnostic TooLarge(SourcePosition at, int maxBytes) =>
        Error(TooLargeCode, $"The input is larger than {maxBytes} bytes, far more than a machine readable zone; it was not read.", at);

    internal static Diagnostic MissingLine(SourcePosition at, string layout, int lineCount, int found, int missing, string what) =>
        Error(MissingLineCode, $"A {layout} zone has {lineCount} lines, found {found}: line {missing} ({what}) is missing; its fields are not read.", at);

    internal static Diagnostic ExtraLine(SourcePosition at, string layout, int lineCount, int length) =>
        Error(ExtraLineCode, $"A {layout} zone has {lineCount} lines; this line of {length} characters is not part of it and was ignored.", at);

    internal static Diagnostic LineTooShort(SourcePosition at, int zoneLine, int length, string layout, int width) =>
        Error(LineTooShortCode, $"Line {zoneLine} of the zone has {length} characters, a {layout} line has {width}: {Count(width - length, "character")} missing at the end; read as fillers '<', so the fields after the gap may be shifted.", at);

    internal static Diagnostic LineTooLong(SourcePosition at, int zoneLine, int length, string layout, int width, string extra) =>
        Error(LineTooLongCode, length - width == 1
            ? $"Line {zoneLine} of the zone has {length} characters, a {layout} line has {width}: the extra character '{extra}' at column {width + 1} was ignored."
            : $"Line {zoneLine} of the zone has {length} characters, a {layout} line has {width}: the {length - width} extra characters '{extra}' from column {width + 1} on were ignored.", at);

    internal static Diagnostic LinesJoined(SourcePosition at, int count, string layout, int width) =>
        Error(LinesJoinedCode, $"This line holds {count} lines of a {layout} zone ({count} x {width} characters) without line breaks; they were read apart.", at);

    internal static Diagnostic InvalidCharacter(SourcePosition at, string found) =>
        Error(InvalidCharacterCode, $"{Quote(found)} {(found.Length == 1 ? "is not a character" : "are not characters")} of a machine readable zone (A-Z, 0-9 and '<').", at);

    internal static Diagnostic LowerCase(SourcePosition at, string found) =>
        Error(LowerCaseCode, $"{Quote(found)} {(found.Length == 1 ? "is a lower-case letter" : "are lower-case letters")}: a machine readable zone has capitals only; read as '{found.ToUpperInvariant()}'.", at);

    internal static Diagnostic CheckDigit(SourcePosition at, string field, char found, int computed, string data) =>
        Error(CheckDigitCode, computed < 0
            ? $"The check digit of the {field} cannot be verified: '{data}' holds characters outside A-Z, 0-9 and '<'."
            : $"The check digit of the {field} is '{found}', but '{data}' gives {computed}.", at);

    internal static Diagnostic LongNumber(SourcePosition at) =>
        Error(LongNumberCode, "The document number's check digit position holds '<', the mark of a long number, but the optional data does not continue the number (it starts with '<').", at);

    internal static Diagnostic InvalidDate(SourcePosition at, string field, string found, string why) =>
        Error(InvalidDateCode, $"The {field} '{found}' is not a valid YYMMDD date: {why}.", at);

    internal static Diagnostic InvalidSex(SourcePosition at, char found) =>
        Error(InvalidSexCode, $"The sex '{found}' is not M, F, X or '<'.", at);

    internal static Diagnostic InvalidDocumentCode(SourcePosition at, string found) =>
        Error(InvalidDocumentCodeCode, $"The document code '{found}' does not start with a letter (P passport, I, A or C card, V visa).", at);

    internal static Diagnostic UnexpectedDocumentCode(SourcePosition at, string found, string layout, string expected) =>
        Warning(UnexpectedDocumentCodeCode, $"The document code '{found}' is unusual for a {layout} zone, whose codes start with {expected}.", at);

    internal static Diagnostic UnknownCountry(SourcePosition at, string field, string found, string? normalized) =>
        Warning(UnknownCountryCode, normalized is null
            ? $"The {field} '{found}' is not an ICAO 9303 code."
            : $"The {field} '{found}' is not an ICAO 9303 code (an ISO alpha-2 code?); read as {normalized}.", at);

    internal static Diagnostic EmptyField(SourcePosition at, string field) =>
        Error(EmptyFieldCode, $"The {field} is empty: the field holds only fillers '<'.", at);

    internal static Diagnostic NameTruncated(SourcePosition at, int width) =>
        Warning(NameTruncatedCode, $"The name fills its {width} characters to the last one: it may have been truncated.", at);

    internal static Diagnostic NoPrimaryIdentifier(SourcePosition at) =>
        Warning(NoPrimaryIdentifierCode, "The name starts with '<<': it has no primary identifier (family name), only given names.", at);

    private static string Quote(string text) => text.Length == 1 ? $"'{text}'" : $"The characters '{text}'";

    private static string Count(int n, string what) => n == 1 ? $"1 {what}" : $"{n} {what}s";

    private static Diagnostic Error(string code, string message, SourcePosition at) =>
        new(code, DiagnosticSeverity.Error, message, at);

    private static Diagnostic Warning(string code, string message, SourcePosition at) =>
        new(code, DiagnosticSeverity.Warning, message, at);
}
