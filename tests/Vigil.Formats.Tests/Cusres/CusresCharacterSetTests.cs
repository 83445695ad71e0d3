using System.Text;
using Vigil.Formats.Cusres;
using Vigil.Formats.Edifact;

namespace Vigil.Formats.Tests.Cusres;

/// <summary>Values fitted to the character set of an answer hold only characters the set can write, whatever came
/// in: letters of every script, accents alone, control characters, halves of surrogate pairs.</summary>
public sealed class CusresCharacterSetTests
{
    /// <summary>ASCII signs and letters, Latin letters with and without decompositions, typographic signs, other
    /// scripts, combining accents, controls, an emoji and lone surrogate halves.</summary>
    private const string Pool =
        "AZaz09 .,-()/='+:?!\"%&*;<>@#$[]_{}~|\\^`"
        + "ÀÉÎÕÜÇÑÅàéîõüçñåßẞÆæŒœØøÞþÐðĐđŁłĦħŊŋıİŞşĞğŐőŰűĀāǺǻẠạỆệ"
        + "\u2018\u2019\u201C\u201D\u2013\u2014\u2212\u00A0\u2009\u00AD\u200B"
        + "ЖжЁёΣσωحمد中文\u0301\u0308\t\r\n\u0000\u007F\u0085\uFFFD\uD83D\uDE00\uD800\uDC00";

    private static readonly string[] Identifiers = ["UNOA", "IATA", "UNOB", "UNOC", "UNOD", "UNOE", "UNOF", "UNOG", "UNOH", "UNOI", "UNOJ", "UNOK", "UNOW", "UNOY"];

    [Fact]
    public void Fitting_a_fitted_value_changes_nothing_and_leaves_only_what_the_set_encodes()
    {
        Random random = new(20310315);
        foreach (string identifier in Identifiers)
        {
            CusresCharacterSet characterSet = CusresCharacterSet.For(identifier, ServiceCharacters.Default);
            Encoding decoding = Decoding(identifier);
            for (int run = 0; run < 2000; run++)
            {
                string value = Value(random);

                string fitted = characterSet.Fit(value);

                Assert.Equal(fitted, characterSet.Fit(fitted));
                Assert.Equal(fitted, decoding.GetString(characterSet.Encode(fitted)));
                Assert.Equal(fitted.Trim(' '), fitted);
                Assert.DoesNotContain(fitted, c => char.IsControl(c) || char.IsSurrogate(c) && identifier is not ("UNOW" or "UNOY"));
                if (identifier is "UNOA" or "IATA")
                {
                    Assert.All(fitted, c => Assert.Contains(c, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 .,-()/='+:?!\"%&*;<>"));
                }
                else if (identifier == "UNOB")
                {
                    Assert.All(fitted, c => Assert.True(char.IsAsciiLetterOrDigit(c) || " .,-()/='+:?!\"%&*;<>".Contains(c, StringComparison.Ordinal), $"'{c}'"));
                }
            }
        }
    }

    [Theory]
    [InlineData("UNOA", "Ærøskøbing ﬁx", "AEROESKOEBING X")]
    [InlineData("UNOB", "Ærøskøbing", "AEroeskoebing")]
    [InlineData("UNOC", "Ærøskøbing Łeba", "Ærøskøbing Leba")]
    [InlineData("UNOD", "Łeba Ærø", "Łeba AEroe")]
    [InlineData("UNOE", "Жанна Æ", "Жанна AE")]
    [InlineData("UNOW", "Жанна 中文 \uD83D\uDE00", "Жанна 中文 \uD83D\uDE00")]
    public void Keeps_what_the_set_holds_and_transliterates_the_rest(string identifier, string value, string fitted)
    {
        CusresCharacterSet characterSet = CusresCharacterSet.For(identifier, ServiceCharacters.Default);

        Assert.Equal(fitted, characterSet.Fit(value));
    }

    [Fact]
    public void Keeps_service_characters_that_UNA_chose_outside_UNOA()
    {
        CusresCharacterSet characterSet = CusresCharacterSet.For("UNOA", new ServiceCharacters('#', '%', '.', '!', '&', '@'));

        Assert.Equal("A#B%C!D&E@F", characterSet.Fit("a#b%c!d&e@f$"));
    }

    private static string Value(Random random)
    {
        StringBuilder value = new();
        for (int i = random.Next(0, 16); i > 0; i--)
        {
            value.Append(Pool[random.Next(Pool.Length)]);
        }

        return value.ToString();
    }

    private static Encoding Decoding(string identifier) => identifier switch
    {
        "UNOA" or "IATA" or "UNOB" => Encoding.ASCII,
        "UNOC" => Encoding.Latin1,
        "UNOW" or "UNOY" => Encoding.UTF8,
        _ => CodePagesEncodingProvider.Instance.GetEncoding(identifier switch
        {
            "UNOD" => 28592,
            "UNOE" => 28595,
            "UNOF" => 28597,
            "UNOG" => 28593,
            "UNOH" => 28594,
            "UNOI" => 28596,
            "UNOJ" => 28598,
            _ => 28599,
        })!,
    };
}
