namespace Vigil.Formats.Edifact;

/// <summary>The catalogue of EDIFACT syntax and envelope diagnostics, shared by the PAXLST and PNRGOV parsers.</summary>
/// <remarks>
/// Codes are stable: never reuse or renumber one. Every diagnostic is located by
/// <see cref="Diagnostics.SourcePosition.SegmentIndex"/>: the file's segments counted from 1, starting at the first
/// segment after UNA (UNB is 1 whether or not there is a UNA), UNA itself 0; text after the last terminated segment
/// counts as one more segment. <see cref="Diagnostics.SourcePosition.ElementIndex"/> counts data elements from 1
/// after the tag, <see cref="Diagnostics.SourcePosition.ComponentIndex"/> components from 1.
/// </remarks>
public static class EdifactDiagnostics
{
    /// <summary>The input holds no segment. Example: an empty file.</summary>
    public const string EmptyCode = "VGL-EDI001";

    /// <summary>The UNA segment does not give six usable service characters. Example: <c>UNA:+.?+'</c>.</summary>
    public const string UnusableServiceStringCode = "VGL-EDI002";

    /// <summary>The interchange does not start with UNB. Example: a transport header <c>QU ZRHXXXX</c> before UNB.</summary>
    public const string MissingInterchangeHeaderCode = "VGL-EDI003";

    /// <summary>A segment tag is not three upper-case letters or digits. Example: <c>NA D+FL</c>.</summary>
    public const string InvalidTagCode = "VGL-EDI004";

    /// <summary>The last segment has no terminator (a truncated file, or a release character before the final
    /// terminator). Example: <c>UNZ+1+REF</c> at the end of the file.</summary>
    public const string UnterminatedSegmentCode = "VGL-EDI005";

    /// <summary>A message has no UNT. Example: UNH ... then UNZ.</summary>
    public const string MissingMessageTrailerCode = "VGL-EDI006";

    /// <summary>A UNT without a UNH before it.</summary>
    public const string UnexpectedMessageTrailerCode = "VGL-EDI007";

    /// <summary>The UNT segment count is not the number of segments from UNH to UNT. Example: <c>UNT+12+1</c> for 13.</summary>
    public const string MessageSegmentCountCode = "VGL-EDI008";

    /// <summary>The UNT message reference is not the UNH one. Example: <c>UNH+1+...</c> ... <c>UNT+9+2</c>.</summary>
    public const string MessageReferenceMismatchCode = "VGL-EDI009";

    /// <summary>The UNE message count is not the number of messages in the group.</summary>
    public const string GroupCountCode = "VGL-EDI010";

    /// <summary>The UNE group reference is not the UNG one.</summary>
    public const string GroupReferenceMismatchCode = "VGL-EDI011";

    /// <summary>A functional group (UNG) has no UNE.</summary>
    public const string MissingGroupTrailerCode = "VGL-EDI012";

    /// <summary>A UNE without a UNG before it.</summary>
    public const string UnexpectedGroupTrailerCode = "VGL-EDI013";

    /// <summary>The UNZ count is not the number of messages (or of groups, when UNG is used).</summary>
    public const string InterchangeCountCode = "VGL-EDI014";

    /// <summary>The UNZ control reference is not the UNB one.</summary>
    public const string InterchangeReferenceMismatchCode = "VGL-EDI015";

    /// <summary>The interchange has no UNZ.</summary>
    public const string MissingInterchangeTrailerCode = "VGL-EDI016";

    /// <summary>Data follows UNZ.</summary>
    public const string DataAfterInterchangeCode = "VGL-EDI017";

    /// <summary>A segment stands outside any message (between UNB and UNH, or between UNT and UNH).</summary>
    public const string SegmentOutsideMessageCode = "VGL-EDI018";

    /// <summary>A segment has more data elements than it allows. Example: <c>CNT+41+8</c> for <c>CNT+41:8</c>.</summary>
    public const string TooManyElementsCode = "VGL-EDI019";

    /// <summary>A data element has more components than it allows. Example: <c>NAT+2+GBR:X:Y:Z:W</c>.</summary>
    public const string TooManyComponentsCode = "VGL-EDI020";

    /// <summary>A data element is longer than the limit (500 bytes by default); it is not used.</summary>
    public const string ElementTooLongCode = "VGL-EDI021";

    /// <summary>The interchange is larger than the limit (10 MiB by default); reading stopped.</summary>
    public const string InterchangeTooLargeCode = "VGL-EDI022";

    /// <summary>A message has more segments than the limit (10,000 by default); the rest were not read.</summary>
    public const string MessageTooLargeCode = "VGL-EDI023";

    /// <summary>Bytes do not decode in the declared character set. Example: byte 0xC9 under UNOA.</summary>
    public const string UndecodableBytesCode = "VGL-EDI024";

    /// <summary>A character is outside the repertoire of the declared set; the value is kept as sent. Example: lower
    /// case under UNOA.</summary>
    public const string OutsideRepertoireCode = "VGL-EDI025";

    /// <summary>The syntax identifier is not one Vigil knows; bytes are read as UTF-8.</summary>
    public const string UnknownSyntaxCode = "VGL-EDI026";

    /// <summary>A mandatory data element is empty. Example: <c>UNH++PAXLST:D:05B:UN:IATA</c> (no reference).</summary>
    public const string MissingElementCode = "VGL-EDI027";

    /// <summary>A date or time is not valid. Example: <c>DTM+329:791340</c> (month 13).</summary>
    public const string InvalidDateCode = "VGL-EDI028";

    /// <summary>A date format code does not match the value, or is not known. Example: <c>DTM+36:270605:102</c>.</summary>
    public const string DateFormatCode = "VGL-EDI029";

    /// <summary>The message type in UNH is not the one read. Example: <c>PNRGOV</c> read as PAXLST.</summary>
    public const string UnknownMessageTypeCode = "VGL-EDI030";

    /// <summary>The message version or release in UNH is not one Vigil knows. Example: <c>PAXLST:X:99</c>.</summary>
    public const string UnknownMessageVersionCode = "VGL-EDI031";

    /// <summary>An envelope segment is out of place. Example: a second UNB before UNZ, UNG inside a message.</summary>
    public const string EnvelopeOutOfPlaceCode = "VGL-EDI032";

    /// <summary>The repetition separator appears unreleased in a data element that does not repeat; it is kept as data.</summary>
    public const string RepetitionSeparatorCode = "VGL-EDI033";

    /// <summary>More issues were found than the limit; the rest are not listed.</summary>
    public const string TooManyIssuesCode = "VGL-EDI034";

    /// <summary>The input starts with a byte order mark, which EDIFACT does not use; it was ignored.</summary>
    public const string ByteOrderMarkCode = "VGL-EDI035";

    /// <summary>A value that must be a number is not one. Example: <c>UNT+X+1</c>.</summary>
    public const string InvalidNumberCode = "VGL-EDI036";

    /// <summary>The first and last transfer indicator of UNH is not C or F. Example: <c>UNH+1+PAXLST:D:05B:UN:IATA+REF+01:X</c>.</summary>
    public const string StatusOfTransferCode = "VGL-EDI037";

    /// <summary>The interchange has more messages than the limit (10,000 by default); the rest were counted but not
    /// read.</summary>
    public const string TooManyMessagesCode = "VGL-EDI038";

    /// <summary>The message type in UNH is not the one its functional group declares (UNG element 1). Example:
    /// <c>UNG+PNRGOV+...</c> around a PAXLST message. A warning: the message is read by its own type.</summary>
    public const string GroupMessageTypeCode = "VGL-EDI039";
}
