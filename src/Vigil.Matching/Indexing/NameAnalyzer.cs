using Vigil.Matching.Text;

namespace Vigil.Matching.Indexing;

/// <summary>Turns a name as written into comparable parts: normalized, romanized, with particles marked and
/// <c>Abd al-X</c> / <c>Abdul X</c> / <c>Abdulx</c> brought to one form.</summary>
internal static class NameAnalyzer
{
    private static readonly HashSet<string> Particles = new(StringComparer.Ordinal)
    {
        "al", "el", "ul", "ad", "ed", "ud", "ash", "as", "at", "az", "an", "ar", "bin", "ibn", "bint", "ben", "bent", "ould", "wuld",
        "abu", "abou", "abo", "umm", "um", "de", "da", "del", "della", "di", "do", "dos", "das", "van", "von", "der", "den", "la", "le", "y",

        // Honorifics and titles written before a name on one document and not on another.
        "sheikh", "shaikh", "shaykh", "sheik", "cheikh", "haji", "hajji", "hadji", "haj", "mullah", "mulla", "molla", "sayyed", "sayed",
        "sayyid", "seyed", "seyyed", "sayid", "syed", "sied", "imam", "maulana", "mawlana", "mawlawi", "maulvi", "mawlavi", "mufti", "qari",
        "hafiz", "dr", "doctor", "prof", "mr", "mrs", "ms", "general", "gen", "colonel", "col", "brigadier", "major", "captain", "capt",
    };

    // Romanizations of the Arabic "servant of" prefix, joined to the next part or written apart.
    private static readonly string[] AbdPrefixes = ["abdoul", "abdul", "abdel", "abdal", "abdol", "abdur", "abdus", "abdu", "abd"];

    /// <summary>The parts of a name; empty when it has no letters or digits.</summary>
    public static NamePart[] Analyze(string raw) => Analyze(raw, null);

    /// <summary>The parts of a name; empty when it has no letters or digits.</summary>
    /// <param name="raw">The name as written.</param>
    /// <param name="words">Each word's part when it stands alone (null when it has no letters), kept from name to
    /// name: names repeat their words (Mohammed, Maria, Khan), and a word's part depends on the word alone. The
    /// caller bounds its size; null to keep nothing.</param>
    public static NamePart[] Analyze(string raw, Dictionary<string, NamePart?>? words)
    {
        string[] tokens = BySyllable(NameNormalizer.Tokens(raw));
        List<NamePart> parts = new(tokens.Length);
        for (int i = 0; i < tokens.Length; i++)
        {
            string token = tokens[i];
            NamePart? alone;
            if (words is null)
            {
                alone = Word(token);
            }
            else if (!words.TryGetValue(token, out alone))
            {
                alone = Word(token);
                words[token] = alone;
            }

            if (alone is null)
            {
                continue;
            }

            // "abd al rahman", "abdul rahman", "abd rahman": one part "abdrahman". (The Abd words are their own Latin
            // spelling: no canonical form changes them.)
            if (IsAbd(alone.Text) && i + 1 < tokens.Length)
            {
                int next = i + 1;
                string following = Romanizer.Romanize(tokens[next]);
                if (Particles.Contains(following) && next + 1 < tokens.Length && following is "al" or "el" or "ul" or "ar" or "as" or "ad" or "an" or "at" or "az" or "ash")
                {
                    next++;
                    following = Romanizer.Romanize(tokens[next]);
                }

                string joined = "abd" + following;
                parts.Add(new NamePart(string.Join(' ', tokens[i..(next + 1)]), joined, SoundSkeleton.Key(joined), IsParticle: false)
                {
                    TailKey = SoundSkeleton.Key(following),
                });
                i = next;
                continue;
            }

            parts.Add(alone);
        }

        return [.. parts];
    }

    /// <summary>The part a word makes on its own; null when it has no letters or digits.</summary>
    private static NamePart? Word(string token)
    {
        IReadOnlyList<string> variants = Romanizer.Variants(token);
        string latin = variants.Count > 0 ? variants[0] : token;
        if (latin.Length == 0)
        {
            return null;
        }

        string text = CanonicalAbd(latin);
        NamePart part = new(token, text, SoundSkeleton.Key(text), Particles.Contains(text))
        {
            TailKey = text.Length > 5 && text.StartsWith("abd", StringComparison.Ordinal) && !latin.Equals(text, StringComparison.Ordinal) || text.StartsWith("abd", StringComparison.Ordinal) && text.Length > 6
                ? SoundSkeleton.Key(text[3..])
                : FusedArticle(text) is { } rest ? SoundSkeleton.Key(rest) : null,
            HeadKey = WithoutAllah(text) is { } head ? SoundSkeleton.Key(head) : null,
            OcrReading = OcrReading(text) is { } read ? (read, SoundSkeleton.Key(read)) : null,
        };
        if (variants.Count > 1)
        {
            part = part with { Variants = [.. variants.Skip(1).Select(v => (CanonicalAbd(v), SoundSkeleton.Key(CanonicalAbd(v))))] };
        }

        return part;
    }

    /// <summary>The words with each Hangul syllable and each Chinese character made a word of its own; the same
    /// array when there are none.</summary>
    /// <remarks>Korean and Chinese names are written without spaces (박영철, 郑晓强) and romanized syllable by
    /// syllable, with or without hyphens or spaces between them (Pak Yong-chol, Zheng Xiaoqiang): one part per
    /// syllable pairs with either, as the alignment joins adjacent parts written as one.</remarks>
    private static string[] BySyllable(string[] tokens)
    {
        bool any = false;
        foreach (string token in tokens)
        {
            foreach (char c in token)
            {
                any |= IsSyllable(c);
            }
        }

        if (!any)
        {
            return tokens;
        }

        List<string> split = new(tokens.Length * 3);
        foreach (string token in tokens)
        {
            int start = 0;
            for (int i = 0; i < token.Length; i++)
            {
                if (IsSyllable(token[i]))
                {
                    if (i > start)
                    {
                        split.Add(token[start..i]);
                    }

                    split.Add(token.Substring(i, 1));
                    start = i + 1;
                }
            }

            if (start < token.Length)
            {
                split.Add(token[start..]);
            }
        }

        return [.. split];
    }

    private static bool IsSyllable(char c) =>
        c is (>= '\uAC00' and <= '\uD7A3') or (>= '\u4E00' and <= '\u9FFF') or (>= '\u3400' and <= '\u4DBF') or (>= '\uF900' and <= '\uFAFF');

    /// <summary>The part with the letter pairs a character reader takes for one letter read back: "rn" for "m", "vv"
    /// for "w" (machine readable zones and scanned documents); null when it has none.</summary>
    private static string? OcrReading(string text)
    {
        if (text.Length < 3 || (!text.Contains("rn", StringComparison.Ordinal) && !text.Contains("vv", StringComparison.Ordinal)))
        {
            return null;
        }

        return text.Replace("rn", "m", StringComparison.Ordinal).Replace("vv", "w", StringComparison.Ordinal);
    }

    /// <summary>"elghardawi" → "ghardawi": a Latin word that may be the article written joined to a name (Al, El,
    /// Ul), without it; null when too little would be left for the rest to be a name of its own.</summary>
    /// <remarks>A list writes "El Mahdi ElGhardawi" where a passport writes "ElMahdi El Ghardawi": the rest is the
    /// name the other side holds. Only as the weaker "without prefix" match, since "Albert" is not "Bert".</remarks>
    private static string? FusedArticle(string text)
    {
        if (text.Length < 7 || text[1] != 'l' || text[0] is not ('a' or 'e' or 'u'))
        {
            return null;
        }

        return text[2..];
    }

    // Romanizations of the theophoric ending "-ullah" ("of God"): Nasrullah, Ruhollah, Hamidullah, Fazlallah.
    private static readonly string[] AllahEndings = ["ullah", "ollah", "allah", "ulla", "olla", "alla", "illah"];

    /// <summary>"ghodratollah" → "ghodrat": the name without its "-ullah" ending; null when it has none, or when
    /// too little is left (and never for the "Abd" names, which are "servant of God").</summary>
    private static string? WithoutAllah(string text)
    {
        if (text.StartsWith("abd", StringComparison.Ordinal))
        {
            return null;
        }

        foreach (string ending in AllahEndings)
        {
            if (text.Length >= ending.Length + 3 && text.EndsWith(ending, StringComparison.Ordinal))
            {
                return text[..^ending.Length];
            }
        }

        return null;
    }

    private static bool IsAbd(string latin) => latin is "abd" or "abdul" or "abdel" or "abdal" or "abdoul" or "abdol" or "abdu" or "abdur" or "abdus";

    /// <summary>"abdulrahman", "abdelrahman", "abdurrahman" → "abdrahman"; "abdullah" → "abdllah".</summary>
    private static string CanonicalAbd(string latin)
    {
        if (latin.Length <= 5 || !latin.StartsWith("abd", StringComparison.Ordinal))
        {
            return latin;
        }

        foreach (string prefix in AbdPrefixes)
        {
            if (latin.Length > prefix.Length + 2 && latin.StartsWith(prefix, StringComparison.Ordinal))
            {
                string rest = latin[prefix.Length..];
                if (prefix is "abdur" or "abdus" && rest.Length > 0 && rest[0] == prefix[^1])
                {
                    rest = rest[1..];
                }

                return "abd" + (prefix is "abdur" ? "r" : prefix is "abdus" ? "s" : string.Empty) + rest;
            }
        }

        return latin;
    }
}
