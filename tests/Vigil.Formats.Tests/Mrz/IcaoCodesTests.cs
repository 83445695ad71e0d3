using Vigil.Domain;
using Vigil.Formats.Mrz;

namespace Vigil.Formats.Tests.Mrz;

public sealed class IcaoCodesTests
{
    [Theory]
    [InlineData("D", "DEU")]
    [InlineData("GBD", "GBR")]
    [InlineData("GBN", "GBR")]
    [InlineData("GBR", "GBR")]
    [InlineData("FRA", "FRA")]
    [InlineData("XXA", "XXA")]
    [InlineData("UNO", "UNO")]
    [InlineData("XKX", "XKX")]
    public void Normalises_known_codes_to_the_alpha3_code(string code, string expected)
    {
        bool known = IcaoCodes.TryNormalize(code, out CountryCode? normalized);

        Assert.True(known);
        Assert.Equal(expected, normalized?.Value);
    }

    [Theory]
    [InlineData("UTO")]
    [InlineData("EUE")]
    [InlineData("XOM")]
    public void Knows_codes_that_stand_for_no_country_without_normalising_them(string code)
    {
        Assert.True(IcaoCodes.TryNormalize(code, out CountryCode? normalized));
        Assert.Null(normalized);
    }

    [Fact]
    public void An_alpha2_code_is_not_an_icao_code_but_still_gives_its_country()
    {
        Assert.False(IcaoCodes.TryNormalize("DE", out CountryCode? normalized));
        Assert.Equal("DEU", normalized?.Value);
    }

    [Theory]
    [InlineData("QQQ")]
    [InlineData("UAE")] // a name variant of the country table, not a code
    [InlineData("12")]
    [InlineData("")]
    public void Unknown_codes_are_not_known_and_have_no_country(string code)
    {
        Assert.False(IcaoCodes.TryNormalize(code, out CountryCode? normalized));
        Assert.Null(normalized);
    }
}
