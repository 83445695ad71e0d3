namespace Vigil.Formats.Edifact;

/// <summary>Reads the dates and times of EDIFACT messages: DTM values with their format code, PNRGOV
/// <c>DDMMYY</c> and <c>HHMM</c>, and the <c>DDMMMYY</c> of SSR free text.</summary>
/// <remarks>
/// Two-digit years (FORMATS.md §1): a birth date takes the latest century that does not put it after the reference
/// date; any other date takes the year within 50 years of it (from 50 years before to 49 after). The reference date
/// is the UNB preparation date.
/// </remarks>
internal static class EdifactDates
{
    private const int Format101 = (3 << 24) | ('1' << 16) | ('0' << 8) | '1';
    private const int Format102 = (3 << 24) | ('1' << 16) | ('0' << 8) | '2';
    private const int Format201 = (3 << 24) | ('2' << 16) | ('0' << 8) | '1';
    private const int Format202 = (3 << 24) | ('2' << 16) | ('0' << 8) | '2';
    private const int Format203 = (3 << 24) | ('2' << 16) | ('0' << 8) | '3';
    private const int Format204 = (3 << 24) | ('2' << 16) | ('0' << 8) | '4';

    private static readonly string[] Months = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"];

    /// <summary>How a two-digit year is given its century.</summary>
    public enum YearRule
    {
        /// <summary>The latest century that does not put the date after the reference date.</summary>
        Birth,

        /// <summary>The year within 50 years either side of the reference date.</summary>
        Window,
    }

    /// <summary>What reading a date gave.</summary>
    public enum Status
    {
        Ok,

        /// <summary>The value is not a valid date or time (<see cref="EdifactDiagnostics.InvalidDateCode"/>).</summary>
        Invalid,

        /// <summary>The format code is unknown or does not match the value (<see cref="EdifactDiagnostics.DateFormatCode"/>).</summary>
        FormatMismatch,
    }

    /// <summary>Reads a DTM date/time (C507 component 2) by its format code (component 3).</summary>
    /// <param name="value">The value.</param>
    /// <param name="formatCode">101, 102, 201, 202, 203, 204, or null: then 6 digits are YYMMDD, 8 CCYYMMDD, 10
    /// YYMMDDHHMM and 12 CCYYMMDDHHMM.</param>
    /// <param name="rule">How to read a two-digit year.</param>
    /// <param name="reference">The reference date.</param>
    /// <param name="result">The date, when the status is <see cref="Status.Ok"/>.</param>
    /// <param name="problem">What is wrong, when it is not.</param>
    public static Status TryParseDtm(ReadOnlySpan<char> value, string? formatCode, YearRule rule, DateOnly reference, out LocalDateTime result, out string problem)
    {
        result = default;
        problem = string.Empty;
        (bool century, bool time, bool seconds, int length) = formatCode switch
        {
            "101" => (false, false, false, 6),
            "102" => (true, false, false, 8),
            "201" => (false, true, false, 10),
            "202" => (false, true, true, 12),
            "203" => (true, true, false, 12),
            "204" => (true, true, true, 14),
            null => value.Length switch
            {
                6 => (false, false, false, 6),
                8 => (true, false, false, 8),
                10 => (false, true, false, 10),
                12 => (true, true, false, 12),
                _ => (false, false, false, -1),
            },
            _ => (false, false, false, 0),
        };
        if (length == 0)
        {
            problem = $"the date format code '{formatCode}' is not one of 101, 102, 201, 202, 203, 204";
            return Status.FormatMismatch;
        }

        if (length < 0)
        {
            problem = $"'{value.ToString()}' has {value.Length} characters; without a format code a date has 6 (YYMMDD), 8 (CCYYMMDD), 10 (YYMMDDHHMM) or 12 (CCYYMMDDHHMM)";
            return Status.FormatMismatch;
        }

        if (value.Length != length)
        {
            problem = $"format code {formatCode} expects {length} digits ({Layout(century, time, seconds)}), found '{value.ToString()}' ({value.Length} characters)";
            return Status.FormatMismatch;
        }

        if (!AllDigits(value))
        {
            problem = $"'{value.ToString()}' is not a date: expected digits ({Layout(century, time, seconds)})";
            return Status.Invalid;
        }

        int i = 0;
        int year = century ? Number(value, ref i, 4) : Number(value, ref i, 2);
        int month = Number(value, ref i, 2);
        int day = Number(value, ref i, 2);
        if (!century)
        {
            year = ResolveYear(year, month, day, rule, reference);
        }

        if (!TryDate(year, month, day, out DateOnly date))
        {
            problem = $"'{value.ToString()}' is not a valid date ({Layout(century, time, seconds)})";
            return Status.Invalid;
        }

        TimeOnly? timeOfDay = null;
        if (time)
        {
            int hour = Number(value, ref i, 2);
            int minute = Number(value, ref i, 2);
            int second = seconds ? Number(value, ref i, 2) : 0;
            if (hour > 23 || minute > 59 || second > 59)
            {
                problem = $"'{value.ToString()}' does not hold a valid time of day ({Layout(century, time, seconds)})";
                return Status.Invalid;
            }

            timeOfDay = new TimeOnly(hour, minute, second);
        }

        result = new LocalDateTime(date, timeOfDay, seconds);
        return Status.Ok;
    }

    /// <summary>Reads a DTM value that is a valid date or time of its format from its bytes, without making a string;
    /// false for anything else, which <see cref="TryParseDtm"/> then reads and explains.</summary>
    /// <param name="value">The value's bytes (component 2), trimmed, without release characters.</param>
    /// <param name="formatCode">The format code (component 3) packed by
    /// <see cref="Segment.Pack(ReadOnlySpan{byte})"/>, or 0 when there is none.</param>
    /// <param name="rule">How to read a two-digit year.</param>
    /// <param name="reference">The reference date.</param>
    /// <param name="result">The date, when true.</param>
    /// <returns>True exactly when <see cref="TryParseDtm"/> would give <see cref="Status.Ok"/> and the same date.</returns>
    public static bool TryParseDtmDigits(ReadOnlySpan<byte> value, int formatCode, YearRule rule, DateOnly reference, out LocalDateTime result)
    {
        result = default;
        (bool century, bool time, bool seconds, int length) = formatCode switch
        {
            Format101 => (false, false, false, 6),
            Format102 => (true, false, false, 8),
            Format201 => (false, true, false, 10),
            Format202 => (false, true, true, 12),
            Format203 => (true, true, false, 12),
            Format204 => (true, true, true, 14),
            0 => value.Length switch
            {
                6 => (false, false, false, 6),
                8 => (true, false, false, 8),
                10 => (false, true, false, 10),
                12 => (true, true, false, 12),
                _ => (false, false, false, -1),
            },
            _ => (false, false, false, -1),
        };
        if (value.Length != length)
        {
            return false;
        }

        foreach (byte b in value)
        {
            if ((uint)(b - '0') > 9)
            {
                return false;
            }
        }

        int i = 0;
        int year = century ? Number(value, ref i, 4) : Number(value, ref i, 2);
        int month = Number(value, ref i, 2);
        int day = Number(value, ref i, 2);
        if (!century)
        {
            year = ResolveYear(year, month, day, rule, reference);
        }

        if (!TryDate(year, month, day, out DateOnly date))
        {
            return false;
        }

        TimeOnly? timeOfDay = null;
        if (time)
        {
            int hour = Number(value, ref i, 2);
            int minute = Number(value, ref i, 2);
            int second = seconds ? Number(value, ref i, 2) : 0;
            if (hour > 23 || minute > 59 || second > 59)
            {
                return false;
            }

            timeOfDay = new TimeOnly(hour, minute, second);
        }

        result = new LocalDateTime(date, timeOfDay, seconds);
        return true;
    }

    /// <summary>Reads a <c>YYMMDD</c> or <c>CCYYMMDD</c> date (UNB, UNG).</summary>
    public static bool TryParseYymmdd(string value, YearRule rule, DateOnly reference, out DateOnly date)
    {
        date = default;
        if (value.Length is not (6 or 8) || !AllDigits(value))
        {
            return false;
        }

        int i = 0;
        int year = Number(value, ref i, value.Length == 8 ? 4 : 2);
        int month = Number(value, ref i, 2);
        int day = Number(value, ref i, 2);
        if (value.Length == 6)
        {
            year = ResolveYear(year, month, day, rule, reference);
        }

        return TryDate(year, month, day, out date);
    }

    /// <summary>Reads a PNRGOV <c>DDMMYY</c> date (or <c>DDMMCCYY</c>).</summary>
    public static bool TryParseDdmmyy(string value, YearRule rule, DateOnly reference, out DateOnly date)
    {
        date = default;
        if (value.Length is not (6 or 8) || !AllDigits(value))
        {
            return false;
        }

        int i = 0;
        int day = Number(value, ref i, 2);
        int month = Number(value, ref i, 2);
        int year = Number(value, ref i, value.Length == 8 ? 4 : 2);
        if (value.Length == 6)
        {
            year = ResolveYear(year, month, day, rule, reference);
        }

        return TryDate(year, month, day, out date);
    }

    /// <summary>Reads the <c>DDMMMYY</c> of SSR free text (<c>12JUL64</c>), or <c>DDMMMYYYY</c>.</summary>
    public static bool TryParseDdmmmyy(ReadOnlySpan<char> value, YearRule rule, DateOnly reference, out DateOnly date)
    {
        date = default;
        if (value.Length is not (7 or 9) || !char.IsAsciiDigit(value[0]) || !char.IsAsciiDigit(value[1]))
        {
            return false;
        }

        int month = 0;
        for (int m = 0; m < Months.Length; m++)
        {
            if (value.Slice(2, 3).Equals(Months[m], StringComparison.OrdinalIgnoreCase))
            {
                month = m + 1;
                break;
            }
        }

        ReadOnlySpan<char> yearText = value[5..];
        if (month == 0 || !AllDigits(yearText))
        {
            return false;
        }

        int day = ((value[0] - '0') * 10) + (value[1] - '0');
        int year = 0;
        foreach (char c in yearText)
        {
            year = (year * 10) + (c - '0');
        }

        if (yearText.Length == 2)
        {
            year = ResolveYear(year, month, day, rule, reference);
        }

        return TryDate(year, month, day, out date);
    }

    /// <summary>Reads <c>HHMM</c> or <c>HHMMSS</c>.</summary>
    public static bool TryParseTime(string value, out TimeOnly time, out bool hasSeconds)
    {
        time = default;
        hasSeconds = value.Length == 6;
        if (value.Length is not (4 or 6) || !AllDigits(value))
        {
            return false;
        }

        int i = 0;
        int hour = Number(value, ref i, 2);
        int minute = Number(value, ref i, 2);
        int second = hasSeconds ? Number(value, ref i, 2) : 0;
        if (hour > 23 || minute > 59 || second > 59)
        {
            return false;
        }

        time = new TimeOnly(hour, minute, second);
        return true;
    }

    /// <summary>Gives a two-digit year its century.</summary>
    public static int ResolveYear(int twoDigits, int month, int day, YearRule rule, DateOnly reference)
    {
        if (rule == YearRule.Birth)
        {
            int year = (reference.Year / 100 * 100) + twoDigits;
            bool after = year > reference.Year
                || (year == reference.Year && (month > reference.Month || (month == reference.Month && day > reference.Day)));
            return after ? year - 100 : year;
        }

        int low = reference.Year - 50;
        return low + ((((twoDigits - (low % 100)) % 100) + 100) % 100);
    }

    private static bool TryDate(int year, int month, int day, out DateOnly date)
    {
        date = default;
        if (year is < 1 or > 9999 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        date = new DateOnly(year, month, day);
        return true;
    }

    private static bool AllDigits(ReadOnlySpan<char> value) => !value.IsEmpty && !value.ContainsAnyExceptInRange('0', '9');

    private static int Number(ReadOnlySpan<char> value, ref int index, int count)
    {
        int n = 0;
        for (int end = index + count; index < end; index++)
        {
            n = (n * 10) + (value[index] - '0');
        }

        return n;
    }

    private static int Number(ReadOnlySpan<byte> value, ref int index, int count)
    {
        int n = 0;
        for (int end = index + count; index < end; index++)
        {
            n = (n * 10) + (value[index] - '0');
        }

        return n;
    }

    private static string Layout(bool century, bool time, bool seconds) =>
        (century ? "CCYYMMDD" : "YYMMDD") + (time ? "HHMM" : string.Empty) + (seconds ? "SS" : string.Empty);
}
