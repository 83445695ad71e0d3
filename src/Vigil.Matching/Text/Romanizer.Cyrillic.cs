using System.Collections.Frozen;

namespace Vigil.Matching.Text;

public static partial class Romanizer
{
    /// <summary>Choices in the romanization of Cyrillic; <see cref="Icao"/> is the one <see cref="Romanize(string)"/> makes.</summary>
    [Flags]
    private enum CyrillicScheme
    {
        Icao = 0,

        /// <summary>English habit: й y, я ya, ю yu, ё yo, е ye at the start of a word or after a vowel, ъ dropped.</summary>
        YForms = 1,

        /// <summary>German and South Slavic habit: й j, я ja, ю ju, ё jo, е je at the start or after a vowel, ъ dropped.</summary>
        JForms = 2,
        HForKh = 4,
        OffEnding = 8,
        FinalIyAsI = 16,

        /// <summary>г as h: Russian writes the h of Arabic names with г (Магомед, Гасан).</summary>
        HForG = 32,
    }

    private static readonly CyrillicScheme[] CyrillicVariantSchemes =
    [
        CyrillicScheme.HForKh,
        CyrillicScheme.YForms,
        CyrillicScheme.YForms | CyrillicScheme.HForKh,
        CyrillicScheme.JForms | CyrillicScheme.HForKh,
        CyrillicScheme.OffEnding,
        CyrillicScheme.YForms | CyrillicScheme.FinalIyAsI,
        CyrillicScheme.YForms | CyrillicScheme.HForKh | CyrillicScheme.HForG,
    ];

    // ICAO Doc 9303 Part 3, transliteration of Cyrillic (Russian, Ukrainian, Belarusian, Serbian, Macedonian, Bulgarian),
    // and the usual national spellings of Kazakh, Uzbek, Tajik, Kyrgyz and Azerbaijani Cyrillic letters ICAO does not list.
    private static readonly FrozenDictionary<char, string> CyrillicLetters = new Dictionary<char, string>
    {
        ['а'] = "a",
        ['б'] = "b",
        ['в'] = "v",
        ['г'] = "g",
        ['д'] = "d",
        ['е'] = "e",
        ['ё'] = "e",
        ['ж'] = "zh",
        ['з'] = "z",
        ['и'] = "i",
        ['й'] = "i",
        ['к'] = "k",
        ['л'] = "l",
        ['м'] = "m",
        ['н'] = "n",
        ['о'] = "o",
        ['п'] = "p",
        ['р'] = "r",
        ['с'] = "s",
        ['т'] = "t",
        ['у'] = "u",
        ['ф'] = "f",
        ['х'] = "kh",
        ['ц'] = "ts",
        ['ч'] = "ch",
        ['ш'] = "sh",
        ['щ'] = "shch",
        ['ъ'] = "ie",
        ['ы'] = "y",
        ['ь'] = "",
        ['э'] = "e",
        ['ю'] = "iu",
        ['я'] = "ia",
        ['ґ'] = "g",
        ['є'] = "ie",
        ['і'] = "i",
        ['ї'] = "i",
        ['ў'] = "u",
        ['ђ'] = "d",
        ['ѓ'] = "g",
        ['ѕ'] = "dz",
        ['ј'] = "j",
        ['љ'] = "lj",
        ['њ'] = "nj",
        ['ћ'] = "c",
        ['ќ'] = "k",
        ['џ'] = "dz",
        ['ѐ'] = "e",
        ['ѝ'] = "i",
        ['ә'] = "a",
        ['ғ'] = "gh",
        ['қ'] = "q",
        ['ң'] = "ng",
        ['ө'] = "o",
        ['ұ'] = "u",
        ['ү'] = "u",
        ['һ'] = "h",
        ['ҳ'] = "h",
        ['ҷ'] = "j",
        ['ӣ'] = "i",
        ['ӯ'] = "u",
        ['ӏ'] = "",
        ['ҙ'] = "z",
        ['ҫ'] = "s",
        ['ҡ'] = "q",
        ['ӊ'] = "ng",
        ['ӈ'] = "ng",
        ['ӂ'] = "j",
        ['ӑ'] = "a",
        ['ӓ'] = "a",
        ['ӧ'] = "o",
        ['ӱ'] = "u",
        ['ӹ'] = "y",
        ['ӭ'] = "e",
        ['ӵ'] = "ch",
        ['ӝ'] = "zh",
        ['ӟ'] = "z",
        ['ӥ'] = "i",
        ['ӛ'] = "a",
        ['ӫ'] = "o",
        ['ӳ'] = "u",
        ['ҝ'] = "g",
        ['ҹ'] = "j",
        ['ӗ'] = "e",
    }.ToFrozenDictionary();

    private static bool IsCyrillicVowelOrSign(char c) =>
        c is 'а' or 'е' or 'ё' or 'и' or 'о' or 'у' or 'ы' or 'э' or 'ю' or 'я' or 'і' or 'ї' or 'є' or 'ъ' or 'ь';

    private static void RomanizeCyrillic(ReadOnlySpan<char> word, CyrillicScheme scheme, ref CharBuffer buffer)
    {
        bool yForms = (scheme & CyrillicScheme.YForms) != 0;
        bool jForms = (scheme & CyrillicScheme.JForms) != 0;
        char glide = yForms ? 'y' : jForms ? 'j' : '\0';
        int end = word.Length;
        string? ending = null;
        if ((scheme & CyrillicScheme.OffEnding) != 0 && end >= 4 && word[end - 1] == 'в' && word[end - 2] is 'о' or 'е' or 'ё')
        {
            ending = word[end - 2] == 'о' ? "off" : "eff";
            end -= 2;
        }
        else if ((scheme & CyrillicScheme.FinalIyAsI) != 0 && end >= 3 && word[end - 1] == 'й' && word[end - 2] is 'и' or 'ы')
        {
            ending = word[end - 2] == 'и' ? "i" : "y";
            end -= 2;
        }

        for (int i = 0; i < end; i++)
        {
            char c = char.ToLowerInvariant(word[i]);
            bool afterVowel = i == 0 || IsCyrillicVowelOrSign(char.ToLowerInvariant(word[i - 1]));
            string latin = c switch
            {
                'й' when glide != '\0' => glide == 'y' ? "y" : "j",
                'я' when glide != '\0' => glide == 'y' ? "ya" : "ja",
                'ю' when glide != '\0' => glide == 'y' ? "yu" : "ju",
                'ё' when glide != '\0' => glide == 'y' ? "yo" : "jo",
                'е' or 'є' when glide != '\0' && afterVowel => glide == 'y' ? "ye" : "je",
                'ъ' when glide != '\0' => "",
                'х' when (scheme & CyrillicScheme.HForKh) != 0 => "h",
                'г' when (scheme & CyrillicScheme.HForG) != 0 => "h",
                _ => CyrillicLetters.TryGetValue(c, out string? mapped) ? mapped : c is (>= 'a' and <= 'z') or (>= '0' and <= '9') ? c.ToString() : "",
            };
            buffer.Append(latin);
        }

        if (ending is not null)
        {
            buffer.Append(ending);
        }
    }
}
