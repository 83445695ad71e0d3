using System.Buffers;
using System.Collections.Immutable;
using System.Text;
using Vigil.Formats.Diagnostics;

namespace Vigil.Formats.Mrz;

/// <summary>Reads the machine readable zone of a passport, identity card or visa (ICAO Doc 9303 Parts 3 to 7).</summary>
/// <remarks>
/// <para>
/// The input is the text of the zone: its lines, in order, separated by LF, CR LF or CR. Blank lines, and spaces
/// or tabs around a line, are ignored. The layout is found from the number and length of the lines: 3 x 30 is TD1,
/// 2 x 36 is TD2 (MRV-B when the document code starts with <c>V</c>), 2 x 44 is TD3 (MRV-A when it starts with
/// <c>V</c>).
/// </para>
/// <para>
/// Reading is tolerant and says what it did: a line too short is read as if filled with <c>&lt;</c>, a line too
/// long is cut, lines run together are read apart, a missing line leaves its fields unread, extra lines are
/// ignored, lower case is read as capitals; each of these is an error located by line and column, and every field
/// that can be read is returned. Every check digit is verified; a failed one is named in
/// <see cref="MachineReadableZone.FailedChecks"/> and reported at the check digit. Only an input with no shape of a
/// zone at all is <see cref="MrzOutcome.Unreadable"/>.
/// </para>
/// <para>
/// Two-digit years are read against <c>today</c>: a date of birth takes the latest century that does not put it
/// after today; an expiry date takes the year within 50 years either side of today. Codes of the diagnostics are
/// <c>VGL-MRZ001</c> to <c>VGL-MRZ020</c> (see <see cref="MrzDiagnostics"/>), with positions as described there.
/// </para>
/// <para>Thread-safe: every method is static and keeps no state. Parsing one zone allocates little beyond the result:
/// the work is done on stack buffers and strings are made only for the fields returned.</para>
/// </remarks>
public static partial class MrzParser
{
    /// <summary>The largest input read, in bytes (or characters for text); a larger one is unreadable.</summary>
    public const int MaxInputBytes = 64 * 1024;

    private const int StackChars = 512;

    /// <summary>Reads a zone from bytes: ASCII or UTF-8, with or without a byte order mark.</summary>
    /// <param name="input">The bytes of the file.</param>
    /// <param name="today">The reference date for two-digit years.</param>
    /// <param name="sourceName">The name of the input used in diagnostics (a file name), or null.</param>
    /// <returns>The outcome, the issues and the fields; never throws on bad input.</returns>
    public static MrzParseResult Parse(ReadOnlySpan<byte> input, DateOnly today, string? sourceName = null)
    {
        if (input.Length > MaxInputBytes)
        {
            return Unreadable(MrzDiagnostics.TooLarge(At(sourceName, 1, 1), MaxInputBytes));
        }

        if (input.StartsWith("\uFEFF"u8))
        {
            input = input[3..];
        }

        char[]? rented = null;
        try
        {
            int length = Encoding.UTF8.GetMaxCharCount(input.Length);
            Span<char> chars = length <= StackChars ? stackalloc char[StackChars] : (rented = ArrayPool<char>.Shared.Rent(length));
            int count = Ascii.ToUtf16(input, chars, out int written) == OperationStatus.Done
                ? written
                : Encoding.UTF8.GetChars(input, chars);
            return ParseText(chars[..count], today, sourceName);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<char>.Shared.Return(rented);
            }
        }
    }

    /// <summary>Reads a zone from a stream (ASCII or UTF-8), reading at most <see cref="MaxInputBytes"/> + 1 bytes.</summary>
    /// <param name="stream">The input; read to its end (or past the limit), not disposed.</param>
    /// <param name="today">The reference date for two-digit years.</param>
    /// <param name="sourceName">The name of the input used in diagnostics (a file name), or null.</param>
    /// <returns>The outcome, the issues and the fields; never throws on bad input.</returns>
    public static MrzParseResult Parse(Stream stream, DateOnly today, string? sourceName = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        byte[] buffer = ArrayPool<byte>.Shared.Rent(MaxInputBytes + 1);
        try
        {
            int total = 0;
            while (total < MaxInputBytes + 1)
            {
                int read = stream.Read(buffer, total, MaxInputBytes + 1 - total);
                if (read == 0)
                {
                    break;
                }

                total += read;
            }

            return Parse(buffer.AsSpan(0, total), today, sourceName);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>Reads a zone from text.</summary>
    /// <param name="text">The lines of the zone.</param>
    /// <param name="today">The reference date for two-digit years.</param>
    /// <param name="sourceName">The name of the input used in diagnostics (a file name), or null.</param>
    /// <returns>The outcome, the issues and the fields; never throws on bad input.</returns>
    public static MrzParseResult ParseText(ReadOnlySpan<char> text, DateOnly today, string? sourceName = null)
    {
        if (text.Length > MaxInputBytes)
        {
            return Unreadable(MrzDiagnostics.TooLarge(At(sourceName, 1, 1), MaxInputBytes));
        }

        if (text.StartsWith('\uFEFF'))
        {
            text = text[1..];
        }

        List<Diagnostic>? issues = null;
        Span<ZoneLine> lines = stackalloc ZoneLine[3];
        if (!TryFindZone(text, sourceName, lines, out Shape shape, ref issues))
        {
            return new MrzParseResult(MrzOutcome.Unreadable, Sorted(issues), null);
        }

        lines = lines[..shape.LineCount];
        MrzFormat format = FormatOf(text, shape, lines);
        Span<char> grid = stackalloc char[shape.LineCount * shape.Width];
        FillGrid(text, shape, format, lines, grid, sourceName, ref issues);

        MrzFieldReader reader = new(grid, shape.Width, lines, format, today, sourceName, issues);
        MachineReadableZone zone = reader.Read(out issues);
        bool hasError = issues is not null && issues.Exists(d => d.IsError);
        return new MrzParseResult(hasError ? MrzOutcome.Invalid : MrzOutcome.Valid, Sorted(issues), zone);
    }

    /// <summary>The text of a layout in messages: <c>TD1</c>, <c>TD2</c>, <c>TD3</c>, <c>MRV-A</c>, <c>MRV-B</c>.</summary>
    internal static string Label(MrzFormat format) => format switch
    {
        MrzFormat.Td1 => "TD1",
        MrzFormat.Td2 => "TD2",
        MrzFormat.Td3 => "TD3",
        MrzFormat.MrvA => "MRV-A",
        _ => "MRV-B",
    };

    internal static SourcePosition At(string? source, int line, int column, string? field = null) =>
        new() { Source = source, Line = line, Column = column, Field = field };

    internal static void Add(ref List<Diagnostic>? issues, Diagnostic diagnostic) => (issues ??= []).Add(diagnostic);

    private static MrzParseResult Unreadable(Diagnostic diagnostic) => new(MrzOutcome.Unreadable, [diagnostic], null);

    private static ImmutableArray<Diagnostic> Sorted(List<Diagnostic>? issues)
    {
        if (issues is null || issues.Count == 0)
        {
            return [];
        }

        // A stable sort by position: issues at the same place keep the order they were found in.
        Diagnostic[] array = [.. issues];
        int[] order = new int[array.Length];
        for (int i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }

        Array.Sort(order, (a, b) =>
        {
            int c = (array[a].Position.Line ?? 0).CompareTo(array[b].Position.Line ?? 0);
            c = c != 0 ? c : (array[a].Position.Column ?? 0).CompareTo(array[b].Position.Column ?? 0);
            return c != 0 ? c : a.CompareTo(b);
        });
        ImmutableArray<Diagnostic>.Builder sorted = ImmutableArray.CreateBuilder<Diagnostic>(array.Length);
        foreach (int i in order)
        {
            sorted.Add(array[i]);
        }

        return sorted.MoveToImmutable();
    }

    private static MrzFormat FormatOf(ReadOnlySpan<char> text, Shape shape, ReadOnlySpan<ZoneLine> lines)
    {
        // Doc 9303 Part 7: a visa's document code starts with V; the line length alone cannot tell it from TD2/TD3.
        bool visa = lines[0].Present && lines[0].Length > 0 && text[lines[0].Start] is 'V' or 'v';
        return shape.Width switch
        {
            30 => MrzFormat.Td1,
            36 => visa ? MrzFormat.MrvB : MrzFormat.Td2,
            _ => visa ? MrzFormat.MrvA : MrzFormat.Td3,
        };
    }

    /// <summary>Copies the zone's lines into a grid of fixed width, in capitals, reporting lengths and bad characters.</summary>
    private static void FillGrid(
        ReadOnlySpan<char> text, Shape shape, MrzFormat format, ReadOnlySpan<ZoneLine> lines, Span<char> grid, string? source, ref List<Diagnostic>? issues)
    {
        grid.Fill('<');
        string layout = Label(format);
        for (int i = 0; i < lines.Length; i++)
        {
            ZoneLine line = lines[i];
            if (!line.Present)
            {
                continue;
            }

            ReadOnlySpan<char> piece = text.Slice(line.Start, line.Length);
            if (piece.Length < shape.Width)
            {
                Add(ref issues, MrzDiagnostics.LineTooShort(At(source, line.FileLine, line.Column + piece.Length), i + 1, piece.Length, layout, shape.Width));
            }
            else if (piece.Length > shape.Width)
            {
                ReadOnlySpan<char> extra = piece[shape.Width..];
                string shown = extra.Length <= 20 ? extra.ToString() : string.Concat(extra[..20], "...");
                Add(ref issues, MrzDiagnostics.LineTooLong(At(source, line.FileLine, line.Column + shape.Width), i + 1, piece.Length, layout, shape.Width, shown));
                piece = piece[..shape.Width];
            }

            Span<char> row = grid.Slice(i * shape.Width, shape.Width);
            int runStart = -1;
            bool runLower = false;
            for (int c = 0; c <= piece.Length; c++)
            {
                char ch = c < piece.Length ? piece[c] : '\0';
                bool lower = ch is >= 'a' and <= 'z';
                bool bad = c < piece.Length && !lower && CheckDigit.ValueOf(ch) < 0;
                bool inRun = c < piece.Length && (lower || bad);
                if (runStart >= 0 && (!inRun || lower != runLower))
                {
                    ReportRun(piece[runStart..c], runLower, At(source, line.FileLine, line.Column + runStart), ref issues);
                    runStart = -1;
                }

                if (inRun && runStart < 0)
                {
                    runStart = c;
                    runLower = lower;
                }

                if (c < piece.Length)
                {
                    row[c] = lower ? (char)(ch - 32) : ch;
                }
            }
        }
    }

    private static void ReportRun(ReadOnlySpan<char> run, bool lower, SourcePosition at, ref List<Diagnostic>? issues)
    {
        string shown = run.Length <= 20 ? run.ToString() : string.Concat(run[..20], "...");
        Add(ref issues, lower ? MrzDiagnostics.LowerCase(at, shown) : MrzDiagnostics.InvalidCharacter(at, shown));
    }
}
