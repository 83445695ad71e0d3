namespace Vigil.Domain;

/// <summary>The text names of <see cref="CustodyState"/> used in files, the CLI and the API.</summary>
public static class CustodyStates
{
    private static readonly (CustodyState State, string Name)[] Names =
    [
        (CustodyState.Unknown, "unknown"),
        (CustodyState.AtLarge, "at-large"),
        (CustodyState.Detained, "detained"),
        (CustodyState.Released, "released"),
        (CustodyState.Repatriated, "repatriated"),
        (CustodyState.UnderProsecution, "under-prosecution"),
        (CustodyState.Convicted, "convicted"),
        (CustodyState.Acquitted, "acquitted"),
        (CustodyState.DeceasedReported, "deceased-reported"),
        (CustodyState.DeceasedConfirmed, "deceased-confirmed"),
        (CustodyState.CitizenshipRevoked, "citizenship-revoked"),
        (CustodyState.Stateless, "stateless"),
    ];

    /// <summary>Every text name, in enum order.</summary>
    public static IReadOnlyList<string> All { get; } = Array.ConvertAll(Names, n => n.Name);

    /// <summary>The text name of a state (<c>at-large</c>, <c>deceased-confirmed</c>...).</summary>
    public static string ToName(CustodyState state)
    {
        foreach ((CustodyState s, string name) in Names)
        {
            if (s == state)
            {
                return name;
            }
        }

        throw new ArgumentOutOfRangeException(nameof(state), state, "Unknown custody state.");
    }

    /// <summary>Reads a text name, ignoring case and accepting <c>_</c> or a space for <c>-</c>;
    /// <c>deceased</c> alone means reported.</summary>
    public static bool TryParse(string? text, out CustodyState state)
    {
        state = CustodyState.Unknown;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        string key = text.Trim().Replace('_', '-').Replace(' ', '-').ToLowerInvariant();
        if (key == "deceased")
        {
            state = CustodyState.DeceasedReported;
            return true;
        }

        foreach ((CustodyState s, string name) in Names)
        {
            if (name == key || name.Replace("-", string.Empty, StringComparison.Ordinal) == key)
            {
                state = s;
                return true;
            }
        }

        return false;
    }
}
