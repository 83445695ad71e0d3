using System.Collections.Immutable;
using System.Text.Json;

namespace Vigil.Screening.Evaluation;

/// <summary>Reads an engine's result file (JSON lines <c>{"id","status","hits":[{"sourceId","score"}]}</c>), for
/// scoring results written earlier or by another engine.</summary>
/// <remarks>Only <c>id</c>, <c>status</c> and <c>hits[].sourceId</c>/<c>hits[].score</c> are read; a missing score
/// is 0. A line that is not a JSON object is skipped and counted in <c>skipped</c>.</remarks>
public static class EngineResultFile
{
    /// <summary>Reads every result line of <paramref name="stream"/> (not disposed).</summary>
    public static IReadOnlyList<EngineResult> Read(Stream stream, out int skipped)
    {
        ArgumentNullException.ThrowIfNull(stream);
        List<EngineResult> results = [];
        skipped = 0;
        using StreamReader reader = new(stream, leaveOpen: true);
        while (reader.ReadLine() is { } line)
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            try
            {
                using JsonDocument document = JsonDocument.Parse(line);
                JsonElement root = document.RootElement;
                if (root.ValueKind != JsonValueKind.Object)
                {
                    skipped++;
                    continue;
                }

                string? id = root.TryGetProperty("id", out JsonElement idValue) && idValue.ValueKind == JsonValueKind.String ? idValue.GetString() : null;
                bool review = root.TryGetProperty("status", out JsonElement status) && status.ValueKind == JsonValueKind.String && status.ValueEquals("review"u8);
                ImmutableArray<EngineHit>.Builder hits = ImmutableArray.CreateBuilder<EngineHit>();
                if (root.TryGetProperty("hits", out JsonElement array) && array.ValueKind == JsonValueKind.Array)
                {
                    foreach (JsonElement hit in array.EnumerateArray())
                    {
                        if (hit.ValueKind != JsonValueKind.Object)
                        {
                            continue;
                        }

                        string? sourceId = hit.TryGetProperty("sourceId", out JsonElement s) && s.ValueKind == JsonValueKind.String ? s.GetString() : null;
                        double score = hit.TryGetProperty("score", out JsonElement v) && v.ValueKind == JsonValueKind.Number ? v.GetDouble() : 0;
                        hits.Add(new EngineHit(sourceId, score));
                    }
                }

                results.Add(new EngineResult(id, review, hits.ToImmutable()));
            }
            catch (JsonException)
            {
                skipped++;
            }
        }

        return results;
    }
}
