using System.Globalization;
using Vigil.Formats.Diagnostics;

namespace Vigil.Formats.Lists;

/// <summary>The catalogue of problems the OFAC SDN legacy CSV reader reports, one factory per code.</summary>
/// <remarks>Positions give the file, the line and the column where the record or field starts, and the field name
/// as OFAC's documentation names it (<c>ent_num</c>, <c>SDN_Name</c>, <c>Remarks</c>...).</remarks>
internal static class OfacDiagnostics
{
    /// <summary>VGL-OFAC001: a row has the wrong number of fields; the row is skipped.</summary>
    public static Diagnostic WrongFieldCount(string source, int line, int found, int expected, string file) =>
        Error("VGL-OFAC001", $"{file} row has {found} field{(found == 1 ? string.Empty : "s")}, expected {expected}; the row is skipped", At(source, line, 1, null));

    /// <summary>VGL-OFAC002: a quoted field is not closed before the end of the file.</summary>
    public static Diagnostic UnterminatedQuote(string source, int line, int column, string field) =>
        Error("VGL-OFAC002", "quoted field is not closed before the end of the file; the rest of the file was read into it", At(source, line, column, field));

    /// <summary>VGL-OFAC003: a stray quote (text after a closing quote, or a quote in an unquoted field); kept as data.</summary>
    public static Diagnostic StrayQuote(string source, int line, int column, string field) =>
        Warning("VGL-OFAC003", "quote character where RFC 4180 does not allow one; the text was kept as it is", At(source, line, column, field));

    /// <summary>VGL-OFAC004: the ent_num field is empty or not a number; the row is skipped.</summary>
    public static Diagnostic InvalidEntNum(string source, int line, int column, string found) =>
        Error("VGL-OFAC004", $"ent_num '{found}' is not a positive whole number; the row is skipped", At(source, line, column, "ent_num"));

    /// <summary>VGL-OFAC005: two sdn.csv rows have the same ent_num; the second is skipped.</summary>
    public static Diagnostic DuplicateEntNum(string source, int line, int column, string entNum, int firstLine) =>
        Error("VGL-OFAC005", string.Create(CultureInfo.InvariantCulture, $"ent_num {entNum} was already used on line {firstLine}; this row is skipped"), At(source, line, column, "ent_num"));

    /// <summary>VGL-OFAC006: SDN_Type is not individual, vessel, aircraft or -0-; read as an organization.</summary>
    public static Diagnostic UnknownSdnType(string source, int line, int column, string found) =>
        Warning("VGL-OFAC006", $"SDN_Type '{found}' is not individual, vessel, aircraft or -0-; read as an organization", At(source, line, column, "SDN_Type"));

    /// <summary>VGL-OFAC007: the record has no name; it is skipped.</summary>
    public static Diagnostic MissingName(string source, int line, int column, string entNum) =>
        Error("VGL-OFAC007", $"record {entNum} has no SDN_Name; the record is skipped", At(source, line, column, "SDN_Name"));

    /// <summary>VGL-OFAC008: a DOB item names a date that does not exist (31 Feb) or a range that ends before it starts.</summary>
    public static Diagnostic ImpossibleDateOfBirth(string source, int line, int column, string entNum, string item) =>
        Error("VGL-OFAC008", $"record {entNum}: '{item}' is not a possible date of birth", At(source, line, column, "Remarks"));

    /// <summary>VGL-OFAC009: a DOB item is in no known form ("DOB 10 Dec 1948", "DOB circa 1948", "DOB 1948 to 1952"); kept in the remarks only.</summary>
    public static Diagnostic UnreadableDateOfBirth(string source, int line, int column, string entNum, string item) =>
        Warning("VGL-OFAC009", $"record {entNum}: '{item}' is not a date of birth in a known form (DOB 10 Dec 1948, DOB Dec 1948, DOB 1948, DOB circa 1948, DOB 1948 to 1952); kept in the remarks only", At(source, line, column, "Remarks"));

    /// <summary>VGL-OFAC010: a nationality or citizenship names no known country; kept in the remarks only.</summary>
    public static Diagnostic UnknownCountry(string source, int line, int column, string entNum, string item) =>
        Warning("VGL-OFAC010", $"record {entNum}: '{item}' names no known country; kept in the remarks only", At(source, line, column, "Remarks"));

    /// <summary>VGL-OFAC011: alt_type is not aka, fka or nka; the name is read as a strong alias.</summary>
    public static Diagnostic UnknownAltType(string source, int line, int column, string found) =>
        Warning("VGL-OFAC011", $"alt_type '{found}' is not aka, fka or nka; the name is read as a strong alias", At(source, line, column, "alt_type"));

    /// <summary>VGL-OFAC012: a companion row refers to an ent_num that sdn.csv does not have; it is ignored.</summary>
    public static Diagnostic OrphanRow(string source, int line, string entNum) =>
        Warning("VGL-OFAC012", $"ent_num {entNum} is not in sdn.csv; the row is ignored", At(source, line, 1, "ent_num"));

    /// <summary>VGL-OFAC013: the files together are larger than the limit; reading stopped.</summary>
    public static Diagnostic TooLarge(string source, long maxBytes) =>
        Error("VGL-OFAC013", string.Create(CultureInfo.InvariantCulture, $"the list is larger than the limit of {maxBytes} bytes; reading stopped"), new SourcePosition { Source = source });

    /// <summary>VGL-OFAC014: an issue or expiry date of a document is not a possible date; the document is kept without it.</summary>
    public static Diagnostic InvalidDocumentDate(string source, int line, int column, string entNum, string item) =>
        Warning("VGL-OFAC014", $"record {entNum}: '{item}' has a date that is not a possible date; the document is kept without it", At(source, line, column, "Remarks"));

    /// <summary>VGL-OFAC015: a <c>Linked To: NAME</c> remark names no other subject of the list, or several; no relation is
    /// made and the text stays in the remarks.</summary>
    public static Diagnostic UnresolvedLink(string source, int line, int column, string entNum, string name, int found) =>
        Warning(
            "VGL-OFAC015",
            found == 0
                ? $"record {entNum}: 'Linked To: {name}' names no other subject of this list; no relation is made, the text stays in the remarks"
                : string.Create(CultureInfo.InvariantCulture, $"record {entNum}: 'Linked To: {name}' names {found} subjects of this list; no relation is made, the text stays in the remarks"),
            At(source, line, column, "Remarks"));

    private static SourcePosition At(string source, int line, int column, string? field) =>
        new() { Source = source, Line = line, Column = column, Field = field };

    private static Diagnostic Error(string code, string message, SourcePosition position) =>
        new(code, DiagnosticSeverity.Error, message, position);

    private static Diagnostic Warning(string code, string message, SourcePosition position) =>
        new(code, DiagnosticSeverity.Warning, message, position);
}
