using System.Collections.Frozen;

namespace Vigil.Matching.Text;

public static partial class Romanizer
{
    /// <summary>Choices in the romanization of Arabic script; <see cref="Default"/> is the one <see cref="Romanize(string)"/> makes.</summary>
    [Flags]
    private enum ArabicScheme
    {
        Default = 0,
        AssimilatedArticle = 1,
        ElArticle = 2,
        WawAsW = 4,
        NoDigraphGuard = 8,
        ThaAsT = 16,
        DhalAsD = 32,
        JimAsG = 64,
        TaMarbutaAsAh = 128,

        /// <summary>The article left out, as Latin spellings often do (الكرماني = Kirmani).</summary>
        NoArticle = 256,

        /// <summary>The article written "l" and joined, as Maghrebi spellings do (الحسن = Lahcen, العربي = Larbi).</summary>
        LArticle = 512,

        /// <summary>Dad written z, as Persian, Urdu and Turkish say it (رمضان = Ramazan); dh, the other common spelling,
        /// has the same sound skeleton.</summary>
        DadAsZ = 1024,
    }

    private static readonly ArabicScheme[] ArabicVariantSchemes =
    [
        ArabicScheme.NoDigraphGuard,
        ArabicScheme.AssimilatedArticle,
        ArabicScheme.WawAsW,
        ArabicScheme.ElArticle,
        ArabicScheme.ThaAsT | ArabicScheme.DhalAsD,
        ArabicScheme.JimAsG,
        ArabicScheme.TaMarbutaAsAh,
        ArabicScheme.NoArticle,
        ArabicScheme.LArticle,
        ArabicScheme.DadAsZ,
        ArabicScheme.NoArticle | ArabicScheme.DadAsZ,
    ];

    // Letters with one spelling. Contextual letters (ayn, waw, yeh, heh, ta marbuta, tha, dhal, jim) are decided in code.
    private static readonly FrozenDictionary<char, string> ArabicLetters = new Dictionary<char, string>
    {
        ['ا'] = "a",
        ['أ'] = "a",
        ['إ'] = "i",
        ['آ'] = "a",
        ['ٱ'] = "a",
        ['ء'] = "",
        ['ؤ'] = "u",
        ['ئ'] = "i",
        ['ب'] = "b",
        ['ت'] = "t",
        ['ح'] = "h",
        ['خ'] = "kh",
        ['د'] = "d",
        ['ر'] = "r",
        ['ز'] = "z",
        ['س'] = "s",
        ['ش'] = "sh",
        ['ص'] = "s",
        ['ط'] = "t",
        ['ظ'] = "z",
        ['غ'] = "gh",
        ['ف'] = "f",
        ['ق'] = "q",
        ['ك'] = "k",
        ['ل'] = "l",
        ['م'] = "m",
        ['ن'] = "n",
        ['ى'] = "a",

        // Persian and Urdu
        ['پ'] = "p",
        ['چ'] = "ch",
        ['ژ'] = "zh",
        ['گ'] = "g",
        ['ک'] = "k",
        ['ے'] = "e",
        ['ٹ'] = "t",
        ['ڈ'] = "d",
        ['ڑ'] = "r",
        ['ں'] = "n",
        ['ھ'] = "h",
        ['ۀ'] = "e",
        ['ۂ'] = "e",
        ['ۓ'] = "e",

        // Kurdish, Pashto, Uyghur, Maghrebi
        ['ە'] = "e",
        ['ۆ'] = "o",
        ['ێ'] = "e",
        ['ڤ'] = "v",
        ['ڵ'] = "l",
        ['ڕ'] = "r",
        ['ڭ'] = "ng",
        ['ۇ'] = "u",
        ['ۈ'] = "u",
        ['ۋ'] = "v",
        ['ې'] = "e",
        ['ټ'] = "t",
        ['ډ'] = "d",
        ['ړ'] = "r",
        ['ږ'] = "zh",
        ['ښ'] = "sh",
        ['ځ'] = "z",
        ['څ'] = "ts",
        ['ڼ'] = "n",
        ['ګ'] = "g",
        ['ۍ'] = "i",
        ['ڨ'] = "g",
        ['ڧ'] = "q",
        ['ڢ'] = "f",
        ['ٯ'] = "q",
    }.ToFrozenDictionary();

    // Sun letters: the article's l assimilates to them in speech (al-shams is said ash-shams).
    private static bool IsSunLetter(char c) =>
        c is 'ت' or 'ث' or 'د' or 'ذ' or 'ر' or 'ز' or 'س' or 'ش' or 'ص' or 'ض' or 'ط' or 'ظ' or 'ل' or 'ن';

    private static bool IsLongA(char c) => c is 'ا' or 'آ' or 'أ' or 'ى';

    private static bool IsWeakLetter(char c) => c is 'ا' or 'آ' or 'أ' or 'إ' or 'ى' or 'و' or 'ي' or 'ی' or 'ے';

    private static void RomanizeArabic(ReadOnlySpan<char> word, ArabicScheme scheme, ref CharBuffer buffer)
    {
        // Whole-word particles.
        switch (word)
        {
            case "بن":
                buffer.Append("bin");
                return;
            case "ابن" or "إبن":
                buffer.Append("ibn");
                return;
            case "بنت":
                buffer.Append("bint");
                return;
            case "ولد":
                // "Son of" in Mauritanian and Maghrebi names, written Ould.
                buffer.Append("ould");
                return;
            default:
                break;
        }

        int i = 0;
        if (word.Length > 3 && word.StartsWith("عبد"))
        {
            buffer.Append("abd");
            i = 3;
        }
        else if (word.Length > 3 && (word.StartsWith("ابو") || word.StartsWith("أبو")))
        {
            buffer.Append("abu");
            i = 3;
        }

        // The article, when at least two letters follow it.
        if (word.Length - i >= 4 && word[i] == 'ا' && word[i + 1] == 'ل')
        {
            char next = word[i + 2];
            if ((scheme & ArabicScheme.NoArticle) != 0 && i == 0)
            {
                i += 2;
            }
            else if ((scheme & ArabicScheme.LArticle) != 0)
            {
                buffer.Append('l');
                i += 2;
            }
            else if ((scheme & ArabicScheme.AssimilatedArticle) != 0 && IsSunLetter(next) && next != 'ل')
            {
                string consonant = ArabicLetter(word, i + 2, i + 2, scheme);
                buffer.Append('a');
                buffer.Append(consonant);
                i += 2;
            }
            else
            {
                buffer.Append((scheme & ArabicScheme.ElArticle) != 0 ? "el" : "al");
                i += 2;
            }
        }

        bool guard = (scheme & ArabicScheme.NoDigraphGuard) == 0;
        int start = i;
        for (; i < word.Length; i++)
        {
            char c = word[i];
            if (c is (>= 'a' and <= 'z') or (>= '0' and <= '9'))
            {
                buffer.Append(c);
                continue;
            }

            AppendGuarded(ref buffer, ArabicLetter(word, i, start, scheme), guard);
        }
    }

    private static string ArabicLetter(ReadOnlySpan<char> word, int i, int start, ArabicScheme scheme)
    {
        char c = word[i];
        bool atStart = i == start;
        bool atEnd = i == word.Length - 1;
        char previous = i > start ? word[i - 1] : '\0';
        char next = atEnd ? '\0' : word[i + 1];
        switch (c)
        {
            case 'ع':
                // Ayn is a consonant Latin spellings write as a vowel (Umar, Saad) or not at all (Rabi).
                return atEnd && !atStart ? "" : "a";
            case 'و':
                if (atStart || IsLongA(previous) || IsLongA(next))
                {
                    return "w";
                }

                return (scheme & ArabicScheme.WawAsW) != 0 && !atEnd ? "w" : "u";
            case 'ي' or 'ی':
                if (atStart || IsLongA(previous) || IsLongA(next))
                {
                    return "y";
                }

                return "i";
            case 'ه' or 'ہ':
                // A final heh after a consonant is the silent h of -ah (Allah, Persian Fatemeh), written "ah".
                return atEnd && !atStart && !IsWeakLetter(previous) ? "ah" : "h";
            case 'ة' or 'ۃ':
                return (scheme & ArabicScheme.TaMarbutaAsAh) != 0 ? "ah" : "a";
            case 'ث':
                return (scheme & ArabicScheme.ThaAsT) != 0 ? "t" : "th";
            case 'ذ':
                return (scheme & ArabicScheme.DhalAsD) != 0 ? "d" : "dh";
            case 'ج':
                return (scheme & ArabicScheme.JimAsG) != 0 ? "g" : "j";
            case 'ض':
                return (scheme & ArabicScheme.DadAsZ) != 0 ? "z" : "d";
            default:
                return ArabicLetters.TryGetValue(c, out string? latin) ? latin : "";
        }
    }
}
