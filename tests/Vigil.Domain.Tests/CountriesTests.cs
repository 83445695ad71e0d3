using Vigil.Domain;

namespace Vigil.Domain.Tests;

public sealed class CountriesTests
{
    [Theory]
    [InlineData("Iraq", "IRQ")]
    [InlineData("IRAQ", "IRQ")]
    [InlineData("  iraq  ", "IRQ")]
    [InlineData("IQ", "IRQ")]
    [InlineData("irq", "IRQ")]
    [InlineData("Iran (Islamic Republic of)", "IRN")]
    [InlineData("Democratic People's Republic of Korea", "PRK")]
    [InlineData("Korea, North", "PRK")]
    [InlineData("North Korea", "PRK")]
    [InlineData("Korea, South", "KOR")]
    [InlineData("Syria", "SYR")]
    [InlineData("Syrian Arab Republic", "SYR")]
    [InlineData("Russia", "RUS")]
    [InlineData("Russian Federation", "RUS")]
    [InlineData("the Russian Federation", "RUS")]
    [InlineData("Congo, Democratic Republic of the", "COD")]
    [InlineData("Democratic Republic of the Congo", "COD")]
    [InlineData("Congo, Republic of the", "COG")]
    [InlineData("Burma", "MMR")]
    [InlineData("Myanmar", "MMR")]
    [InlineData("Palestinian", "PSE")]
    [InlineData("West Bank", "PSE")]
    [InlineData("Gaza", "PSE")]
    [InlineData("West Bank (Palestinian Authority)", "PSE")]
    [InlineData("Kosovo", "XKX")]
    [InlineData("United Kingdom", "GBR")]
    [InlineData("Great Britain", "GBR")]
    [InlineData("UK", "GBR")]
    [InlineData("USA", "USA")]
    [InlineData("U.S.A.", "USA")]
    [InlineData("United States", "USA")]
    [InlineData("United States of America", "USA")]
    [InlineData("Cote d'Ivoire", "CIV")]
    [InlineData("Côte d’Ivoire", "CIV")]
    [InlineData("Cote d Ivoire", "CIV")]
    [InlineData("Ivory Coast", "CIV")]
    [InlineData("Turkey", "TUR")]
    [InlineData("Türkiye", "TUR")]
    [InlineData("Bosnia-Herzegovina", "BIH")]
    [InlineData("Bosnia and Herzegovina", "BIH")]
    [InlineData("Bosnia & Herzegovina", "BIH")]
    [InlineData("The Gambia", "GMB")]
    [InlineData("Bahamas, The", "BHS")]
    [InlineData("St Kitts and Nevis", "KNA")]
    [InlineData("Saint Kitts and Nevis", "KNA")]
    [InlineData("Virgin Islands, British", "VGB")]
    [InlineData("Macedonia, The Former Yugoslav Republic of", "MKD")]
    [InlineData("Cabo Verde", "CPV")]
    [InlineData("Cape Verde", "CPV")]
    [InlineData("Viet Nam", "VNM")]
    [InlineData("Vietnam", "VNM")]
    [InlineData("Curaçao", "CUW")]
    [InlineData("Réunion", "REU")]
    [InlineData("Serbia and Montenegro", "SCG")]
    [InlineData("ST", "STP")]
    [InlineData("Tunisi (Tunisia)", "TUN")]
    public void Resolves_names_variants_and_codes(string text, string expected)
    {
        Assert.True(Countries.TryResolve(text, out CountryCode code), text);

        Assert.Equal(expected, code.Value);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("Atlantis")]
    [InlineData("ZZZ")]
    [InlineData("QQ")]
    [InlineData("possibly Palestinian")]
    [InlineData("Crimea")]
    public void Does_not_resolve_what_is_not_a_country(string? text)
    {
        Assert.False(Countries.TryResolve(text, out CountryCode code));

        Assert.Equal(default, code);
    }

    [Theory]
    [InlineData("IRN", "Iran")]
    [InlineData("PRK", "North Korea")]
    [InlineData("CIV", "Côte d'Ivoire")]
    [InlineData("XKX", "Kosovo")]
    [InlineData("GBR", "United Kingdom")]
    public void Names_a_code_by_its_short_english_name(string code, string name)
    {
        Assert.Equal(name, Countries.NameOf(CountryCode.Of(code)));
    }

    [Fact]
    public void Does_not_name_an_unassigned_code()
    {
        Assert.Null(Countries.NameOf(CountryCode.Of("ZZZ")));
        Assert.Null(Countries.NameOf(default));
    }

    [Fact]
    public void Every_name_of_the_table_resolves_back_to_its_code()
    {
        // Every ISO 3166-1 alpha-3 code from AAA to ZZZ that has a name must resolve from that name.
        int named = 0;
        for (char a = 'A'; a <= 'Z'; a++)
        {
            for (char b = 'A'; b <= 'Z'; b++)
            {
                for (char c = 'A'; c <= 'Z'; c++)
                {
                    CountryCode code = CountryCode.Of(new string([a, b, c]));
                    if (Countries.NameOf(code) is { } name)
                    {
                        named++;
                        Assert.True(Countries.TryResolve(name, out CountryCode back), name);
                        Assert.Equal(code, back);
                        Assert.True(Countries.TryResolve(code.Value.ToLowerInvariant(), out back));
                        Assert.Equal(code, back);
                    }
                }
            }
        }

        // 249 ISO 3166-1 entries, Kosovo, seven ICAO 9303 codes and four withdrawn codes.
        Assert.Equal(249 + 1 + 7 + 4, named);
    }
}
