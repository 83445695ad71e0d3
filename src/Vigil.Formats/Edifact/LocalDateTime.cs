using System.Globalization;

namespace Vigil.Formats.Edifact;

/// <summary>A date, or a date and time of day, as a message gives it: local to the place it concerns, with no
/// offset (airline times are local to the airport).</summary>
/// <remarks>
/// Keeps how precise the source was: a date without a time has a null <see cref="Time"/>, and seconds are part of the
/// text form only when the source sent them. The text form is ISO 8601: <c>2025-03-15</c>, <c>2025-03-15T06:40</c>
/// or <c>2025-03-15T06:40:00</c>. The default value is 1 January of year 1 without a time.
/// </remarks>
public readonly record struct LocalDateTime
{
    /// <summary>Creates a value.</summary>
    /// <param name="date">The calendar date.</param>
    /// <param name="time">The time of day, or null when the source gave only a date.</param>
    /// <param name="hasSeconds">True when the source gave seconds.</param>
    public LocalDateTime(DateOnly date, TimeOnly? time = null, bool hasSeconds = false)
    {
        Date = date;
        Time = time;
        HasSeconds = time is not null && hasSeconds;
    }

    /// <summary>The calendar date.</summary>
    public DateOnly Date { get; }

    /// <summary>The time of day, or null when the source gave only a date.</summary>
    public TimeOnly? Time { get; }

    /// <summary>True when the source gave seconds.</summary>
    public bool HasSeconds { get; }

    /// <summary>The date and time (midnight when no time was given), of kind <see cref="DateTimeKind.Unspecified"/>.</summary>
    public DateTime ToDateTime() => Date.ToDateTime(Time ?? TimeOnly.MinValue, DateTimeKind.Unspecified);

    /// <summary>Writes the text of <see cref="ToString"/> into <paramref name="destination"/>, without making a
    /// string; false when it does not fit (19 characters always do).</summary>
    public bool TryFormat(Span<char> destination, out int charsWritten)
    {
        charsWritten = 0;
        if (!Date.TryFormat(destination, out int written, "yyyy-MM-dd", CultureInfo.InvariantCulture))
        {
            return false;
        }

        if (Time is { } time)
        {
            if (written >= destination.Length)
            {
                return false;
            }

            destination[written++] = 'T';
            if (!time.TryFormat(destination[written..], out int timeWritten, HasSeconds ? "HH:mm:ss" : "HH:mm", CultureInfo.InvariantCulture))
            {
                return false;
            }

            written += timeWritten;
        }

        charsWritten = written;
        return true;
    }

    /// <summary>The ISO 8601 text: <c>yyyy-MM-dd</c>, <c>yyyy-MM-ddTHH:mm</c> or <c>yyyy-MM-ddTHH:mm:ss</c>.</summary>
    public override string ToString()
    {
        string date = Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        if (Time is not { } time)
        {
            return date;
        }

        return date + "T" + time.ToString(HasSeconds ? "HH:mm:ss" : "HH:mm", CultureInfo.InvariantCulture);
    }
}
