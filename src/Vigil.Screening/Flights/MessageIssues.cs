using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Vigil.Formats.Diagnostics;
using Vigil.Screening.Messages;

namespace Vigil.Screening.Flights;

/// <summary>The issues of a read message as kept with it in the message store, and what the store keeps of a read.</summary>
public static class MessageIssues
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The issues as a JSON array: <c>[{"severity","code","message","segmentIndex","segmentTag","element",
    /// "component","line","column","field"}]</c>, each position property only when known.</summary>
    public static string ToJson(IEnumerable<Diagnostic> issues)
    {
        ArgumentNullException.ThrowIfNull(issues);
        using MemoryStream stream = new();
        using (Utf8JsonWriter w = new(stream, Options))
        {
            w.WriteStartArray();
            foreach (Diagnostic issue in issues)
            {
                w.WriteStartObject();
                w.WriteString("severity", issue.IsError ? "error" : "warning");
                w.WriteString("code", issue.Code);
                w.WriteString("message", issue.Message);
                SourcePosition at = issue.Position;
                Number(w, "segmentIndex", at.SegmentIndex);
                if (at.SegmentTag is not null)
                {
                    w.WriteString("segmentTag", at.SegmentTag);
                }

                Number(w, "element", at.ElementIndex);
                Number(w, "component", at.ComponentIndex);
                Number(w, "line", at.Line);
                Number(w, "column", at.Column);
                if (at.Field is not null)
                {
                    w.WriteString("field", at.Field);
                }

                w.WriteEndObject();
            }

            w.WriteEndArray();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>What the message store keeps of a read: outcome, issues, counts and envelope.</summary>
    public static MessageParse ToParse(ReadMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        int errors = message.Issues.Count(i => i.IsError);
        return new MessageParse(
            message.Outcome,
            ToJson(message.Issues),
            message.Travelers.Count)
        {
            ErrorCount = errors,
            WarningCount = message.Issues.Count - errors,
            Sender = message.Sender,
            Recipient = message.Recipient,
            InterchangeControlReference = message.ControlReference,
            Summary = message.Summary,
        };
    }

    private static void Number(Utf8JsonWriter w, string name, int? value)
    {
        if (value is { } number)
        {
            w.WriteNumber(name, number);
        }
    }
}
