namespace Vigil.Screening.Messages;

/// <summary>Which stored messages to list, newest first. Every filter left null lets all through.</summary>
public sealed record MessageQuery
{
    /// <summary>Only messages in this state (<see cref="MessageState.Quarantined"/> lists the quarantine).</summary>
    public MessageState? State { get; init; }

    /// <summary>Only messages whose latest parse had this outcome.</summary>
    public ParseOutcome? Outcome { get; init; }

    /// <summary>Only messages of this format (see <see cref="MessageFormats"/>).</summary>
    public string? Format { get; init; }

    /// <summary>Only messages received at or after this time.</summary>
    public DateTimeOffset? Since { get; init; }

    /// <summary>At most this many; must be positive.</summary>
    public int Limit { get; init; } = 100;
}
