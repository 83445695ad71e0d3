using System.Text.Json;

namespace Vigil.Screening.Checks;

/// <summary>Reads the JSON body of <c>POST /api/v1/reviews/{id}/decisions</c>: <c>{"outcome","note"}</c>, where
/// <c>outcome</c> is <c>confirm</c>, <c>clear</c> or <c>escalate</c> and <c>note</c> is optional text. Unknown fields
/// are ignored.</summary>
/// <remarks>Problems carry the JSON path of the value, with the codes of <see cref="CheckRequestReader"/>:
/// <c>VGL-API001</c> not JSON (with line and byte), <c>VGL-API002</c> the outcome is missing, <c>VGL-API003</c> a
/// field has the wrong type or form.</remarks>
public static class ReviewDecisionReader
{
    /// <summary>The longest note kept, in characters.</summary>
    public const int MaxNoteLength = 4000;

    /// <summary>Reads a body.</summary>
    /// <returns>The outcome and note, or null with at least one problem.</returns>
    public static (ReviewOutcome Outcome, string? Note)? Read(ReadOnlySpan<byte> body, out IReadOnlyList<RequestProblem> problems)
    {
        List<RequestProblem> found = [];
        problems = found;
        if (CheckRequestReader.Malformed(body) is { } malformed)
        {
            found.Add(malformed);
            return null;
        }

        using JsonDocument document = JsonDocument.Parse(body.ToArray(), new JsonDocumentOptions { MaxDepth = CheckRequestReader.MaxDepth });
        JsonElement root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object)
        {
            found.Add(new RequestProblem("VGL-API003", "$", $"expected a JSON object with outcome and note, found {CheckRequestReader.Kind(root)}."));
            return null;
        }

        ReviewOutcome outcome = default;
        if (!root.TryGetProperty("outcome", out JsonElement outcomeValue) || outcomeValue.ValueKind == JsonValueKind.Null)
        {
            found.Add(new RequestProblem("VGL-API002", "$.outcome", "the outcome is missing: confirm, clear or escalate."));
        }
        else if (outcomeValue.ValueKind != JsonValueKind.String)
        {
            found.Add(new RequestProblem("VGL-API003", "$.outcome", $"expected a string, found {CheckRequestReader.Kind(outcomeValue)}."));
        }
        else if (!ReviewDecisions.TryParseOutcome(outcomeValue.GetString(), out outcome))
        {
            found.Add(new RequestProblem("VGL-API003", "$.outcome", $"'{outcomeValue.GetString()}' is not an outcome: confirm, clear or escalate."));
        }

        string? note = null;
        if (root.TryGetProperty("note", out JsonElement noteValue) && noteValue.ValueKind != JsonValueKind.Null)
        {
            if (noteValue.ValueKind != JsonValueKind.String)
            {
                found.Add(new RequestProblem("VGL-API003", "$.note", $"expected a string, found {CheckRequestReader.Kind(noteValue)}."));
            }
            else if ((note = noteValue.GetString()!).Length > MaxNoteLength)
            {
                found.Add(new RequestProblem("VGL-API003", "$.note", $"the note has {note.Length} characters; at most {MaxNoteLength} are kept."));
            }
        }

        return found.Count == 0 ? (outcome, note) : null;
    }
}
