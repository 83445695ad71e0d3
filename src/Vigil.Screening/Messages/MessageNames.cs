namespace Vigil.Screening.Messages;

/// <summary>The wire names of message states and parse outcomes, as the CLI and the API write them. A contract:
/// add, never rename.</summary>
public static class MessageNames
{
    /// <summary><c>received</c>, <c>screened</c>, <c>quarantined</c>, <c>duplicate</c> or <c>replayed</c>.</summary>
    public static string ToName(MessageState state) => state switch
    {
        MessageState.Received => "received",
        MessageState.Screened => "screened",
        MessageState.Quarantined => "quarantined",
        MessageState.Duplicate => "duplicate",
        MessageState.Replayed => "replayed",
        _ => throw new ArgumentOutOfRangeException(nameof(state), state, "Not a message state."),
    };

    /// <summary><c>valid</c>, <c>invalid</c> or <c>unreadable</c>.</summary>
    public static string ToName(ParseOutcome outcome) => outcome switch
    {
        ParseOutcome.Valid => "valid",
        ParseOutcome.Invalid => "invalid",
        ParseOutcome.Unreadable => "unreadable",
        _ => throw new ArgumentOutOfRangeException(nameof(outcome), outcome, "Not a parse outcome."),
    };

    /// <summary>Every state name, in enum order.</summary>
    public static IReadOnlyList<string> States { get; } = [.. Enum.GetValues<MessageState>().Select(ToName)];

    /// <summary>Every outcome name, in enum order.</summary>
    public static IReadOnlyList<string> Outcomes { get; } = [.. Enum.GetValues<ParseOutcome>().Select(ToName)];

    /// <summary>Reads a state name.</summary>
    public static bool TryParseState(string? text, out MessageState state)
    {
        foreach (MessageState candidate in Enum.GetValues<MessageState>())
        {
            if (string.Equals(ToName(candidate), text, StringComparison.Ordinal))
            {
                state = candidate;
                return true;
            }
        }

        state = default;
        return false;
    }

    /// <summary>Reads an outcome name.</summary>
    public static bool TryParseOutcome(string? text, out ParseOutcome outcome)
    {
        foreach (ParseOutcome candidate in Enum.GetValues<ParseOutcome>())
        {
            if (string.Equals(ToName(candidate), text, StringComparison.Ordinal))
            {
                outcome = candidate;
                return true;
            }
        }

        outcome = default;
        return false;
    }
}
