using System.Collections.Immutable;
using System.Text;
using System.Text.Json;
using Vigil.Formats.Diagnostics;
using Vigil.Formats.Travelers;

namespace Vigil.Screening.Evaluation;

/// <summary>Reads a labelled query file in the layout of the matching evaluation sets.</summary>
/// <remarks>
/// One JSON object per line: <c>{"id","kind","name","dob","nationality","gender","expect","namesakeOf"?}</c>,
/// optionally with <c>"document"</c>. The traveler fields are read by <see cref="TravelerJsonlReader"/>, which
/// ignores the labels; <c>kind</c> and <c>expect</c> are read here. Blank lines are skipped; a byte order mark is
/// tolerated.
/// </remarks>
public static class LabelledQueryFile
{
    /// <summary>Reads the whole of <paramref name="stream"/> (not disposed).</summary>
    /// <param name="stream">The labelled file.</param>
    /// <param name="sourceName">The name used in diagnostics.</param>
    public static LabelledQuerySet Read(Stream stream, string? sourceName = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        byte[] bytes;
        using (MemoryStream copy = new())
        {
            stream.CopyTo(copy);
            bytes = copy.ToArray();
        }

        ImmutableArray<LabelledQuery>.Builder queries = ImmutableArray.CreateBuilder<LabelledQuery>();
        ImmutableArray<TravelerLine>.Builder travelers = ImmutableArray.CreateBuilder<TravelerLine>();
        ImmutableArray<Diagnostic>.Builder skipped = ImmutableArray.CreateBuilder<Diagnostic>();
        ReadOnlySpan<byte> rest = bytes;
        if (rest.StartsWith("\uFEFF"u8))
        {
            rest = rest[3..];
        }

        int lineNumber = 0;
        while (!rest.IsEmpty)
        {
            int newline = rest.IndexOf((byte)'\n');
            ReadOnlySpan<byte> line = newline >= 0 ? rest[..newline] : rest;
            rest = newline >= 0 ? rest[(newline + 1)..] : [];
            lineNumber++;
            if (TravelerJsonlReader.ReadLine(line, lineNumber, sourceName) is not { } traveler)
            {
                continue;
            }

            travelers.Add(traveler);
            if (traveler.Id is null || traveler.Errors.Any(IsStructural))
            {
                skipped.AddRange(traveler.Errors.Where(e => traveler.Id is null || IsStructural(e)));
                continue;
            }

            queries.Add(ReadLabels(line, traveler.Id));
        }

        return new LabelledQuerySet(queries.ToImmutable(), travelers.ToImmutable(), skipped.ToImmutable());
    }

    private static bool IsStructural(Diagnostic diagnostic) =>
        diagnostic.Code is TravelerDiagnostics.InvalidJsonCode or TravelerDiagnostics.NotAnObjectCode or TravelerDiagnostics.LineTooLongCode;

    /// <summary>Reads <c>kind</c> and <c>expect</c> of a line known to be one well-formed JSON object.</summary>
    private static LabelledQuery ReadLabels(ReadOnlySpan<byte> line, string id)
    {
        string? kind = null;
        bool positive = false;
        string? expect = null;
        Utf8JsonReader reader = new(line);
        reader.Read();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("kind"u8))
            {
                reader.Read();
                kind = reader.TokenType switch
                {
                    JsonTokenType.String => reader.GetString(),
                    JsonTokenType.Null or JsonTokenType.False => null,
                    // A structured kind cannot be a kind (score.py cannot use it as a key either).
                    JsonTokenType.StartObject or JsonTokenType.StartArray => null,
                    _ => Encoding.UTF8.GetString(reader.ValueSpan),
                };
                reader.Skip();
            }
            else if (reader.ValueTextEquals("expect"u8))
            {
                reader.Read();
                positive = reader.TokenType != JsonTokenType.Null;
                expect = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
                reader.Skip();
            }
            else
            {
                reader.Read();
                reader.Skip();
            }
        }

        // score.py: kind = q.get('kind') or ('innocent' if q.get('expect') is None else 'positive').
        string effectiveKind = string.IsNullOrEmpty(kind) || kind == "0" ? (positive ? "positive" : "innocent") : kind;
        return new LabelledQuery(id, effectiveKind, positive, expect);
    }
}
