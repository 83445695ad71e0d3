using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Vigil.Formats.Edifact;
using Vigil.Formats.Paxlst;
using Vigil.Formats.Pnrgov;

namespace Vigil.Formats.Tests.Edifact;

/// <summary>Parses example files and renders them as the JSON document of <c>vigil parse</c>.</summary>
internal static class ParseJson
{
    /// <summary>The reference date for inputs without UNB: a fixed day, so tests never depend on the clock.</summary>
    public static readonly DateOnly Today = new(2025, 6, 1);

    public static EdifactReadOptions Options(string source = "test.edi") => new() { Source = source, Today = Today };

    /// <summary>The JSON document for a file of the given format (<c>paxlst</c>, <c>pnrgov</c>).</summary>
    public static JsonNode Render(string format, byte[] bytes, string source = "test.edi")
    {
        using MemoryStream buffer = new();
        using (Utf8JsonWriter writer = new(buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            switch (format)
            {
                case "paxlst":
                    PaxlstJsonWriter.Write(writer, PaxlstParser.Parse(bytes, Options(source)));
                    break;
                case "pnrgov":
                    PnrgovJsonWriter.Write(writer, PnrgovParser.Parse(bytes, Options(source)));
                    break;
                default:
                    throw new ArgumentException($"No parser for '{format}'.", nameof(format));
            }
        }

        return JsonNode.Parse(buffer.ToArray())!;
    }
}
