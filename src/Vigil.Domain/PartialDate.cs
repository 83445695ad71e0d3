using System.Globalization;

namespace Vigil.Domain;

/// <summary>A calendar date known only in part: year, year and month, or a full date.</summary>
/// <remarks>
/// Lists often give only a year, or an approximate one. No missing part is ever invented: a year-only date
/// is not 1 January of that year. The default value is <see cref="Unknown"/>. Equality compares every part,
/// including <see cref="IsApproximate"/>. The text form is ISO 8601 with reduced precision
/// (<c>1979</c>, <c>1979-05</c>, <c>1979-05-12</c>), prefixed with <c>~</c> when approximate.
/// </remarks>
public readonly record struct PartialDate : IComparable<PartialDate>
{
    /// <summary>The date of which nothing is known.</summary>
    public static PartialDate Unknown => default;

    /// <summary>The year, or null when unknown.</summary>
    public int? Year { get; }

    /// <summary>The month (1-12), or null when unknown.</summary>
    public int? Month { get; }

    /// <summary>The day of the month, or null when unknown.</summary>
    public int? Day { get; }

    /// <summary>True when the source says the date is approximate ("about 1980", "circa 1980").</summary>
    public bool IsApproximate { get; }

    private PartialDate(int? year, int? month, int? day, bool approximate) =>
        (Year, Month, Day, IsApproximate) = (year, month, day, approximate);

    /// <summary>True when no part of the date is known.</summary>
    public bool IsUnknown => Year is null;

    /// <summary>How much of the date is known.</summary>
    public DatePrecision Precision =>
        Year is null ? DatePrecision.Unknown : Month is null ? DatePrecision.Year : Day is null ? DatePrecision.Month : DatePrecision.Day;

    /// <summary>A date of which only the year is known.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The year is outside 1..9999 (a caller's bug).</exception>
    public static PartialDate OfYear(int year, bool approximate = false) =>
        new(CheckYear(year), null, null, approximate);

    /// <summary>A date of which the year and month are known.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A part is out of range (a caller's bug).</exception>
    public static PartialDate OfYearMonth(int year, int month, bool approximate = false)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(month, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(month, 12);
        return new(CheckYear(year), month, null, approximate);
    }

    /// <summary>A full calendar date.</summary>
    public static PartialDate Of(DateOnly date, bool approximate = false) =>
        new(date.Year, date.Month, date.Day, approximate);

    /// <summary>A full calendar date.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The parts do not form a date (a caller's bug).</exception>
    public static PartialDate Of(int year, int month, int day, bool approximate = false) =>
        Of(new DateOnly(year, month, day), approximate);

    /// <summary>Builds a date from parts that may be missing, without throwing.</summary>
    /// <returns>False when a part is out of range, a day is given without a month, or the day does not exist.</returns>
    public static bool TryCreate(int? year, int? month, int? day, bool approximate, out PartialDate date)
    {
        date = default;
        if (year is null)
        {
            return month is null && day is null;
        }

        if (year is < 1 or > 9999 || (month is null && day is not null))
        {
            return false;
        }

        if (month is not null && month is < 1 or > 12)
        {
            return false;
        }

        if (day is not null && (day < 1 || day > DateTime.DaysInMonth(year.Value, month!.Value)))
        {
            return false;
        }

        date = new PartialDate(year, month, day, approximate);
        return true;
    }

    /// <summary>Returns the same date marked approximate or not.</summary>
    public PartialDate WithApproximate(bool approximate) => new(Year, Month, Day, approximate);

    /// <summary>True when <paramref name="date"/> agrees with every part that is known.</summary>
    /// <remarks>Ignores <see cref="IsApproximate"/>: how far an approximate year may stray is a matching decision.</remarks>
    public bool Admits(DateOnly date) =>
        (Year is null || Year == date.Year)
        && (Month is null || Month == date.Month)
        && (Day is null || Day == date.Day);

    /// <summary>The first day this date can be, or null when unknown.</summary>
    public DateOnly? EarliestDay => Year is null ? null : new DateOnly(Year.Value, Month ?? 1, Day ?? 1);

    /// <summary>The last day this date can be, or null when unknown.</summary>
    public DateOnly? LatestDay => Year is null
        ? null
        : new DateOnly(Year.Value, Month ?? 12, Day ?? DateTime.DaysInMonth(Year.Value, Month ?? 12));

    /// <summary>Parses the text form written by <see cref="ToString"/>: <c>YYYY</c>, <c>YYYY-MM</c>,
    /// <c>YYYY-MM-DD</c>, optionally prefixed by <c>~</c>; the empty string is <see cref="Unknown"/>.</summary>
    public static bool TryParse(ReadOnlySpan<char> text, out PartialDate date)
    {
        date = default;
        text = text.Trim();
        if (text.IsEmpty)
        {
            return true;
        }

        bool approximate = text[0] == '~';
        if (approximate)
        {
            text = text[1..];
        }

        if (text.Length is not (4 or 7 or 10) || !TryDigits(text[..4], out int year))
        {
            return false;
        }

        int? month = null, day = null;
        if (text.Length >= 7)
        {
            if (text[4] != '-' || !TryDigits(text.Slice(5, 2), out int m))
            {
                return false;
            }

            month = m;
        }

        if (text.Length == 10)
        {
            if (text[7] != '-' || !TryDigits(text.Slice(8, 2), out int d))
            {
                return false;
            }

            day = d;
        }

        return TryCreate(year, month, day, approximate, out date);
    }

    /// <summary>Parses the text form, throwing <see cref="FormatException"/> on bad input.</summary>
    public static PartialDate Parse(string text) =>
        TryParse(text, out PartialDate date) ? date : throw new FormatException($"'{text}' is not a partial date (YYYY, YYYY-MM or YYYY-MM-DD).");

    /// <inheritdoc />
    public override string ToString()
    {
        if (Year is null)
        {
            return string.Empty;
        }

        string prefix = IsApproximate ? "~" : string.Empty;
        return Precision switch
        {
            DatePrecision.Year => string.Create(CultureInfo.InvariantCulture, $"{prefix}{Year:D4}"),
            DatePrecision.Month => string.Create(CultureInfo.InvariantCulture, $"{prefix}{Year:D4}-{Month:D2}"),
            _ => string.Create(CultureInfo.InvariantCulture, $"{prefix}{Year:D4}-{Month:D2}-{Day:D2}"),
        };
    }

    /// <summary>Orders by earliest possible day, unknown first, then by precision.</summary>
    public int CompareTo(PartialDate other)
    {
        int c = Nullable.Compare(EarliestDay, other.EarliestDay);
        return c != 0 ? c : Precision.CompareTo(other.Precision);
    }

    /// <summary>Orders by earliest possible day.</summary>
    public static bool operator <(PartialDate left, PartialDate right) => left.CompareTo(right) < 0;

    /// <summary>Orders by earliest possible day.</summary>
    public static bool operator >(PartialDate left, PartialDate right) => left.CompareTo(right) > 0;

    /// <summary>Orders by earliest possible day.</summary>
    public static bool operator <=(PartialDate left, PartialDate right) => left.CompareTo(right) <= 0;

    /// <summary>Orders by earliest possible day.</summary>
    public static bool operator >=(PartialDate left, PartialDate right) => left.CompareTo(right) >= 0;

    private static int CheckYear(int year)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(year, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, 9999);
        return year;
    }

    private static bool TryDigits(ReadOnlySpan<char> digits, out int value)
    {
        value = 0;
        foreach (char c in digits)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }

            value = (value * 10) + (c - '0');
        }

        return true;
    }
}
