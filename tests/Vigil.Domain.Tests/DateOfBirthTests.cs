using Vigil.Domain;

namespace Vigil.Domain.Tests;

public sealed class DateOfBirthTests
{
    [Theory]
    [InlineData("1988-04-12", DateOfBirthKind.Exact)]
    [InlineData("1993-11", DateOfBirthKind.YearMonth)]
    [InlineData("1996", DateOfBirthKind.Year)]
    [InlineData("~1985", DateOfBirthKind.Approximate)]
    [InlineData("1978..1982", DateOfBirthKind.Range)]
    public void Each_kind_of_date_of_birth_reads_and_writes_its_text_form(string text, DateOfBirthKind kind)
    {
        Assert.True(DateOfBirth.TryParse(text, out DateOfBirth dob));

        Assert.Equal(kind, dob.Kind);
        Assert.Equal(text, dob.ToString());
    }

    [Fact]
    public void A_range_spans_from_the_first_day_of_its_start_to_the_last_day_of_its_end()
    {
        DateOfBirth range = DateOfBirth.Between(PartialDate.OfYear(1978), PartialDate.OfYear(1982));

        Assert.True(range.IsRange);
        Assert.Equal(new DateOnly(1978, 1, 1), range.EarliestDay);
        Assert.Equal(new DateOnly(1982, 12, 31), range.LatestDay);
    }

    [Theory]
    [InlineData("1982..1978")]
    [InlineData("..1980")]
    [InlineData("1980..")]
    [InlineData("")]
    [InlineData("1980-02-30")]
    public void Rejects_empty_reversed_or_impossible_dates(string text)
    {
        Assert.False(DateOfBirth.TryParse(text, out _));
    }

    [Fact]
    public void A_reversed_range_is_a_callers_bug()
    {
        Assert.Throws<ArgumentException>(() => DateOfBirth.Between(PartialDate.OfYear(1990), PartialDate.OfYear(1980)));
    }
}
