using Vigil.Formats.Edifact;

namespace Vigil.Formats.Pnrgov;

/// <summary>One PNRGOV message (UNH to UNT): the PNRs of the passengers of one flight, pushed to a government.</summary>
public sealed record PnrgovMessage
{
    /// <summary>The envelope: reference, type, version, common access reference, part.</summary>
    public required MessageHeader Header { get; init; }

    /// <summary>The message function (MSG component 2), such as <c>22</c> (push of PNR data).</summary>
    public string? MessageFunction { get; init; }

    /// <summary>The sending airline (level-0 ORG), as sent.</summary>
    public string? Sender { get; init; }

    /// <summary>The flight the message is for (the level-0 TVL), or null when absent.</summary>
    public FlightLeg? Flight { get; init; }

    /// <summary>The number of PNRs the message declares (EQN), as sent.</summary>
    public int? DeclaredPnrCount { get; init; }

    /// <summary>The PNRs, in message order.</summary>
    public IReadOnlyList<PassengerNameRecord> Pnrs { get; init; } = [];
}
