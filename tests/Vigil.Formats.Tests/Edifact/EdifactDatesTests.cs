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

    [Fact]
    public void Reading_from_bytes_agrees_with_reading_from_text_on_every_kind_of_value()
    {
        // The byte path must give a date exactly when the text path does, and the same one.
        string?[] codes = [null, "101", "102", "201", "202", "203", "204", "103", "10", "2O1"];
        Random random = new(5);
        int dates = 0;
        for (int i = 0; i < 200_000; i++)
        {
            int length = random.Next(4, 16);
            char[] chars = new char[length];
            for (int c = 0; c < length; c++)
            {
                // Mostly plausible dates, some digits out of range, now and then a letter.
                chars[c] = random.Next(40) == 0 ? 'X' : (char)('0' + (c is 2 or 4 or 6 && random.Next(3) > 0 ? random.Next(2) : random.Next(10)));
            }

            string value = new(chars);
            string? code = codes[random.Next(codes.Length)];
            EdifactDates.YearRule rule = random.Next(2) == 0 ? EdifactDates.YearRule.Birth : EdifactDates.YearRule.Window;
            int packed = code is null ? 0 : Segment.Pack(code);

            EdifactDates.Status status = EdifactDates.TryParseDtm(value, code, rule, Reference, out LocalDateTime fromText, out _);
            bool read = EdifactDates.TryParseDtmDigits(System.Text.Encoding.ASCII.GetBytes(value), packed, rule, Reference, out LocalDateTime fromBytes);

            Assert.True((status == EdifactDates.Status.Ok) == read, $"'{value}' code {code ?? "none"}: {status} from text, {read} from bytes");
            if (read)
            {
                dates++;
                Assert.Equal(fromText, fromBytes);
            }
        }

        Assert.True(dates > 1000, $"only {dates} valid dates were drawn");
    }

    [Theory]
    [InlineData(2025, 3, 15, -1, 0, 0, false, "2025-03-15")]
    [InlineData(2025, 3, 15, 6, 40, 0, false, "2025-03-15T06:40")]
    [InlineData(1, 1, 1, 23, 59, 59, true, "0001-01-01T23:59:59")]
    public void Formats_into_a_span_the_text_of_ToString(int year, int month, int day, int hour, int minute, int second, bool seconds, string expected)
    {
        LocalDateTime value = new(new DateOnly(year, month, day), hour < 0 ? null : new TimeOnly(hour, minute, second), seconds);
        Span<char> buffer = stackalloc char[24];

        bool formatted = value.TryFormat(buffer, out int written);

        Assert.True(formatted);
        Assert.Equal(expected, buffer[..written].ToString());
        Assert.Equal(value.ToString(), buffer[..written].ToString());
        Assert.False(value.TryFormat(buffer[..(expected.Length - 1)], out _));
    }
}
