using System.Text.Json;

namespace Vigil.LoadTest;

/// <summary>Reads <c>decision</c> from a check's response body.</summary>
internal static class Decisions
{
    /// <summary>The top-level <c>decision</c> of a JSON body, or <see cref="DecisionSeen.None"/> when there is none.</summary>
    public static DecisionSeen Read(ReadOnlySpan<byte> body)
    {
        try
        {
            Utf8JsonReader reader = new(body);
            while (reader.Read())
            {
                if (reader.TokenType == JsonTokenType.PropertyName && reader.CurrentDepth == 1 && reader.ValueTextEquals("decision"u8))
                {
                    if (!reader.Read() || reader.TokenType != JsonTokenType.String)
                    {
                        return DecisionSeen.Unknown;
                    }

                    return reader.ValueTextEquals("board"u8) ? DecisionSeen.Board
                        : reader.ValueTextEquals("selectee"u8) ? DecisionSeen.Selectee
                        : reader.ValueTextEquals("contact"u8) ? DecisionSeen.Contact
                        : reader.ValueTextEquals("no-board"u8) ? DecisionSeen.NoBoard
                        : DecisionSeen.Unknown;
                }
            }
        }
        catch (JsonException)
        {
            return DecisionSeen.None;
        }

        return DecisionSeen.None;
    }

    public static string Name(DecisionSeen decision) => decision switch
    {
        DecisionSeen.Board => "board",
        DecisionSeen.Selectee => "selectee",
        DecisionSeen.Contact => "contact",
        DecisionSeen.NoBoard => "no-board",
        DecisionSeen.Unknown => "unknown",
        _ => "none",
    };
}
