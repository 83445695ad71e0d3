using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Vigil.Domain;
using Vigil.Formats.Diagnostics;
using Vigil.Formats.Json;
using Vigil.Screening.Lists;

namespace Vigil.Cli.Output;

/// <summary>Writes the <c>--json</c> documents of the CLI. Field names are a contract: add, never rename.</summary>
internal static class JsonOutput
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static async Task WriteAsync(TextWriter output, Action<Utf8JsonWriter> write)
    {
        using MemoryStream buffer = new();
        using (Utf8JsonWriter writer = new(buffer, Options))
        {
            write(writer);
        }

        await output.WriteLineAsync(Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
    }

    /// <summary>Writes a JSON document that may be large: the writer's output goes to <paramref name="output"/> as it
    /// is flushed, instead of being held whole in memory first.</summary>
    public static async Task WriteStreamingAsync(TextWriter output, Action<Utf8JsonWriter> write)
    {
        using (TextWriterStream stream = new(output))
        using (Utf8JsonWriter writer = new(stream, Options))
        {
            write(writer);
        }

        await output.WriteLineAsync();
    }

    public static void WriteImport(Utf8JsonWriter w, ImportRecord? import, string property)
    {
        if (import is null)
        {
            w.WriteNull(property);
            return;
        }

        w.WriteStartObject(property);
        WriteImportFields(w, import);
        w.WriteEndObject();
    }

    public static void WriteImportFields(Utf8JsonWriter w, ImportRecord import)
    {
        w.WriteNumber("id", import.Id);
        w.WriteString("list", import.ListName);
        w.WriteString("format", import.Format);
        w.WriteString("sourceFile", import.Provenance.SourceFile);
        w.WriteString("sha256", import.Provenance.Sha256);
        w.WriteString("importedAt", import.Provenance.ImportedAt);
        w.WriteString("actor", import.Actor);
        w.WriteNumber("added", import.Added);
        w.WriteNumber("changed", import.Changed);
        w.WriteNumber("removed", import.Removed);
        w.WriteNumber("unchanged", import.Unchanged);
    }

    public static void WriteDiagnostics(Utf8JsonWriter w, IEnumerable<Diagnostic> diagnostics)
    {
        w.WriteStartArray("diagnostics");
        foreach (Diagnostic d in diagnostics)
        {
            w.WriteStartObject();
            w.WriteString("code", d.Code);
            w.WriteString("severity", d.IsError ? "error" : "warning");
            w.WriteString("message", d.Message);
            WriteIfSet(w, "source", d.Position.Source);
            WriteIfSet(w, "line", d.Position.Line);
            WriteIfSet(w, "column", d.Position.Column);
            WriteIfSet(w, "path", d.Position.Path);
            WriteIfSet(w, "field", d.Position.Field);
            w.WriteString("text", d.ToString());
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    public static void WriteSubjectBrief(Utf8JsonWriter w, Subject subject)
    {
        w.WriteStartObject();
        w.WriteString("subjectId", subject.Id.Value);
        w.WriteString("sourceId", subject.Listing.SourceId);
        w.WriteString("name", subject.PrimaryName?.Full);
        w.WriteEndObject();
    }

    /// <summary>Writes a changed subject with the values of just the changed fields, before and after.</summary>
    public static void WriteChange(Utf8JsonWriter w, Subject before, Subject after, IReadOnlyList<string> fields)
    {
        w.WriteStartObject();
        w.WriteString("subjectId", after.Id.Value);
        w.WriteString("sourceId", after.Listing.SourceId);
        w.WriteString("name", after.PrimaryName?.Full);
        w.WriteStartArray("fields");
        foreach (string field in fields)
        {
            w.WriteStringValue(field);
        }

        w.WriteEndArray();
        WriteFieldValues(w, "before", before, fields);
        WriteFieldValues(w, "after", after, fields);
        w.WriteEndObject();
    }

    public static void WriteSubject(Utf8JsonWriter w, Subject subject) => SubjectJson.WriteTo(w, subject);

    /// <summary>The subject's JSON form with what the store knows of it: current custody, removal, times.</summary>
    public static void WriteSubjectRecord(Utf8JsonWriter w, Subject subject, SubjectRecord? record)
    {
        JsonObject document = JsonNode.Parse(SubjectJson.Serialize(subject))!.AsObject();
        document["currentCustody"] = CustodyStates.ToName(subject.CurrentCustody);
        if (record is not null)
        {
            document["removed"] = record.IsRemoved;
            document["createdAt"] = record.CreatedAt;
            document["updatedAt"] = record.UpdatedAt;
            if (record.RemovedAt is { } removedAt)
            {
                document["removedAt"] = removedAt;
            }
        }

        document.WriteTo(w);
    }

    public static void WriteHistoryEntry(Utf8JsonWriter w, HistoryEntry entry)
    {
        w.WriteStartObject();
        w.WriteNumber("id", entry.Id);
        w.WriteString("at", entry.At);
        w.WriteString("actor", entry.Actor);
        w.WriteString("action", ActionName(entry.Action));
        w.WriteString("subjectId", entry.SubjectId.Value);
        w.WriteString("list", entry.ListName);
        w.WriteString("sourceId", entry.SourceId);
        if (entry.ImportId is { } importId)
        {
            w.WriteNumber("importId", importId);
        }

        w.WriteStartArray("fields");
        foreach (string field in entry.Fields)
        {
            w.WriteStringValue(field);
        }

        w.WriteEndArray();
        if (entry.Before is not null && entry.After is not null && !entry.Fields.IsDefaultOrEmpty)
        {
            WriteFieldValues(w, "before", entry.Before, entry.Fields);
            WriteFieldValues(w, "after", entry.After, entry.Fields);
        }

        w.WriteEndObject();
    }

    public static string ActionName(HistoryAction action) => action switch
    {
        HistoryAction.Added => "added",
        HistoryAction.Changed => "changed",
        HistoryAction.Removed => "removed",
        HistoryAction.StatusChanged => "status-changed",
        HistoryAction.Edited => "edited",
        _ => action.ToString(),
    };

    private static void WriteFieldValues(Utf8JsonWriter w, string property, Subject subject, IReadOnlyList<string> fields)
    {
        JsonObject document = JsonNode.Parse(SubjectJson.Serialize(subject))!.AsObject();
        w.WriteStartObject(property);
        foreach (string field in fields)
        {
            w.WritePropertyName(field);
            if (document[field] is { } value)
            {
                value.WriteTo(w);
            }
            else
            {
                w.WriteNullValue();
            }
        }

        w.WriteEndObject();
    }

    private static void WriteIfSet(Utf8JsonWriter w, string property, string? value)
    {
        if (value is not null)
        {
            w.WriteString(property, value);
        }
    }

    private static void WriteIfSet(Utf8JsonWriter w, string property, int? value)
    {
        if (value is { } v)
        {
            w.WriteNumber(property, v);
        }
    }
}
