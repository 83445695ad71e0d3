namespace Vigil.Formats.Csv;

/// <summary>What is wrong with a CSV record, by RFC 4180's rules.</summary>
internal enum CsvProblemKind
{
    /// <summary>A quoted field is still open at the end of the input.</summary>
    UnterminatedQuote = 1,

    /// <summary>Text follows the closing quote of a field before the next separator; it is kept.</summary>
    TextAfterClosingQuote = 2,

    /// <summary>A quote inside an unquoted field; it is kept as a character.</summary>
    QuoteInUnquotedField = 3,

    /// <summary>A field is longer than the reader's limit; the rest of it was skipped.</summary>
    FieldTooLong = 4,
}
