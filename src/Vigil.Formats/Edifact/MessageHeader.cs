namespace Vigil.Formats.Edifact;

/// <summary>The envelope of one message: its UNH header and what its UNT trailer said.</summary>
/// <remarks>Values are as sent, trimmed; null when absent.</remarks>
public sealed record MessageHeader
{
    /// <summary>The message reference number (UNH element 1), repeated in UNT.</summary>
    public string? Reference { get; init; }

    /// <summary>The message type, such as <c>PAXLST</c> or <c>PNRGOV</c>.</summary>
    public string? Type { get; init; }

    /// <summary>The message version, such as <c>D</c> (PAXLST) or <c>11</c> (PNRGOV).</summary>
    public string? Version { get; init; }

    /// <summary>The release, such as <c>05B</c> (PAXLST) or <c>1</c> (PNRGOV).</summary>
    public string? Release { get; init; }

    /// <summary>The controlling agency, such as <c>UN</c> or <c>IA</c>.</summary>
    public string? ControllingAgency { get; init; }

    /// <summary>The association assigned code, such as <c>IATA</c>.</summary>
    public string? AssociationCode { get; init; }

    /// <summary>The common access reference (UNH element 3), shared by the parts of a list sent in several messages.</summary>
    public string? CommonAccessReference { get; init; }

    /// <summary>The status of transfer (UNH element 4), or null when the message is not sent in parts.</summary>
    public MessagePart? Part { get; init; }

    /// <summary>The reference of the functional group (UNG) the message is in, or null.</summary>
    public string? GroupReference { get; init; }

    /// <summary>The segment index of the UNH.</summary>
    public int SegmentIndex { get; init; }

    /// <summary>The number of segments from UNH to UNT inclusive, as counted; to the last segment read when there is
    /// no UNT.</summary>
    public int SegmentCount { get; init; }

    /// <summary>True when the message ended with a UNT.</summary>
    public bool HasTrailer { get; init; }
}
