using System.Globalization;
using System.Text;
using Vigil.Formats.Diagnostics;

namespace Vigil.Formats.Mrz;

/// <content>Finding the lines of the zone and its layout from the number and length of the input's lines.</content>
public static partial class MrzParser
{
    /// <summary>More non-blank lines than this and the input is not a zone.</summary>
    private const int MaxLines = 64;

    private static readonly Shape[] Shapes = [new(44, 2), new(36, 2), new(30, 3)];

    /// <summary>Finds the lines of the zone.</summary>
    /// <returns>False when the input has no usable zone; the reason is in <paramref name="issues"/>.</returns>
    private static bool TryFindZone(ReadOnlySpan<char> text, string? source, Span<ZoneLine> zone, out Shape shape, ref List<Diagnostic>? issues)
    {
        shape = default;
        Span<ZoneLine> found = stackalloc ZoneLine[MaxLines];
        int count = 0;
        int number = 1, position = 0;
        while (true)
        {
            int lineStart = position;
            int end = text[position..].IndexOfAny('\r', '\n');
            end = end < 0 ? text.Length : position + end;
            int s = lineStart, e = end;
            while (s < e && char.IsWhiteSpace(text[s]))
            {
                s++;
            }

            while (e > s && char.IsWhiteSpace(text[e - 1]))
            {
                e--;
            }

            if (e > s)
            {
                if (count == MaxLines)
                {
                    Add(ref issues, MrzDiagnostics.NotAZone(At(source, number, s - lineStart + 1), $"more than {MaxLines} lines"));
                    return false;
                }

                found[count++] = new ZoneLine(true, number, s, e - s, s - lineStart + 1);
            }

            if (end == text.Length)
            {
                break;
            }

            position = end + (text[end] == '\r' && end + 1 < text.Length && text[end + 1] == '\n' ? 2 : 1);
            number++;
        }

        found = found[..count];
        if (count == 0)
        {
            Add(ref issues, MrzDiagnostics.EmptyInput(At(source, 1, 1)));
            return false;
        }

        if (!TryExact(found, zone, out shape, source, ref issues)
            && !TryJoined(found, zone, out shape, source, ref issues)
            && !TryNearest(text, found, zone, out shape, source, ref issues))
        {
            return false;
        }

        // Input that is mostly not zone characters (a PDF, a JSON file) is not a zone, whatever its line lengths.
        int total = 0, usable = 0;
        foreach (ZoneLine line in zone[..shape.LineCount])
        {
            if (line.Present)
            {
                foreach (char c in text.Slice(line.Start, line.Length))
                {
                    total++;
                    if (char.IsAsciiLetterOrDigit(c) || c == '<')
                    {
                        usable++;
                    }
                }
            }
        }

        if (usable * 2 < total)
        {
            ZoneLine first = zone[0].Present ? zone[0] : zone[1];
            Add(ref issues, MrzDiagnostics.NotAZone(At(source, first.FileLine, first.Column), "lines made mostly of characters other than A-Z, 0-9 and '<'"));
            return false;
        }

        return true;
    }

    /// <summary>Lines of exactly the right lengths, one after the other; other lines are reported and ignored.</summary>
    private static bool TryExact(ReadOnlySpan<ZoneLine> found, Span<ZoneLine> zone, out Shape shape, string? source, ref List<Diagnostic>? issues)
    {
        foreach (Shape candidate in Shapes)
        {
            for (int start = 0; start + candidate.LineCount <= found.Length; start++)
            {
                bool fits = true;
                for (int i = 0; i < candidate.LineCount && fits; i++)
                {
                    fits = found[start + i].Length == candidate.Width;
                }

                if (fits)
                {
                    shape = candidate;
                    TakeWindow(found, start, zone, candidate, source, ref issues);
                    return true;
                }
            }
        }

        shape = default;
        return false;
    }

    /// <summary>Too few lines, some of which hold two or three lines of the zone run together.</summary>
    private static bool TryJoined(ReadOnlySpan<ZoneLine> found, Span<ZoneLine> zone, out Shape shape, string? source, ref List<Diagnostic>? issues)
    {
        foreach (Shape candidate in Shapes)
        {
            if (found.Length >= candidate.LineCount)
            {
                continue;
            }

            int pieces = 0;
            bool fits = true;
            foreach (ZoneLine line in found)
            {
                fits &= line.Length % candidate.Width == 0;
                pieces += line.Length / candidate.Width;
            }

            if (!fits || pieces != candidate.LineCount)
            {
                continue;
            }

            shape = candidate;
            SplitJoined(found, zone, candidate, source, ref issues);
            return true;
        }

        // One line a character or two away from a whole zone: the lines run together, one of them a little short or
        // long. Cut at the layout's width; the last line then reports the difference.
        shape = default;
        if (found.Length == 1)
        {
            ZoneLine line = found[0];
            int nearest = int.MaxValue;
            foreach (Shape candidate in Shapes)
            {
                int distance = Math.Abs(line.Length - (candidate.LineCount * candidate.Width));
                if (distance <= 2 && distance < nearest)
                {
                    (nearest, shape) = (distance, candidate);
                }
            }

            if (nearest <= 2)
            {
                Add(ref issues, MrzDiagnostics.LinesJoined(At(source, line.FileLine, line.Column + shape.Width), shape.LineCount, shape.Family, shape.Width));
                for (int k = 0; k < shape.LineCount; k++)
                {
                    int start = k * shape.Width;
                    int length = k == shape.LineCount - 1 ? line.Length - start : shape.Width;
                    zone[k] = line with { Start = line.Start + start, Length = length, Column = line.Column + start };
                }

                return true;
            }
        }

        shape = default;
        return false;
    }

    private static void SplitJoined(ReadOnlySpan<ZoneLine> found, Span<ZoneLine> zone, Shape candidate, string? source, ref List<Diagnostic>? issues)
    {
        int slot = 0;
        foreach (ZoneLine line in found)
        {
            int parts = line.Length / candidate.Width;
            if (parts > 1)
            {
                Add(ref issues, MrzDiagnostics.LinesJoined(At(source, line.FileLine, line.Column + candidate.Width), parts, candidate.Family, candidate.Width));
            }

            for (int k = 0; k < parts; k++)
            {
                zone[slot++] = line with { Start = line.Start + (k * candidate.Width), Length = candidate.Width, Column = line.Column + (k * candidate.Width) };
            }
        }
    }

    /// <summary>The layout whose line count and lengths are nearest, if near enough; lines are cut, filled, dropped or
    /// left missing to fit it.</summary>
    private static bool TryNearest(ReadOnlySpan<char> text, ReadOnlySpan<ZoneLine> found, Span<ZoneLine> zone, out Shape shape, string? source, ref List<Diagnostic>? issues)
    {
        shape = default;
        int bestWeighted = int.MaxValue, bestCost = int.MaxValue, bestLengthCost = int.MaxValue, bestStart = 0;
        foreach (Shape candidate in Shapes)
        {
            int cost, lengthCost, start = 0;
            if (found.Length >= candidate.LineCount)
            {
                lengthCost = int.MaxValue;
                for (int s = 0; s + candidate.LineCount <= found.Length; s++)
                {
                    int c = 0;
                    for (int i = 0; i < candidate.LineCount; i++)
                    {
                        c += Math.Abs(found[s + i].Length - candidate.Width);
                    }

                    if (c < lengthCost)
                    {
                        lengthCost = c;
                        start = s;
                    }
                }

                cost = lengthCost;
            }
            else
            {
                lengthCost = 0;
                foreach (ZoneLine line in found)
                {
                    lengthCost += Math.Abs(line.Length - candidate.Width);
                }

                cost = lengthCost + ((candidate.LineCount - found.Length) * candidate.Width);
            }

            // A line of the wrong length says more against a layout than a missing line does: two lines of 30 are
            // a TD1 card without its third line rather than a TD2 card with both lines 6 characters short.
            int weighted = cost + (3 * lengthCost);
            if (weighted < bestWeighted || (weighted == bestWeighted && lengthCost < bestLengthCost))
            {
                (bestWeighted, bestCost, bestLengthCost, bestStart, shape) = (weighted, cost, lengthCost, start, candidate);
            }
        }

        // Beyond half the characters of the layout wrong or missing, there is no zone to speak of.
        if (bestCost * 2 > shape.LineCount * shape.Width)
        {
            Add(ref issues, MrzDiagnostics.NotAZone(At(source, found[0].FileLine, found[0].Column), Describe(found)));
            return false;
        }

        if (found.Length >= shape.LineCount)
        {
            TakeWindow(found, bestStart, zone, shape, source, ref issues);
            return true;
        }

        // Fewer lines than the layout has: put each where its content fits best, in order, and report the others missing.
        int bestMask = 0;
        double bestScore = double.MinValue;
        for (int mask = 1; mask < 1 << shape.LineCount; mask++)
        {
            if (int.PopCount(mask) != found.Length)
            {
                continue;
            }

            double score = 0;
            int piece = 0;
            for (int slot = 0; slot < shape.LineCount; slot++)
            {
                if ((mask & (1 << slot)) != 0)
                {
                    ZoneLine line = found[piece++];
                    score += SlotScore(text.Slice(line.Start, line.Length), shape, slot);
                }
            }

            if (score > bestScore)
            {
                (bestScore, bestMask) = (score, mask);
            }
        }

        int next = 0;
        for (int slot = 0; slot < shape.LineCount; slot++)
        {
            zone[slot] = (bestMask & (1 << slot)) != 0 ? found[next++] : default;
        }

        for (int slot = 0; slot < shape.LineCount; slot++)
        {
            if (!zone[slot].Present)
            {
                int anchor = slot > 0 && zone[slot - 1].FileLine > 0 ? zone[slot - 1].FileLine + 1 : NextPresentLine(zone, slot, shape);
                zone[slot] = new ZoneLine(false, anchor, 0, 0, 1);
                Add(ref issues, MrzDiagnostics.MissingLine(At(source, anchor, 1), shape.Family, shape.LineCount, found.Length, slot + 1, shape.What(slot)));
            }
        }

        return true;
    }

    private static int NextPresentLine(ReadOnlySpan<ZoneLine> zone, int slot, Shape shape)
    {
        for (int i = slot + 1; i < shape.LineCount; i++)
        {
            if (zone[i].Present)
            {
                return zone[i].FileLine;
            }
        }

        return 1;
    }

    private static void TakeWindow(ReadOnlySpan<ZoneLine> found, int start, Span<ZoneLine> zone, Shape shape, string? source, ref List<Diagnostic>? issues)
    {
        for (int i = 0; i < found.Length; i++)
        {
            if (i >= start && i < start + shape.LineCount)
            {
                zone[i - start] = found[i];
            }
            else
            {
                Add(ref issues, MrzDiagnostics.ExtraLine(At(source, found[i].FileLine, found[i].Column), shape.Family, shape.LineCount, found[i].Length));
            }
        }
    }

    /// <summary>How well a line's content fits a line of the layout, from 0 to 1: the lines with dates have digits
    /// where the dates are; the name lines have none.</summary>
    private static double SlotScore(ReadOnlySpan<char> line, Shape shape, int slot) => (shape.LineCount, slot) switch
    {
        (2, 0) => 1 - DigitShare(line, 0, line.Length),
        (2, _) => (DigitShare(line, 13, 6) + DigitShare(line, 21, 6)) / 2,
        (_, 0) => (line.Length > 0 && char.IsAsciiLetter(line[0]) ? 0.5 : 0) + (0.5 * DigitShare(line, 5, 9)),
        (_, 1) => (DigitShare(line, 0, 6) + DigitShare(line, 8, 6)) / 2,
        _ => 1 - DigitShare(line, 0, line.Length),
    };

    private static double DigitShare(ReadOnlySpan<char> line, int start, int count)
    {
        if (count == 0)
        {
            return 0;
        }

        int digits = 0;
        for (int i = start; i < start + count && i < line.Length; i++)
        {
            if (char.IsAsciiDigit(line[i]))
            {
                digits++;
            }
        }

        return (double)digits / count;
    }

    private static string Describe(ReadOnlySpan<ZoneLine> found)
    {
        StringBuilder text = new();
        text.Append(found.Length).Append(found.Length == 1 ? " line of " : " lines of ");
        int shown = Math.Min(found.Length, 5);
        for (int i = 0; i < shown; i++)
        {
            text.Append(i == 0 ? string.Empty : i == shown - 1 && shown == found.Length ? " and " : ", ")
                .Append(found[i].Length.ToString(CultureInfo.InvariantCulture));
        }

        return text.Append(shown < found.Length ? "... characters" : " characters").ToString();
    }

    /// <summary>A family of layouts by its line length and count.</summary>
    private readonly record struct Shape(int Width, int LineCount)
    {
        /// <summary>The layouts of this size, for messages written before the document code is known.</summary>
        public string Family => Width switch { 30 => "TD1", 36 => "TD2/MRV-B", _ => "TD3/MRV-A" };

        /// <summary>What a line holds, for messages.</summary>
        public string What(int slot) => (LineCount, slot) switch
        {
            (2, 0) => "document code, issuing state and name",
            (2, _) => "document number, nationality, dates and sex",
            (_, 0) => "document code, issuing state and document number",
            (_, 1) => "dates, sex and nationality",
            _ => "name",
        };
    }
}
