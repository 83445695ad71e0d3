namespace Vigil.Matching.Text;

/// <summary>A consonant skeleton of one Latin word, the same for the usual romanizations of one Arabic, Persian, Turkish, Russian or Central Asian name.</summary>
/// <remarks>
/// <para>Arabic script writes consonants and long vowels, not short vowels, and every romanization spells the consonants
/// its own way. The key keeps the consonants, each mapped to one class, and drops the vowels:</para>
/// <list type="table">
/// <listheader><term>class</term><description>spellings</description></listheader>
/// <item><term>k</term><description>k, q, c (not in ch, cz), ck, g, gh (Qasim = Kasim = Gasim; Ghazi = Qazi)</description></item>
/// <item><term>h</term><description>h, kh, ch, cz, tch, tsch (Khalid = Halid = Chalid)</description></item>
/// <item><term>x</term><description>sh, sch, and sy before a vowel (Shamil = Schamil; Indonesian Syarif = Sharif)</description></item>
/// <item><term>j</term><description>j, dj, dzh, dsch, zh; y, or i before a vowel, at the start of the word (Yusuf = Jusuf = Iusuf)</description></item>
/// <item><term>s</term><description>s, th (Othman = Osman)</description></item>
/// <item><term>z</term><description>z, dh (Dhakir = Zakir)</description></item>
/// <item><term>b</term><description>b, p (Eyup = Ayub; Persian p is written b in Arabic)</description></item>
/// <item><term>w</term><description>w, v, and ou before a vowel at the start (Walid = Velid = Oualid)</description></item>
/// <item><term>f</term><description>f, ph</description></item>
/// <item><term>ks</term><description>x</description></item>
/// <item><term>d</term><description>d, and t at the end of the word (Mehmet = Muhammad; Ahmet = Ahmed)</description></item>
/// <item><term>a</term><description>one or more vowels at the start of the word (Osama = Usama = asm)</description></item>
/// </list>
/// <para>Other vowels (a, e, i, o, u, and y after the start) are dropped; j after a vowel at the end is a vowel too
/// (Jurij = Yuri), but not before a consonant (Mozhgan = Mojgan). An h after a vowel at the end is dropped (Fatimah =
/// Fatima). Endings -off and -eff are -ov and -ev (Rakhimoff = Rahimov). A class repeated with no vowel between is
/// written once (Muhammad has one m).
/// A word starting with abd is keyed as "abd" and the rest, without the article's vowel and l (abdul, abdel) or the
/// linking vowel of an assimilated one (abdur-rahman), so Abdulrahman = Abdelrahman = Abdurrahman. Digits and letters of
/// other scripts are kept as they are.</para>
/// <para>The key merges some different names (Hassan and Hussein are both hsn; Ali and Ala are both al); the scorer adds
/// edit-distance evidence on the spellings. README.md next to this file lists what it merges and what it misses.</para>
/// </remarks>
public static class SoundSkeleton
{
    /// <summary>The consonant skeleton key of one Latin word.</summary>
    /// <param name="latinToken">One lower-case Latin word, as <see cref="NameNormalizer"/> and <see cref="Romanizer"/> give it.</param>
    /// <returns>The key; empty for an empty word.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="latinToken"/> is null.</exception>
    public static string Key(string latinToken)
    {
        ArgumentNullException.ThrowIfNull(latinToken);
        if (latinToken.Length == 0)
        {
            return "";
        }

        ReadOnlySpan<char> word = latinToken;
        var buffer = new CharBuffer(stackalloc char[64]);
        try
        {
            if (word.Length >= 3 && Lower(word[0]) == 'a' && Lower(word[1]) == 'b' && Lower(word[2]) == 'd')
            {
                buffer.Append("abd");
                KeyOf(AfterAbd(word[3..]), ref buffer, lastClass: 'd');
            }
            else
            {
                KeyOf(word, ref buffer, lastClass: '\0');
            }

            return buffer.Build();
        }
        finally
        {
            buffer.Dispose();
        }
    }

    /// <summary>The second part of an Abd- name without the article or linking vowel: "ulrahman", "urrahman", "urahman" give "rahman".</summary>
    private static ReadOnlySpan<char> AfterAbd(ReadOnlySpan<char> rest)
    {
        if (rest.Length == 0 || !IsVowel(Lower(rest[0])))
        {
            return rest;
        }

        if (rest.Length >= 2 && Lower(rest[1]) == 'l')
        {
            return rest[2..]; // abdul, abdel, abdal, abdullah
        }

        // abdur-rahman, abdus-salam, abdush-shakur: the vowel of an assimilated article. Also a bare linking vowel
        // (abdirahman, abdurahman). A lone vowel (abdi, abdu, abdou) is the whole rest.
        int consonant = 1;
        while (consonant < rest.Length && IsVowel(Lower(rest[consonant])))
        {
            consonant++;
        }

        return rest[consonant..];
    }

    private static void KeyOf(ReadOnlySpan<char> word, ref CharBuffer buffer, char lastClass)
    {
        int end = word.Length;

        // -off and -eff are the French and old English spellings of -ov and -ev.
        bool offEnding = end >= 5 && Lower(word[end - 1]) == 'f' && Lower(word[end - 2]) == 'f' && Lower(word[end - 3]) is 'o' or 'e';
        if (offEnding)
        {
            end--;
        }

        bool vowelSinceLast = false;
        int i = 0;
        if (end > 0)
        {
            i = Start(word[..end], ref buffer, ref lastClass, ref vowelSinceLast);
        }

        while (i < end)
        {
            char c = Lower(word[i]);
            char next = i + 1 < end ? Lower(word[i + 1]) : '\0';
            char third = i + 2 < end ? Lower(word[i + 2]) : '\0';
            char fourth = i + 3 < end ? Lower(word[i + 3]) : '\0';
            int length = 1;
            char cls;
            switch (c)
            {
                case 'a' or 'e' or 'i' or 'o' or 'u' or 'y':
                    vowelSinceLast = true;
                    i++;
                    continue;
                case 'h':
                    // -ah, -eh: the silent h of the feminine ending.
                    if (i == end - 1 && i > 0 && IsVowel(Lower(word[i - 1])))
                    {
                        i++;
                        continue;
                    }

                    cls = 'h';
                    break;
                case 'j':
                    // Slavic -ij, -ej, -aj at the end (Jurij, Sergej, Nikolaj): a vowel, not a consonant. Before a
                    // consonant it is one (Persian Mozhgan = Mojgan, Manizheh = Manijeh).
                    if (i > 0 && IsVowel(Lower(word[i - 1])) && next == '\0')
                    {
                        vowelSinceLast = true;
                        i++;
                        continue;
                    }

                    cls = 'j';
                    break;
                case 'd' when next == 'z' && third == 'h':
                    (cls, length) = ('j', 3);
                    break;
                case 'd' when next == 's' && third == 'c' && fourth == 'h':
                    (cls, length) = ('j', 4);
                    break;
                case 'd' when next == 'j':
                    (cls, length) = ('j', 2);
                    break;
                case 'd' when next == 'h':
                    (cls, length) = ('z', 2);
                    break;
                case 't' when next == 's' && third == 'c' && fourth == 'h':
                    (cls, length) = ('h', 4);
                    break;
                case 't' when next == 'c' && third == 'h':
                    (cls, length) = ('h', 3);
                    break;
                case 't' when next == 'h':
                    (cls, length) = ('s', 2);
                    break;
                case 's' when next == 'c' && third == 'h':
                    (cls, length) = ('x', 3);
                    break;
                case 's' when next == 'h':
                    (cls, length) = ('x', 2);
                    break;
                case 's' when next == 'y' && IsVowel(third) && third != 'y':
                    // Indonesian and Malay write sh as sy (Syarif, Basyir).
                    (cls, length) = ('x', 2);
                    break;
                case 'c' when next == 'h':
                    (cls, length) = ('h', 2);
                    break;
                case 'c' when next == 'z':
                    (cls, length) = ('h', 2);
                    break;
                case 'k' when next == 'h':
                    (cls, length) = ('h', 2);
                    break;
                case 'g' when next == 'h':
                    (cls, length) = ('k', 2);
                    break;
                case 'z' when next == 'h':
                    (cls, length) = ('j', 2);
                    break;
                case 'p' when next == 'h':
                    (cls, length) = ('f', 2);
                    break;
                case 'f' when offEnding && i == end - 1:
                    cls = 'w';
                    break;
                case 'x':
                    Emit('k', ref buffer, ref lastClass, ref vowelSinceLast);
                    cls = 's';
                    break;
                default:
                    cls = ClassOf(c);
                    break;
            }

            Emit(cls, ref buffer, ref lastClass, ref vowelSinceLast);
            i += length;
        }

        // Word-final devoicing (Turkish Mehmet, Ahmet, Hamit): t and d at the end are one class.
        if (lastClass == 't' && buffer.Length > 0 && buffer.Last == 't')
        {
            buffer.SetLast('d');
        }
    }

    /// <summary>Writes the start of the word (a glide, or the leading-vowel marker) and returns where the rest begins.</summary>
    private static int Start(ReadOnlySpan<char> word, ref CharBuffer buffer, ref char lastClass, ref bool vowelSinceLast)
    {
        char first = Lower(word[0]);
        char second = word.Length > 1 ? Lower(word[1]) : '\0';
        switch (first)
        {
            case 'y':
                Emit('j', ref buffer, ref lastClass, ref vowelSinceLast);
                return 1;
            case 'i' when IsVowel(second) && second != 'i':
                Emit('j', ref buffer, ref lastClass, ref vowelSinceLast);
                return 1;
            case 'o' when second == 'u' && word.Length > 2 && IsVowel(Lower(word[2])):
                Emit('w', ref buffer, ref lastClass, ref vowelSinceLast);
                return 2;
            case 'a' or 'e' or 'i' or 'o' or 'u':
                Emit('a', ref buffer, ref lastClass, ref vowelSinceLast);
                int i = 1;
                while (i < word.Length && IsVowel(Lower(word[i])))
                {
                    i++;
                }

                // The vowel is written; what follows is a consonant, whatever vowels the spelling had.
                vowelSinceLast = false;
                return i;
            default:
                return 0;
        }
    }

    private static void Emit(char cls, ref CharBuffer buffer, ref char lastClass, ref bool vowelSinceLast)
    {
        if (cls != lastClass || vowelSinceLast || buffer.Length == 0)
        {
            buffer.Append(cls);
        }

        lastClass = cls;
        vowelSinceLast = false;
    }

    private static char ClassOf(char c) => c switch
    {
        'q' or 'c' or 'g' or 'k' => 'k',
        'p' or 'b' => 'b',
        'v' or 'w' => 'w',
        _ => c,
    };

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';

    private static char Lower(char c) => c is >= 'A' and <= 'Z' ? (char)(c | 0x20) : c;
}
