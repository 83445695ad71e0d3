using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Vigil.Formats.Diagnostics;

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
