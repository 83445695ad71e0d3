using System.Globalization;

namespace Vigil.LoadTest;

/// <summary>Reads a duration from a <c>Server-Timing</c> response header (W3C Server Timing):
/// <c>app;dur=1.234</c>, possibly among other metrics (<c>db;dur=0.5, app;desc="screening";dur=1.2</c>).</summary>
internal static class ServerTiming
{
    /// <summary>The <c>dur</c> parameter of <paramref name="metric"/> in one header value, in milliseconds.</summary>
    public static bool TryReadDuration(string? header, string metric, out double milliseconds)
    {
        milliseconds = double.NaN;
        if (string.IsNullOrEmpty(header))
        {
            return false;
        }

        foreach (string entry in SplitOutsideQuotes(header, ','))
        {
            List<string> parts = SplitOutsideQuotes(entry, ';');
            if (!string.Equals(parts[0].Trim(), metric, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            for (int i = 1; i < parts.Count; i++)
            {
                string parameter = parts[i].Trim();
                int equals = parameter.IndexOf('=', StringComparison.Ordinal);
                if (equals < 0 || !string.Equals(parameter[..equals].Trim(), "dur", StringComparison.OrdinalIgnoreCase))
                {
                    continue;
                }

                string value = parameter[(equals + 1)..].Trim().Trim('"');
                if (double.TryParse(value, NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out double parsed)
                    && parsed >= 0 && double.IsFinite(parsed))
                {
                    milliseconds = parsed;
                    return true;
                }

                return false;
            }
        }

        return false;
    }

    /// <summary>The duration of <paramref name="metric"/> in any of the header's values.</summary>
    public static bool TryReadDuration(IEnumerable<string> headers, string metric, out double milliseconds)
    {
        ArgumentNullException.ThrowIfNull(headers);
        foreach (string header in headers)
        {
            if (TryReadDuration(header, metric, out milliseconds))
            {
                return true;
            }
        }

        milliseconds = double.NaN;
        return false;
    }

    /// <summary>Splits at <paramref name="separator"/>, except inside a quoted string (a <c>desc</c> may hold one).</summary>
    private static List<string> SplitOutsideQuotes(string text, char separator)
    {
        List<string> parts = [];
        bool quoted = false;
        int start = 0;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c == '\\' && quoted)
            {
                i++;
            }
            else if (c == '"')
            {
                quoted = !quoted;
            }
            else if (c == separator && !quoted)
            {
                parts.Add(text[start..i]);
                start = i + 1;
            }
        }

        parts.Add(text[start..]);
        return parts;
    }
}
