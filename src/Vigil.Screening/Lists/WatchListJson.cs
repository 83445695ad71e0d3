using System.Text.Json;
using System.Text.Json.Nodes;
using Vigil.Domain;
using Vigil.Formats.Json;

namespace Vigil.Screening.Lists;

/// <summary>The JSON forms of lists, subjects, imports and history that the CLI's <c>--json</c> and the HTTP API
/// write alike. Field names are a contract: add, never rename.</summary>
public static class WatchListJson
{
    /// <summary>Writes a list summary: <c>{"name","format","createdAt","subjects","byCustody","byCategory","lastImport"}</c>.</summary>
    public static void WriteList(Utf8JsonWriter w, WatchListSummary list)
    {
        w.WriteStartObject();
        w.WriteString("name", list.Name);
        w.WriteString("format", list.Format);
        w.WriteString("createdAt", list.CreatedAt);
        w.WriteNumber("subjects", list.SubjectCount);
        w.WriteStartObject("byCustody");
        foreach ((CustodyState state, int count) in list.ByCustody.OrderBy(p => p.Key))
        {
            w.WriteNumber(CustodyStates.ToName(state), count);
        }

        w.WriteEndObject();
        w.WriteStartObject("byCategory");
        foreach ((ListingCategory category, int count) in list.ByCategory.OrderBy(p => p.Key))
        {
            w.WriteNumber(ListingCategories.ToName(category), count);
        }

        w.WriteEndObject();
        WriteImport(w, list.LastImport, "lastImport");
        w.WriteEndObject();
    }

    /// <summary>Writes an import record as the object <paramref name="property"/>, or null.</summary>
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

    /// <summary>Writes the fields of an import record into the current object.</summary>
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

    /// <summary>Writes a subject as <c>{"subjectId","sourceId","name"}</c>.</summary>
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

    /// <summary>Writes a subject in its vigil-jsonl form.</summary>
    public static void WriteSubject(Utf8JsonWriter w, Subject subject) => SubjectJson.WriteTo(w, subject);

    /// <summary>The subject's JSON form with what the store knows of it: current custody, removal, times.</summary>
    public static void WriteSubjectRecord(Utf8JsonWriter w, Subject subject, SubjectRecord? record) =>
        WriteSubjectRecord(w, subject, record, null);

    /// <summary>Writes a subject in its JSON form with <c>currentCustody</c> and, from its record, <c>removed</c>,
    /// <c>createdAt</c>, <c>updatedAt</c> and <c>removedAt</c>. With <paramref name="relatives"/>, <c>relations</c>
    /// lists every relative from both sides as <see cref="Relations.RelationJson.WriteRelative"/> writes it (rather
    /// than the relations recorded on the subject alone).</summary>
    public static void WriteSubjectRecord(Utf8JsonWriter w, Subject subject, SubjectRecord? record, IEnumerable<Relations.Relative>? relatives)
    {
        JsonObject document = JsonNode.Parse(SubjectJson.Serialize(subject))!.AsObject();
        if (relatives is not null)
        {
            System.Buffers.ArrayBufferWriter<byte> buffer = new();
            using (Utf8JsonWriter relationWriter = new(buffer))
            {
                relationWriter.WriteStartObject();
                Relations.RelationJson.WriteRelations(relationWriter, relatives);
                relationWriter.WriteEndObject();
            }

            document["relations"] = JsonNode.Parse(buffer.WrittenSpan)!["relations"]!.DeepClone();
        }

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

    /// <summary>Writes a history entry, with the values of the changed fields before and after.</summary>
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

    /// <summary>The wire name of a history action.</summary>
    public static string ActionName(HistoryAction action) => action switch
    {
        HistoryAction.Added => "added",
        HistoryAction.Changed => "changed",
        HistoryAction.Removed => "removed",
        HistoryAction.StatusChanged => "status-changed",
        HistoryAction.Edited => "edited",
        HistoryAction.RelationsChanged => "relations-changed",
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

    /// <summary>Writes the subjects an import added, changed and removed as <c>addedSubjects</c>, <c>changedSubjects</c>, <c>removedSubjects</c>.</summary>
    public static void WriteDiffArrays(
        Utf8JsonWriter w, IEnumerable<Subject> added, IEnumerable<(Subject Before, Subject After, IReadOnlyList<string> Fields)> changed, IEnumerable<Subject> removed)
    {
        w.WriteStartArray("addedSubjects");
        foreach (Subject s in added)
        {
            WriteSubjectBrief(w, s);
        }

        w.WriteEndArray();
        w.WriteStartArray("changedSubjects");
        foreach ((Subject before, Subject after, IReadOnlyList<string> fields) in changed)
        {
            WriteChange(w, before, after, fields);
        }

        w.WriteEndArray();
        w.WriteStartArray("removedSubjects");
        foreach (Subject s in removed)
        {
            WriteSubjectBrief(w, s);
        }

        w.WriteEndArray();
    }
}
