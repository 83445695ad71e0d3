using System.Globalization;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using Vigil.Matching.Text;

namespace Vigil.Matching.Tests.Text;

public sealed class NameNormalizerTests
{
    [Theory]
    [InlineData("Tarvin Selo", "tarvin selo")]
    [InlineData("  TARVIN   selo  ", "tarvin selo")]
    [InlineData("ＴＡＲＶＩＮ　Ｓｅｌｏ", "tarvin selo")] // fullwidth letters and ideographic space
    [InlineData("ﬁlvaro ǅemril", "filvaro dzemril")] // ligatures
    [InlineData("𝐓𝐀𝐑𝐕𝐈𝐍", "tarvin")] // mathematical bold letters
    [InlineData("Tar\u200Bvin\u200F Se\u200Dlo\u202E", "tarvin selo")] // zero-width and bidi controls
    [InlineData("Tar\u0000vin\tSelo\r\nQadrel", "tarvin selo qadrel")] // control characters
    [InlineData("Tar\u00ADvin", "tarvin")] // soft hyphen
    [InlineData("\uFEFFTarvin", "tarvin")] // byte order mark
    public void Folds_compatibility_forms_and_removes_invisible_characters(string raw, string expected) =>
        Assert.Equal(expected, NameNormalizer.Normalize(raw));

    [Theory]
    [InlineData("Élodie Véranzo", "elodie veranzo")]
    [InlineData("Şahvar Güzeldağ Kırmanlı", "sahvar guzeldag kirmanli")] // Turkish ş, ğ, dotless ı
    [InlineData("İLKAR", "ilkar")] // Turkish dotted capital I
    [InlineData("Øvrebø Straßvik Æthelmor", "ovrebo strassvik aethelmor")]
    [InlineData("Đurvić Łazarvin Ħamrel", "durvic lazarvin hamrel")]
    [InlineData("Nguyễn Trọvin", "nguyen trovin")] // stacked Vietnamese diacritics
    [InlineData("Ǝlmar Əliyvar", "elmar aliyvar")] // Azerbaijani schwa is written a
    [InlineData("e\u0301lodie", "elodie")] // decomposed (NFD) input
    public void Strips_latin_diacritics(string raw, string expected) =>
        Assert.Equal(expected, NameNormalizer.Normalize(raw));

    [Theory]
    [InlineData("O'Varro", "ovarro")]
    [InlineData("O’Varro", "ovarro")]
    [InlineData("Oʼvarro D`Amaro", "ovarro damaro")]
    [InlineData("ʿAbd ʾUmrel", "abd umrel")] // ayin and hamza of scholarly transliteration
    [InlineData("O´Varro", "ovarro")]
    public void Deletes_apostrophes_inside_words(string raw, string expected) =>
        Assert.Equal(expected, NameNormalizer.Normalize(raw));

    [Theory]
    [InlineData("Tarvin.Selo,Mirzaq/Qadrel_Obren (Velo)", "tarvin selo mirzaq qadrel obren velo")]
    [InlineData("al-Zarfani", "al zarfani")]
    [InlineData("Al‐Zarfani — Tarvin", "al zarfani tarvin")] // Unicode hyphen and em dash
    [InlineData("Tarvin @ Selo + Qadrel", "tarvin selo qadrel")]
    [InlineData("T4RV1N 0BREN", "t4rv1n 0bren")] // digits stay for the scorer's OCR rules
    [InlineData("Zarfan ٣٤ ۵", "zarfan 34 5")] // Arabic-Indic digits become ASCII digits
    public void Turns_punctuation_into_single_spaces_and_keeps_digits(string raw, string expected) =>
        Assert.Equal(expected, NameNormalizer.Normalize(raw));

    [Theory]
    [InlineData("زَرْفَان", "زرفان")] // harakat
    [InlineData("زرفــــان", "زرفان")] // tatweel
    [InlineData("ﺯﺭﻓﺎﻥ", "زرفان")] // presentation forms
    [InlineData("ﻻزرف", "لازرف")] // lam-alef ligature
    [InlineData("ا\u0654زرف", "أزرف")] // decomposed alef with hamza is composed, not stripped
    [InlineData("ТАРВИН Сёлов", "тарвин сёлов")] // Cyrillic keeps its letters
    [InlineData("И\u0306ован", "йован")] // decomposed short i
    [InlineData("ΘΕΌΡΑΚΟΣ", "θεορακοσ")] // Greek loses its accents; final sigma is sigma
    [InlineData("თარვინ 中文", "თარვინ 中文")]
    public void Keeps_other_scripts_as_letters(string raw, string expected) =>
        Assert.Equal(expected, NameNormalizer.Normalize(raw));

    [Theory]
    [InlineData("Tаrvin", "tarvin")] // Cyrillic а
    [InlineData("ТARVIN", "tarvin")] // Cyrillic capital Т
    [InlineData("Tοrvin Sеlо", "torvin selo")] // Greek omicron; Cyrillic е and о
    [InlineData("Тарвoн", "тарвон")] // Latin o in a Cyrillic word
    [InlineData("СОМ Tarvin", "сом tarvin")] // a word written in one script is left alone
    [InlineData("Tarvin ТOМ", "tarvin tom")] // all look-alikes, mixed: the rest of the name decides
    [InlineData("Ивaн ТOМ", "иван том")]
    public void Folds_look_alike_letters_to_the_script_of_the_word(string raw, string expected) =>
        Assert.Equal(expected, NameNormalizer.Normalize(raw));

    [Fact]
    public void Returns_the_same_instance_for_an_already_normalized_name()
    {
        const string normalized = "tarvin al zarfani 2";

        Assert.Same(normalized, NameNormalizer.Normalize(normalized));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(" - ' . ")]
    [InlineData("\u200B\u200F")]
    public void Gives_an_empty_name_when_nothing_is_left(string raw)
    {
        Assert.Equal("", NameNormalizer.Normalize(raw));
        Assert.Empty(NameNormalizer.Tokens(raw));
    }

    [Fact]
    public void Tokens_are_the_words_of_the_normalized_name() =>
        Assert.Equal(["tarvin", "al", "zarfani", "ovarro"], NameNormalizer.Tokens("  Tarvin al-Zarfani, O'Varro "));

    [Fact]
    public void Rejects_a_null_name()
    {
        Assert.Throws<ArgumentNullException>(() => NameNormalizer.Normalize(null!));
        Assert.Throws<ArgumentNullException>(() => NameNormalizer.Tokens(null!));
    }

    [Fact]
    public void Normalizing_twice_changes_nothing() =>
        Prop.ForAll(TextGenerators.AwkwardText(), raw =>
        {
            string once = NameNormalizer.Normalize(raw);
            return NameNormalizer.Normalize(once) == once;
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(1000));

    [Fact]
    public void Normalizing_never_throws_and_leaves_no_invisible_characters_or_stray_spaces() =>
        Prop.ForAll(TextGenerators.AwkwardText(), raw =>
        {
            string normalized = NameNormalizer.Normalize(raw);
            return !normalized.StartsWith(' ') && !normalized.EndsWith(' ')
                && !normalized.Contains("  ", StringComparison.Ordinal)
                && normalized.EnumerateRunes().All(IsVisible);
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(1000));

    [Fact]
    public void Normalizing_any_single_character_twice_changes_nothing()
    {
        // Exhaustive over the BMP, alone and inside a Latin and a Cyrillic word: checks every entry of the folding table.
        var failures = new List<string>();
        for (int c = 0; c <= 0xFFFF; c++)
        {
            if (c is >= 0xD800 and <= 0xDFFF)
            {
                continue;
            }

            string unit = ((char)c).ToString();
            foreach (string raw in new[] { unit, "tar" + unit + "vin", "тар" + unit + "вин" })
            {
                string once = NameNormalizer.Normalize(raw);
                if (NameNormalizer.Normalize(once) != once)
                {
                    failures.Add($"U+{c:X4}");
                }
            }
        }

        Assert.Empty(failures);
    }

    private static bool IsVisible(Rune rune) => rune.Value == ' ' || Rune.GetUnicodeCategory(rune) switch
    {
        UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.Surrogate or UnicodeCategory.PrivateUse
            or UnicodeCategory.SpaceSeparator or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator => false,
        _ => rune.Value != 0x0640,
    };
}
