namespace Vigil.Domain;

/// <summary>One date of birth as a list gives it: exact, year and month, year only, approximate, or a range.</summary>
/// <remarks>
/// A subject may have several. A range ("between 1978 and 1982") has <see cref="Until"/> set; every other kind
/// has it null. Approximation is carried by <see cref="PartialDate.IsApproximate"/> on <see cref="Date"/>.
/// The text form is the <see cref="PartialDate"/> text (<c>1980</c>, <c>~1980</c>, <c>1980-05-12</c>) or,
/// for a range, two of them joined by <c>..</c> (<c>1978..1982</c>).
/// </remarks>
public readonly record struct DateOfBirth
{
    /// <summary>The date, or the start of the range.</summary>
    public PartialDate Date { get; }

    /// <summary>The end of the range, inclusive; null when this is not a range.</summary>
    public PartialDate? Until { get; }

    private DateOfBirth(PartialDate date, PartialDate? until) => (Date, Until) = (date, until);

    /// <summary>A single date of birth, of whatever precision it has.</summary>
    public static DateOfBirth On(PartialDate date) => new(date, null);

    /// <summary>A date of birth known to lie between two dates, inclusive.</summary>
    /// <exception cref="ArgumentException">The range is empty or a bound is unknown (a caller's bug).</exception>
    public static DateOfBirth Between(PartialDate from, PartialDate until)
    {
        if (from.IsUnknown || until.IsUnknown || from.EarliestDay > until.LatestDay)
        {
            throw new ArgumentException($"'{from}..{until}' is not a date range.", nameof(until));
        }

        return new(from, until);
    }

    /// <summary>True when this is a range.</summary>
    public bool IsRange => Until is not null;

    /// <summary>True when the source says the date is approximate.</summary>
    public bool IsApproximate => Date.IsApproximate;

    /// <summary>The kind of date this is, as the list gave it.</summary>
    public DateOfBirthKind Kind => IsRange ? DateOfBirthKind.Range
        : Date.IsApproximate ? DateOfBirthKind.Approximate
        : Date.Precision switch
        {
            DatePrecision.Day => DateOfBirthKind.Exact,
            DatePrecision.Month => DateOfBirthKind.YearMonth,
            _ => DateOfBirthKind.Year,
        };

    /// <summary>The first day the birth can have been.</summary>
    public DateOnly? EarliestDay => Date.EarliestDay;

    /// <summary>The last day the birth can have been.</summary>
    public DateOnly? LatestDay => (Until ?? Date).LatestDay;

    /// <summary>Parses the text form (see remarks of the type).</summary>
    public static bool TryParse(ReadOnlySpan<char> text, out DateOfBirth value)
    {
        value = default;
        int dots = text.IndexOf("..", StringComparison.Ordinal);
        if (dots < 0)
        {
            if (!PartialDate.TryParse(text, out PartialDate single) || single.IsUnknown)
            {
                return false;
            }

            value = On(single);
            return true;
        }

        if (!PartialDate.TryParse(text[..dots], out PartialDate from) || !PartialDate.TryParse(text[(dots + 2)..], out PartialDate until)
            || from.IsUnknown || until.IsUnknown || from.EarliestDay > until.LatestDay)
        {
            return false;
        }

        value = new(from, until);
        return true;
    }

    /// <inheritdoc />
    public override string ToString() => Until is { } until ? $"{Date}..{until}" : Date.ToString();
}
