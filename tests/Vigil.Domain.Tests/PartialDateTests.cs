using FsCheck;
using FsCheck.Fluent;
using Vigil.Domain;

namespace Vigil.Domain.Tests;

public sealed class PartialDateTests
{
    [Fact]
    public void Partial_date_with_year_only_admits_every_day_of_that_year()
    {
        PartialDate year = PartialDate.OfYear(1980);

        Assert.True(year.Admits(new DateOnly(1980, 1, 1)));
        Assert.True(year.Admits(new DateOnly(1980, 12, 31)));
        Assert.False(year.Admits(new DateOnly(1981, 1, 1)));
        Assert.Equal(new DateOnly(1980, 1, 1), year.EarliestDay);
        Assert.Equal(new DateOnly(1980, 12, 31), year.LatestDay);
        Assert.Equal(DatePrecision.Year, year.Precision);
    }

    [Fact]
    public void A_year_and_month_ends_on_the_last_day_of_that_month()
    {
        Assert.Equal(new DateOnly(1988, 2, 29), PartialDate.OfYearMonth(1988, 2).LatestDay);
    }

    [Fact]
    public void The_default_value_is_unknown_and_admits_every_date()
    {
        PartialDate unknown = default;

        Assert.True(unknown.IsUnknown);
        Assert.Equal(PartialDate.Unknown, unknown);
        Assert.True(unknown.Admits(new DateOnly(2001, 9, 11)));
        Assert.Equal(string.Empty, unknown.ToString());
        Assert.Null(unknown.EarliestDay);
    }

    [Theory]
    [InlineData("1980", "1980", DatePrecision.Year, false)]
    [InlineData("1980-05", "1980-05", DatePrecision.Month, false)]
    [InlineData("1980-05-12", "1980-05-12", DatePrecision.Day, false)]
    [InlineData("~1980", "~1980", DatePrecision.Year, true)]
    [InlineData(" 1980-05 ", "1980-05", DatePrecision.Month, false)]
    public void Parses_the_text_forms(string text, string written, DatePrecision precision, bool approximate)
    {
        Assert.True(PartialDate.TryParse(text, out PartialDate date));

        Assert.Equal(written, date.ToString());
        Assert.Equal(precision, date.Precision);
        Assert.Equal(approximate, date.IsApproximate);
    }

    [Theory]
    [InlineData("1980-02-30")]
    [InlineData("1981-02-29")]
    [InlineData("1980-13")]
    [InlineData("1980-00")]
    [InlineData("0000")]
    [InlineData("80")]
    [InlineData("1980/05/12")]
    [InlineData("1980-5-12")]
    [InlineData("abcd")]
    [InlineData("~")]
    public void Rejects_text_that_is_not_a_real_partial_date(string text)
    {
        Assert.False(PartialDate.TryParse(text, out _));
    }

    [Fact]
    public void A_day_without_a_month_cannot_be_created()
    {
        Assert.False(PartialDate.TryCreate(1980, null, 5, false, out _));
        Assert.Throws<ArgumentOutOfRangeException>(() => PartialDate.OfYear(0));
        Assert.Throws<ArgumentOutOfRangeException>(() => PartialDate.OfYearMonth(1980, 13));
    }

    [Fact]
    public void Dates_order_by_their_earliest_day_then_by_precision()
    {
        PartialDate[] dates = [PartialDate.Of(1980, 3, 1), PartialDate.OfYear(1980), PartialDate.Unknown, PartialDate.OfYearMonth(1980, 1)];

        Assert.Equal(["", "1980", "1980-01", "1980-03-01"], dates.Order().Select(d => d.ToString()));
    }

    [Fact]
    public void Writing_then_parsing_gives_back_the_same_date()
    {
        Prop.ForAll(Gen.Choose(1, 9999).ToArbitrary(), Gen.Choose(0, 12).ToArbitrary(), Gen.Choose(0, 31).ToArbitrary(), (year, month, day) =>
        {
            int? m = month == 0 ? null : month;
            int? d = m is null || day == 0 ? null : day;
            if (!PartialDate.TryCreate(year, m, d, approximate: day % 2 == 0, out PartialDate date))
            {
                return d > DateTime.DaysInMonth(year, m!.Value);
            }

            return PartialDate.TryParse(date.ToString(), out PartialDate again) && again == date;
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(1000));
    }
}
