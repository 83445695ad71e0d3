namespace Vigil.Matching.Text;

public static partial class Romanizer
{
    /// <summary>Hebrew letters with one spelling. Vav, yod, bet, pe, kaf and he depend on their place in the word
    /// and are decided in <see cref="HebrewLetter"/>.</summary>
    /// <remarks>Hebrew, like Arabic, writes consonants and leaves most vowels out; alef and ayin carry a vowel
    /// (written "a", which the sound skeleton drops). Tsadi is "tz", as Latin spellings of names have it
    /// (Horowitz, Katz).</remarks>
    private static string HebrewSimple(char c) => c switch
    {
        'א' or 'ע' => "a",
        'ג' => "g",
        'ד' => "d",
        'ז' => "z",
        'ח' => "kh",
        'ט' => "t",
        'ל' => "l",
        'מ' or 'ם' => "m",
        'נ' or 'ן' => "n",
        'ס' => "s",
        'צ' or 'ץ' => "tz",
        'ק' => "k",
        'ר' => "r",
        'ש' => "sh",
        'ת' => "t",
        'ך' => "kh",
        'ף' => "f",
        _ => "",
    };

    private static void RomanizeHebrew(ReadOnlySpan<char> word, ref CharBuffer buffer)
    {
        for (int i = 0; i < word.Length; i++)
        {
            AppendGuarded(ref buffer, HebrewLetter(word, i), guard: true);
        }
    }

    /// <summary>The Latin spelling of Hebrew letter <paramref name="i"/> of <paramref name="word"/>.</summary>
    /// <remarks>
    /// <list type="bullet">
    /// <item>Vav is "v" at the start and doubled (וו), otherwise the vowel o or u it marks (written "o").</item>
    /// <item>Yod is "y" at the start and doubled (יי), otherwise the vowel i.</item>
    /// <item>Bet is "v" after a vowel letter (Abramovitz), else "b"; pe is "p" at the start, else "f"; kaf is "k"
    /// (Cohen), "kh" at the end.</item>
    /// <item>He at the end after a consonant is the vowel of -a or -e (Moshe, Sarah): written "e".</item>
    /// </list>
    /// </remarks>
    private static string HebrewLetter(ReadOnlySpan<char> word, int i)
    {
        char c = word[i];
        char previous = i > 0 ? word[i - 1] : '\0';
        char next = i + 1 < word.Length ? word[i + 1] : '\0';
        bool atStart = i == 0;
        bool atEnd = i == word.Length - 1;
        switch (c)
        {
            case 'ו':
                if (previous == 'ו')
                {
                    return "";
                }

                return atStart || next == 'ו' ? "v" : "o";
            case 'י':
                if (previous == 'י')
                {
                    return "";
                }

                return atStart || next == 'י' ? "y" : "i";
            case 'ב':
                return !atStart && previous is 'ו' or 'י' ? "v" : "b";
            case 'פ':
                return atStart ? "p" : "f";
            case 'כ':
                return atEnd ? "kh" : "k";
            case 'ה':
                return atEnd && !atStart && previous is not ('ו' or 'י' or 'א') ? "e" : "h";
            default:
                return HebrewSimple(c);
        }
    }

    /// <summary>Another Latin spelling of a Hebrew word: kaf as "kh" and bet as "v" wherever they are (the letters
    /// are written alike with and without the dot that tells them apart).</summary>
    private static void AddHebrewVariants(List<string> variants, string word)
    {
        if (!word.Contains('כ') && !word.Contains('ב'))
        {
            return;
        }

        var buffer = new CharBuffer(stackalloc char[64]);
        try
        {
            for (int i = 0; i < word.Length; i++)
            {
                string letter = word[i] switch
                {
                    'כ' => "kh",
                    'ב' => "v",
                    _ => ScriptOf(word[i]) == Script.Hebrew ? HebrewLetter(word, i) : word[i].ToString(),
                };
                AppendGuarded(ref buffer, letter, guard: true);
            }

            Add(variants, buffer.Build());
        }
        finally
        {
            buffer.Dispose();
        }
    }
}
