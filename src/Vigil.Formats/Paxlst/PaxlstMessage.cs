using Vigil.Formats.Edifact;

namespace Vigil.Formats.Paxlst;

/// <summary>One PAXLST message (UNH to UNT): a flight, possibly of several legs, and its passengers or crew.</summary>
public sealed record PaxlstMessage
{
    /// <summary>The envelope: reference, type, version, common access reference, part.</summary>
    public required MessageHeader Header { get; init; }

    /// <summary>Passenger or crew list, from the BGM code; null when the code is not a list of travelers.</summary>
    public PaxlstListType? ListType { get; init; }

    /// <summary>The BGM document name code as sent: <c>745</c>, <c>250</c>...</summary>
    public string? DocumentCode { get; init; }

    /// <summary>The BGM second element (document identifier) as sent: <c>CP</c>, <c>CLOB</c>, <c>C</c>...</summary>
    public string? DocumentSubtype { get; init; }

    /// <summary>The sender's transaction reference (RFF+TN).</summary>
    public string? TransactionReference { get; init; }

    /// <summary>Who to call about the message (NAD+MS), or null.</summary>
    public ReportingParty? ReportingParty { get; init; }

    /// <summary>The legs of the flight, in message order.</summary>
    public IReadOnlyList<FlightLeg> Flights { get; init; } = [];

    /// <summary>The travelers, in message order.</summary>
    public IReadOnlyList<PaxlstTraveler> Travelers { get; init; } = [];

    /// <summary>The declared totals (CNT), as sent.</summary>
    public PaxlstCounts Counts { get; init; } = new();
}
