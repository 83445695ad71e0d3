using System.Globalization;
using Vigil.Formats.Diagnostics;

namespace Vigil.Formats.Lists;

/// <summary>The catalogue of problems the UN consolidated list reader reports, one factory per code.</summary>
/// <remarks>Positions give the line and column (UTF-16 characters, from 1, pointing at the element name just after
/// its <c>&lt;</c>, as <see cref="System.Xml.IXmlLineInfo"/> counts) of the element concerned, its path
/// (<c>/CONSOLIDATED_LIST/INDIVIDUALS/INDIVIDUAL[3]/INDIVIDUAL_DATE_OF_BIRTH[1]/DATE</c>: an index on the records
/// and on the repeated groups inside them, counting from 1) and its name as the field.</remarks>
internal static class UnDiagnostics
{
    /// <summary>VGL-UN001: the XML is not well formed or is truncated; reading stopped there.</summary>
    public static Diagnostic MalformedXml(string source, int? line, int? column, string? path, string detail) =>
        Error("VGL-UN001", $"the file is not well-formed XML ({detail}); reading stopped", new SourcePosition { Source = source, Line = line, Column = column, Path = path });

    /// <summary>VGL-UN002: the file has a document type declaration; DTDs and the entities they declare are refused.</summary>
    public static Diagnostic DtdNotAllowed(string source, int? line, int? column) =>
        Error("VGL-UN002", "the file has a DOCTYPE declaration; DTDs and external entities are not allowed in a list file, so nothing was read", new SourcePosition { Source = source, Line = line, Column = column });

    /// <summary>VGL-UN003: the file is larger than the limit; reading stopped.</summary>
    public static Diagnostic TooLarge(string source, long maxBytes) =>
        Error("VGL-UN003", string.Create(CultureInfo.InvariantCulture, $"the list is larger than the limit of {maxBytes} bytes; reading stopped"), new SourcePosition { Source = source });

    /// <summary>VGL-UN004: a date of birth cannot be read or does not exist; the date is left out.</summary>
    public static Diagnostic InvalidDateOfBirth(string source, UnNode node, string referenceNumber, string expected) =>
        Error("VGL-UN004", $"{referenceNumber}: date of birth '{node.Text}' is not {expected}", At(source, node));

    /// <summary>VGL-UN005: two records have the same reference number; the second is skipped.</summary>
    public static Diagnostic DuplicateReferenceNumber(string source, UnNode node, string referenceNumber, int firstLine) =>
        Error("VGL-UN005", string.Create(CultureInfo.InvariantCulture, $"reference number {referenceNumber} was already used by the record on line {firstLine}; this record is skipped"), At(source, node));

    /// <summary>VGL-UN006: a record has no REFERENCE_NUMBER; its DATAID stands in for it.</summary>
    public static Diagnostic MissingReferenceNumber(string source, UnNode record, string fallback) =>
        Warning("VGL-UN006", $"record has no REFERENCE_NUMBER; '{fallback}' is used as its identifier", At(source, record, "REFERENCE_NUMBER"));

    /// <summary>VGL-UN007: a record has neither REFERENCE_NUMBER nor DATAID; it is skipped.</summary>
    public static Diagnostic MissingIdentifier(string source, UnNode record) =>
        Error("VGL-UN007", "record has neither REFERENCE_NUMBER nor DATAID; it is skipped", At(source, record, "REFERENCE_NUMBER"));

    /// <summary>VGL-UN008: a record has no name in FIRST_NAME to FOURTH_NAME; it is skipped.</summary>
    public static Diagnostic MissingName(string source, UnNode record, string referenceNumber) =>
        Error("VGL-UN008", $"{referenceNumber}: record has no name (FIRST_NAME to FOURTH_NAME are empty); it is skipped", At(source, record, "FIRST_NAME"));

    /// <summary>VGL-UN009: a country name is not known; the text is kept (in remarks for a nationality).</summary>
    public static Diagnostic UnknownCountry(string source, UnNode node, string referenceNumber) =>
        Warning("VGL-UN009", $"{referenceNumber}: '{node.Text.Trim()}' is not a known country; the text is kept", At(source, node));

    /// <summary>VGL-UN010: a date other than a date of birth (LISTED_ON, DATE_OF_ISSUE) cannot be read; it is left out.</summary>
    public static Diagnostic InvalidDate(string source, UnNode node, string referenceNumber) =>
        Warning("VGL-UN010", $"{referenceNumber}: '{node.Text.Trim()}' is not a date (YYYY-MM-DD); it is left out", At(source, node));

    /// <summary>VGL-UN011: an alias QUALITY is not Good, Low, a.k.a. or f.k.a.; the alias is read as strong.</summary>
    public static Diagnostic UnknownAliasQuality(string source, UnNode node, string referenceNumber) =>
        Warning("VGL-UN011", $"{referenceNumber}: alias quality '{node.Text.Trim()}' is not Good, Low, a.k.a. or f.k.a.; the alias is read as a strong alias", At(source, node));

    /// <summary>VGL-UN012: the root element is not CONSOLIDATED_LIST; nothing was read.</summary>
    public static Diagnostic UnexpectedRoot(string source, int line, int column, string found) =>
        Error("VGL-UN012", $"the root element is <{found}>, expected <CONSOLIDATED_LIST>; this is not a UN consolidated list", new SourcePosition { Source = source, Line = line, Column = column, Path = "/" + found });

    /// <summary>VGL-UN013: TYPE_OF_DATE is not EXACT, APPROXIMATELY or BETWEEN; the date is read as given.</summary>
    public static Diagnostic UnknownDateType(string source, UnNode node, string referenceNumber) =>
        Warning("VGL-UN013", $"{referenceNumber}: TYPE_OF_DATE '{node.Text.Trim()}' is not EXACT, APPROXIMATELY or BETWEEN; the date is read as given", At(source, node));

    /// <summary>VGL-UN014: a document has a type but no number; it is left out.</summary>
    public static Diagnostic DocumentWithoutNumber(string source, UnNode node, string referenceNumber) =>
        Warning("VGL-UN014", $"{referenceNumber}: document has no NUMBER; it is left out", At(source, node));

    private static SourcePosition At(string source, UnNode node, string? field = null) =>
        new() { Source = source, Line = node.Line, Column = node.Column, Path = node.Path, Field = field ?? node.Name };

    private static Diagnostic Error(string code, string message, SourcePosition position) =>
        new(code, DiagnosticSeverity.Error, message, position);

    private static Diagnostic Warning(string code, string message, SourcePosition position) =>
        new(code, DiagnosticSeverity.Warning, message, position);
}
