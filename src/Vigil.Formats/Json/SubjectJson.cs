using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Vigil.Domain;
using Vigil.Formats.Diagnostics;

namespace Vigil.Formats.Json;

/// <summary>The canonical JSON form of a <see cref="Subject"/>, used in files, by the CLI's <c>--json</c> output,
/// by the API and by storage.</summary>
/// <remarks>
/// <para>
/// Layout, in this order (camelCase; null values, unknown dates, <see cref="Gender.Unknown"/> and empty arrays are
/// left out): <c>subjectId</c>, <c>list</c>, <c>sourceId</c>, <c>kind</c>, <c>category</c>, <c>programmes</c>,
/// <c>reason</c>, <c>listedOn</c>, <c>names</c> (<c>full</c>, <c>given</c>, <c>family</c>, <c>patronymic</c>,
/// <c>script</c>, <c>quality</c>, <c>note</c>), <c>datesOfBirth</c> (the <see cref="DateOfBirth"/> text form:
/// <c>1988-04-12</c>, <c>1990</c>, <c>~1985</c>, <c>1978..1982</c>), <c>placesOfBirth</c> (<c>text</c>, <c>city</c>,
/// <c>region</c>, <c>country</c>), <c>nationalities</c>, <c>gender</c>, <c>documents</c> (<c>type</c>, <c>number</c>,
/// <c>country</c>, <c>issued</c>, <c>expires</c>, <c>typeText</c>, <c>note</c>), <c>addresses</c> (<c>street</c>,
/// <c>city</c>, <c>region</c>, <c>postalCode</c>, <c>country</c>, <c>countryText</c>, <c>note</c>), <c>titles</c>,
/// <c>remarks</c>, <c>custody</c> (<c>status</c>, <c>since</c>, <c>authority</c>, <c>place</c>, <c>country</c>,
/// <c>source</c>, <c>note</c>, <c>recordedAt</c>, <c>recordedBy</c>, <c>manual</c>) and <c>provenance</c>
/// (<c>sourceFile</c>, <c>sha256</c>, <c>importedAt</c>).
/// </para>
/// <para>
/// Enum texts: kind <c>person|organization|vessel|aircraft</c>; category <c>no-board|secondary-screening|monitor</c>;
/// quality <c>primary|strong-alias|weak-alias|original-script</c>; script <c>latin|arabic|cyrillic|greek|hebrew|han|
/// hangul|kana|brahmic|other|unknown</c>; gender <c>male|female|unspecified</c>; document type <c>passport|
/// national-id|visa|residence-permit|driving-licence|tax-number|crew-document|other</c>; custody status the names of
/// <see cref="CustodyStates"/>. Timestamps are ISO 8601 with their offset (<c>2026-01-02T10:00:00+00:00</c>).
/// </para>
/// <para>
/// Output is deterministic: the same subject always gives the same bytes. Non-ASCII letters are written as they
/// are (not <c>\u</c>-escaped) so Arabic and Cyrillic names stay readable. Reading is the inverse: for any subject
/// <c>s</c>, <c>Deserialize(Serialize(s))</c> equals <c>s</c> field by field, custody record-keeping and provenance
/// included. On input, missing <c>kind</c> means person, a missing name <c>quality</c> means primary for the first
/// name and strong alias for the others, a missing <c>script</c> is detected from the letters, and unknown
/// properties are ignored.
/// </para>
/// </remarks>
public static class SubjectJson
{
    [ThreadStatic]
    private static SubjectJsonParser? t_parser;

    /// <summary>The writer options of every method of this class: compact, non-ASCII letters unescaped.</summary>
    internal static JsonWriterOptions WriterOptions { get; } = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Indented = false,
        SkipValidation = true,
    };

    /// <summary>The JSON form of <paramref name="subject"/>, as a string.</summary>
    public static string Serialize(Subject subject)
    {
        ArgumentNullException.ThrowIfNull(subject);
        ArrayBufferWriter<byte> buffer = new(1024);
        using (Utf8JsonWriter writer = new(buffer, WriterOptions))
        {
            SubjectJsonWriter.Write(writer, subject, asListLine: false);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>The JSON form of <paramref name="subject"/>, as UTF-8 bytes.</summary>
    public static byte[] SerializeToUtf8Bytes(Subject subject)
    {
        ArgumentNullException.ThrowIfNull(subject);
        ArrayBufferWriter<byte> buffer = new(1024);
        using (Utf8JsonWriter writer = new(buffer, WriterOptions))
        {
            SubjectJsonWriter.Write(writer, subject, asListLine: false);
        }

        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>Writes the JSON form of <paramref name="subject"/> as the next value of <paramref name="writer"/>.</summary>
    /// <remarks>The writer's own options apply (indentation, encoder).</remarks>
    public static void WriteTo(Utf8JsonWriter writer, Subject subject)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(subject);
        SubjectJsonWriter.Write(writer, subject, asListLine: false);
    }

    /// <summary>The JSON form of a history entry, for <c>--json</c> output and the API.</summary>
    /// <remarks>
    /// Layout: <c>id</c>, <c>at</c>, <c>actor</c>, <c>action</c> (<c>added|changed|removed|status-changed|edited</c>),
    /// <c>subjectId</c>, <c>list</c>, <c>sourceId</c>, <c>importId</c>, <c>fields</c>, <c>before</c>, <c>after</c>
    /// (subjects in the form of <see cref="Serialize(Subject)"/>); nulls and empty arrays are left out.
    /// </remarks>
    public static string Serialize(HistoryEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArrayBufferWriter<byte> buffer = new(2048);
        using (Utf8JsonWriter writer = new(buffer, WriterOptions))
        {
            WriteTo(writer, entry);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>Writes the JSON form of a history entry (see <see cref="Serialize(HistoryEntry)"/>).</summary>
    public static void WriteTo(Utf8JsonWriter writer, HistoryEntry entry)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(entry);
        writer.WriteStartObject();
        writer.WriteNumber(JsonNames.Id, entry.Id);
        writer.WriteString(JsonNames.At, entry.At);
        writer.WriteString(JsonNames.Actor, entry.Actor);
        writer.WriteString(JsonNames.Action, JsonNames.HistoryActions.Encoded(entry.Action));
        writer.WriteString(JsonNames.SubjectId, entry.SubjectId.Value);
        writer.WriteString(JsonNames.List, entry.ListName);
        writer.WriteString(JsonNames.SourceId, entry.SourceId);
        if (entry.ImportId is { } importId)
        {
            writer.WriteNumber(JsonNames.ImportId, importId);
        }

        SubjectJsonWriter.WriteStrings(writer, JsonNames.Fields, entry.Fields);
        if (entry.Before is { } before)
        {
            writer.WritePropertyName(JsonNames.Before);
            SubjectJsonWriter.Write(writer, before, asListLine: false);
        }

        if (entry.After is { } after)
        {
            writer.WritePropertyName(JsonNames.After);
            SubjectJsonWriter.Write(writer, after, asListLine: false);
        }

        writer.WriteEndObject();
    }

    /// <summary>Reads the JSON form written by <see cref="Serialize(Subject)"/>.</summary>
    /// <exception cref="JsonException">The text is not JSON, or not a valid subject; the message gives the
    /// diagnostic code, the JSON path of the field and the column (UTF-16 characters from 1).</exception>
    public static Subject Deserialize(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        byte[] rented = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(json.Length));
        try
        {
            int length = Encoding.UTF8.GetBytes(json, rented);
            return Deserialize(rented.AsSpan(0, length));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
    }

    /// <summary>Reads the JSON form written by <see cref="SerializeToUtf8Bytes"/>.</summary>
    /// <exception cref="JsonException">The bytes are not JSON, or not a valid subject (see <see cref="Deserialize(string)"/>).</exception>
    public static Subject Deserialize(ReadOnlySpan<byte> utf8Json)
    {
        // A leading byte order mark is tolerated, as files written by editors may carry one.
        if (utf8Json.StartsWith("\uFEFF"u8))
        {
            utf8Json = utf8Json[3..];
        }

        SubjectJsonParser parser = t_parser ??= SubjectJsonParser.ForStored();
        List<Diagnostic> diagnostics = [];
        Subject? subject = parser.Parse(utf8Json, null, diagnostics);
        if (subject is not null)
        {
            return subject;
        }

        Diagnostic first = diagnostics.First(d => d.IsError);
        throw new JsonException(
            $"{first.Code}: {first.Message} (field '{first.Position.Field}', column {first.Position.Column})",
            first.Position.Field,
            null,
            null);
    }
}
