using System.Text.Json;
using Vigil.Domain;

namespace Vigil.Screening.Relations;

/// <summary>The JSON form of a subject's relatives, as <c>vigil subjects show --json</c>, screening results and the
/// analysts' review items write them. Field names are a contract: add, never rename.</summary>
public static class RelationJson
{
    /// <summary>Writes <c>"relations":[…]</c>, each relative as <see cref="WriteRelative"/> writes it.</summary>
    public static void WriteRelations(Utf8JsonWriter w, IEnumerable<Relative> relatives)
    {
        ArgumentNullException.ThrowIfNull(w);
        ArgumentNullException.ThrowIfNull(relatives);
        w.WriteStartArray("relations");
        foreach (Relative relative in relatives)
        {
            WriteRelative(w, relative);
        }

        w.WriteEndArray();
    }

    /// <summary>Writes one relative: <c>{"type","subjectId","list","sourceId","name","category","custody","since",
    /// "source","note","manual","recordedOn","removed"}</c>. <c>type</c> is what the relative is to the subject;
    /// <c>category</c> is null for a relative that is not in the store; <c>custody</c> is its current status;
    /// <c>since</c>, <c>source</c>, <c>note</c> and <c>name</c> are null when unknown.</summary>
    public static void WriteRelative(Utf8JsonWriter w, Relative relative)
    {
        ArgumentNullException.ThrowIfNull(w);
        ArgumentNullException.ThrowIfNull(relative);
        w.WriteStartObject();
        w.WriteString("type", RelationTypes.ToName(relative.Type));
        w.WriteString("subjectId", relative.SubjectId.Value);
        w.WriteString("list", relative.List);
        w.WriteString("sourceId", relative.SourceId);
        w.WriteString("name", relative.Name);
        w.WriteString("category", relative.Category is { } category ? ListingCategories.ToName(category) : null);
        w.WriteString("custody", CustodyStates.ToName(relative.Custody));
        w.WriteString("since", relative.Since.IsUnknown ? null : relative.Since.ToString());
        w.WriteString("source", relative.Source);
        w.WriteString("note", relative.Note);
        w.WriteBoolean("manual", relative.IsManual);
        w.WriteString("recordedOn", relative.RecordedOn.Value);
        w.WriteBoolean("removed", relative.IsRemoved);
        w.WriteEndObject();
    }
}
