namespace Vigil.Screening.Messages;

/// <summary>A stored message without its bytes and issues (see <see cref="MessageDetail"/> for those).</summary>
/// <param name="Id">Vigil's number for the message, in order of recording.</param>
/// <param name="Format">The format it was parsed as (see <see cref="MessageFormats"/>).</param>
/// <param name="SourceName">The file name or channel it came from.</param>
/// <param name="ReceivedAt">When it was recorded (UTC).</param>
/// <param name="ReceivedBy">Who or what received it.</param>
/// <param name="Sha256">The SHA-256 of its bytes, in lower-case hexadecimal.</param>
/// <param name="Size">Its size in bytes.</param>
/// <param name="Outcome">The outcome of its latest parse.</param>
/// <param name="State">Where it stands.</param>
public sealed record MessageRecord(
    long Id,
    string Format,
    string SourceName,
    DateTimeOffset ReceivedAt,
    string ReceivedBy,
    string Sha256,
    long Size,
    ParseOutcome Outcome,
    MessageState State)
{
    /// <summary>Travelers read by the latest parse.</summary>
    public int TravelerCount { get; init; }

    /// <summary>Errors found by the latest parse.</summary>
    public int ErrorCount { get; init; }

    /// <summary>Warnings found by the latest parse.</summary>
    public int WarningCount { get; init; }

    /// <summary>The interchange sender, or null.</summary>
    public string? Sender { get; init; }

    /// <summary>The interchange recipient, or null.</summary>
    public string? Recipient { get; init; }

    /// <summary>The interchange control reference, or null.</summary>
    public string? InterchangeControlReference { get; init; }

    /// <summary>The short description of the content given by the latest parse, or null.</summary>
    public string? Summary { get; init; }

    /// <summary>How many times the bytes were parsed: 1, plus one per replay.</summary>
    public int Attempts { get; init; } = 1;

    /// <summary>When the latest parse was recorded.</summary>
    public DateTimeOffset ParsedAt { get; init; }

    /// <summary>For a duplicate, the message it repeats (never itself a duplicate).</summary>
    public long? DuplicateOf { get; init; }

    /// <summary>For a copy with corrected bytes, the message it corrects.</summary>
    public long? ReplayOf { get; init; }

    /// <summary>For a replayed message, the copy with corrected bytes that supersedes it.</summary>
    public long? ReplacedBy { get; init; }

    /// <summary>When its travelers were last screened, or null when they never were.</summary>
    public DateTimeOffset? ScreenedAt { get; init; }

    /// <summary>The summary of the last screening as JSON (counts by status), or null. Opaque to the store.</summary>
    public string? ScreeningSummary { get; init; }

    /// <summary>True when its travelers are still to be screened (<see cref="MessageState.Received"/>).</summary>
    public bool NeedsScreening => State == MessageState.Received;
}
