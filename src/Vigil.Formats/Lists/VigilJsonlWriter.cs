using System.Buffers;
using System.Text;
using System.Text.Json;
using Vigil.Domain;
using Vigil.Formats.Json;

namespace Vigil.Formats.Lists;

/// <summary>Writes subjects in the <c>vigil-jsonl</c> format read by <see cref="VigilJsonlReader"/>.</summary>
/// <remarks>
/// Each subject is one line: the JSON form of <see cref="SubjectJson"/> with the list's identifier as <c>id</c> and
/// without what the import supplies (Vigil id, list name, provenance, and the custody fields <c>recordedAt</c>,
/// <c>recordedBy</c> and <c>manual</c>). Every custody entry is written, manual ones included, so an export carries
/// what Vigil knows. Lines end with LF; output is UTF-8 without a byte order mark and is deterministic.
/// </remarks>
public static class VigilJsonlWriter
{
    /// <summary>Writes <paramref name="subjects"/>, one per line, after <paramref name="comments"/> as <c>#</c> lines.</summary>
    /// <param name="output">The stream to write to; not disposed.</param>
    /// <param name="subjects">The subjects, in the order to write them.</param>
    /// <param name="comments">Header comment lines, written as <c># text</c>; a comment with line breaks gives several lines.</param>
    public static void Write(Stream output, IEnumerable<Subject> subjects, IEnumerable<string>? comments = null)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(subjects);
        foreach (string comment in comments ?? [])
        {
            foreach (string line in comment.Split('\n'))
            {
                output.Write(Encoding.UTF8.GetBytes("# " + line.TrimEnd('\r') + "\n"));
            }
        }

        ArrayBufferWriter<byte> buffer = new(2048);
        using Utf8JsonWriter writer = new(buffer, SubjectJson.WriterOptions);
        foreach (Subject subject in subjects)
        {
            ArgumentNullException.ThrowIfNull(subject, nameof(subjects));
            buffer.ResetWrittenCount();
            writer.Reset(buffer);
            SubjectJsonWriter.Write(writer, subject, asListLine: true);
            writer.Flush();
            output.Write(buffer.WrittenSpan);
            output.WriteByte((byte)'\n');
        }
    }

    /// <summary>The line of <paramref name="subject"/>, without the line break.</summary>
    public static string ToLine(Subject subject)
    {
        ArgumentNullException.ThrowIfNull(subject);
        ArrayBufferWriter<byte> buffer = new(2048);
        using (Utf8JsonWriter writer = new(buffer, SubjectJson.WriterOptions))
        {
            SubjectJsonWriter.Write(writer, subject, asListLine: true);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
