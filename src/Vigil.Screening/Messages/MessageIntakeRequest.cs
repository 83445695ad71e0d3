namespace Vigil.Screening.Messages;

/// <summary>A travel message as received, and how to take it in.</summary>
/// <param name="Format">paxlst, pnrgov or mrz (see <see cref="Registry.FormatRegistry.Messages"/>).</param>
/// <param name="Content">The bytes exactly as received.</param>
/// <param name="SourceName">Where it came from: a file name or a channel (<c>api</c>).</param>
/// <param name="Actor">Who sent or submitted it: an API key (<c>key:ID</c>) or a command-line user.</param>
public sealed record MessageIntakeRequest(string Format, ReadOnlyMemory<byte> Content, string SourceName, string Actor)
{
    /// <summary>Who sent it as the audit chain names it (<c>cli:NAME</c>, <c>key:ID</c>); null for <see cref="Actor"/>.</summary>
    public string? AuditActor { get; init; }

    /// <summary>False to screen without keeping the message or its decisions (tests, measurements).</summary>
    public bool Record { get; init; } = true;

    /// <summary>Where the host writes the results, recorded in the screening summary; null when it writes none.</summary>
    public string? ResultsLocation { get; init; }

    /// <summary>Says whether the sender may send this message (a carrier only its own flights); checked after reading
    /// and before anything is kept. Null accepts every message.</summary>
    public Func<Flights.ReadMessage, bool>? Accept { get; init; }

    /// <summary>Called with the screened travelers before their decisions are committed (a host writes its
    /// results file there, so that a message is marked screened only once its results exist).</summary>
    public Func<IReadOnlyList<ScreenedTraveler>, CancellationToken, Task>? BeforeCommit { get; init; }
}
