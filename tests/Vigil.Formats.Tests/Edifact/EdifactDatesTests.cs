using Vigil.Formats.Edifact;

namespace Vigil.Formats.Tests.Edifact;

public sealed class EdifactDatesTests
{
    private static readonly DateOnly Reference = new(2025, 3, 14);

    [Theory]
    [InlineData("250314", "2025-03-14")] // the reference day itself is not after it
    [InlineData("250315", "1925-03-15")] // one day later would be in the future
    [InlineData("000229", "2000-02-29")]
    [InlineData("991231", "1999-12-31")]
    public void Two_digit_birth_years_take_the_latest_century_not_after_the_reference_date(string value, string expected)
    {
        EdifactDates.Status status = EdifactDates.TryParseDtm(value, null, EdifactDates.YearRule.Birth, Reference, out LocalDateTime date, out _);

        Assert.Equal(EdifactDates.Status.Ok, status);
        Assert.Equal(expected, date.ToString());
    }

    [Theory]
    [InlineData("750101", "1975-01-01")] // exactly 50 years before
    [InlineData("740101", "2074-01-01")] // 49 years after
    [InlineData("300101", "2030-01-01")]
    [InlineData("990101", "1999-01-01")]
    public void Other_two_digit_years_lie_within_fifty_years_of_the_reference_date(string value, string expected)
    {
        EdifactDates.Status status = EdifactDates.TryParseDtm(value, "101", EdifactDates.YearRule.Window, Reference, out LocalDateTime date, out _);

        Assert.Equal(EdifactDates.Status.Ok, status);
        Assert.Equal(expected, date.ToString());
    }

    [Theory]
    [InlineData("2503150640", "201", "2025-03-15T06:40")]
    [InlineData("202503150640", "203", "2025-03-15T06:40")]
    [InlineData("20250315064512", "204", "2025-03-15T06:45:12")]
    [InlineData("20250315", "102", "2025-03-15")]
    [InlineData("2503150640", null, "2025-03-15T06:40")]
    [InlineData("202503150640", null, "2025-03-15T06:40")]
    public void Reads_each_format_code_and_keeps_seconds_only_when_sent(string value, string? code, string expected)
    {
        EdifactDates.Status status = EdifactDates.TryParseDtm(value, code, EdifactDates.YearRule.Window, Reference, out LocalDateTime date, out _);

        Assert.Equal(EdifactDates.Status.Ok, status);
        Assert.Equal(expected, date.ToString());
    }

    [Theory]
    [InlineData("881340", null, "Invalid")] // month 13
    [InlineData("250431", null, "Invalid")] // 31 April
    [InlineData("250229", null, "Invalid")] // 2025 is not a leap year
    [InlineData("2503152570", "201", "Invalid")] // 25:70
    [InlineData("25O315", null, "Invalid")] // a letter O
    [InlineData("250315", "102", "FormatMismatch")]
    [InlineData("20250315", "201", "FormatMismatch")]
    [InlineData("250315", "999", "FormatMismatch")]
    [InlineData("2503151", null, "FormatMismatch")]
    public void Rejects_impossible_dates_and_values_that_do_not_fit_their_format_code(string value, string? code, string expected)
    {
        EdifactDates.Status status = EdifactDates.TryParseDtm(value, code, EdifactDates.YearRule.Birth, Reference, out _, out string problem);

        Assert.Equal(expected, status.ToString());
        Assert.NotEmpty(problem);
    }

    [Theory]
    [InlineData("12JUL64", true, "1964-07-12")]
    [InlineData("29FEB88", true, "1988-02-29")]
    [InlineData("11aug29", false, "2029-08-11")]
    [InlineData("01JAN2031", false, "2031-01-01")]
    public void Reads_the_day_month_name_year_dates_of_ssr_text(string value, bool isBirth, string expected)
    {
        Assert.True(EdifactDates.TryParseDdmmmyy(value, isBirth ? EdifactDates.YearRule.Birth : EdifactDates.YearRule.Window, Reference, out DateOnly date));
        Assert.Equal(expected, date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("31APR90")]
    [InlineData("12JUX64")]
    [InlineData("1JUL64")]
    public void Rejects_ssr_dates_that_do_not_exist_or_do_not_fit(string value)
    {
        Assert.False(EdifactDates.TryParseDdmmmyy(value, EdifactDates.YearRule.Birth, Reference, out _));
    }
}
