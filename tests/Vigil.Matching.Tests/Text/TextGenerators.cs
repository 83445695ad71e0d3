using FsCheck;
using FsCheck.Fluent;

namespace Vigil.Matching.Tests.Text;

/// <summary>Generators of awkward name text: mixed scripts, marks, invisible characters, surrogates.</summary>
internal static class TextGenerators
{
    private const string Interesting =
        "abcxyzABCXYZ0189 -'`.,/_()\t\n\r" +
        "éÉıİşŞğĞøØßæÆđĐłŁüÜçÇñ" +
        "аеорсхукмнтвАЕОРСХУКМНТВйЙёЁжщъыьэюяЖЩЯіїєґўәғқңөұүһҳҷ" +
        "αβεζηικμνορτυχςΑΒΕΗΙΚΜΝΟΡΤΥΧάέήΐ" +
        "ابتثجحخدذرزسشصضطظعغفقكلمنهوي" + "ةىئؤأإآءپچژگکیےٹڈڑںھۃ" + "\u064B\u064E\u0650\u0651\u0652\u0653\u0654\u0655\u0670\u0640" +
        "\u0300\u0301\u0306\u0308\u0327\u200B\u200C\u200D\u200E\u200F\u202A\u202E\u2066\u00AD\uFEFF\u0000\u001B\u0085" +
        "’‘ʼʻʿʾ´′‐‑–—\u00A0\u2009\u3000ＡＺａｚ０９ﬁﬂŀĳǅ①ⓐ½²" + "ﺏﺐﺑﺒﻻﷲﷺ" + "٠١٢٣۴۵" +
        "\uD835\uDC00\uD835\uDC1A" + "\uD800\uDC00\uDFFF" + "中文한국어ქართულიעבריתहिन्दी";

    /// <summary>Strings mostly drawn from the interesting characters above, with some arbitrary UTF-16 units.</summary>
    public static Arbitrary<string> AwkwardText()
    {
        Gen<char> interesting = Gen.Elements(Interesting.ToCharArray());
        Gen<char> anyUnit = Gen.Choose(0, 0xFFFF).Select(i => (char)i);
        Gen<char> unit = Gen.Frequency((6, interesting), (1, anyUnit));
        return Gen.ArrayOf(unit).Select(units => new string(units)).ToArbitrary();
    }

    /// <summary>Lower-case words of a-z, the input of <c>SoundSkeleton.Key</c>.</summary>
    public static Arbitrary<string> LatinWords() =>
        Gen.ArrayOf(Gen.Elements("abcdefghijklmnopqrstuvwxyz0".ToCharArray())).Select(units => new string(units)).ToArbitrary();

    /// <summary>Words of Arabic, Persian and Cyrillic letters, the input of <c>Romanizer</c>.</summary>
    public static Arbitrary<string> ArabicOrCyrillicWords()
    {
        Gen<string> arabic = Gen.NonEmptyListOf(Gen.Elements("ابتثجحخدذرزسشصضطظعغفقكلمنهويةىئؤأإآءپچژگکیےٹڈڑںھۃ".ToCharArray()))
            .Select(units => new string(units.ToArray()));
        Gen<string> cyrillic = Gen.NonEmptyListOf(Gen.Elements("абвгдеёжзийклмнопрстуфхцчшщъыьэюяіїєґўәғқңөұүһҳҷӣӯ".ToCharArray()))
            .Select(units => new string(units.ToArray()));
        return Gen.OneOf(arabic, cyrillic).ToArbitrary();
    }
}
