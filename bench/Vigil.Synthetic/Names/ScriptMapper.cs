using System.Text;

namespace Vigil.Synthetic.Names;

/// <summary>Writes a generated Latin name in Arabic or Cyrillic script by a simple letter mapping.</summary>
/// <remarks>
/// Not a transliteration standard: enough to give a list the original-script names that real lists carry, written
/// the way a clerk would (short vowels left out in Arabic script, the article joined to its word, Persian letters for
/// Persian and Pashto names).
/// </remarks>
internal static class ScriptMapper
{
    public static string ToScript(string latin, OriginalScript script, NamingStyle style) => script switch
    {
        OriginalScript.Arabic => ToArabic(latin, persian: style is NamingStyle.Persian or NamingStyle.PashtoUrdu),
        OriginalScript.Cyrillic => ToCyrillic(latin),
        _ => latin,
    };

    public static string ToArabic(string latin, bool persian)
    {
        StringBuilder output = new(latin.Length);
        bool article = false;
        foreach (string raw in Fold(latin).Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries))
        {
            string word = raw;
            if (word is "al" or "el")
            {
                article = true;
                continue;
            }

            if (output.Length > 0)
            {
                output.Append(' ');
            }

            if (article)
            {
                output.Append("ال");
                article = false;
            }

            switch (word)
            {
                case "bin" or "ben":
                    output.Append("بن");
                    continue;
                case "ibn":
                    output.Append("ابن");
                    continue;
                case "bint" or "bent":
                    output.Append("بنت");
                    continue;
                case "ould":
                    output.Append("ولد");
                    continue;
                case "abu" or "abou":
                    output.Append("أبو");
                    continue;
                case "umm":
                    output.Append("أم");
                    continue;
                case "abd":
                    output.Append("عبد");
                    continue;
                case "abdul" or "abdel":
                    output.Append("عبد");
                    article = true;
                    continue;
                default:
                    break;
            }

            if (word.Length > 5 && (word.StartsWith("abdul", StringComparison.Ordinal) || word.StartsWith("abdel", StringComparison.Ordinal)))
            {
                output.Append("عبد ال");
                word = word[5..];
            }

            ArabicWord(word, persian, output);
        }

        return output.ToString();
    }

    public static string ToCyrillic(string latin)
    {
        StringBuilder output = new(latin.Length);
        string text = Fold(latin);
        bool wordStart = true;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c is ' ' or '-' or '\'')
            {
                if (c != '\'')
                {
                    output.Append(c);
                }

                wordStart = true;
                continue;
            }

            string next2 = i + 1 < text.Length ? text.Substring(i, 2) : string.Empty;
            string? letters = i + 3 < text.Length && text.Substring(i, 4) == "shch" ? "щ" : null;
            int used = letters is null ? 0 : 4;
            if (letters is null)
            {
                letters = next2 switch
                {
                    "sh" => "ш",
                    "ch" => "ч",
                    "zh" => "ж",
                    "kh" => "х",
                    "ts" => "ц",
                    "yu" => "ю",
                    "ya" => "я",
                    "ye" => "е",
                    "yo" => "ё",
                    _ => null,
                };
                used = letters is null ? 0 : 2;
            }

            if (letters is null)
            {
                used = 1;
                bool afterVowel = i > 0 && "aeiou".Contains(text[i - 1], StringComparison.Ordinal);
                letters = c switch
                {
                    'a' => "а",
                    'b' => "б",
                    'v' or 'w' => "в",
                    'g' => "г",
                    'd' => "д",
                    'e' => wordStart ? "э" : "е",
                    'z' => "з",
                    'i' => "и",
                    'y' => afterVowel ? "й" : "ы",
                    'k' or 'q' or 'c' => "к",
                    'l' => "л",
                    'm' => "м",
                    'n' => "н",
                    'o' => "о",
                    'p' => "п",
                    'r' => "р",
                    's' => "с",
                    't' => "т",
                    'u' => "у",
                    'f' => "ф",
                    'h' or 'x' => "х",
                    'j' => "дж",
                    _ => string.Empty,
                };
            }

            output.Append(wordStart && letters.Length > 0 ? char.ToUpperInvariant(letters[0]) + letters[1..] : letters);
            wordStart = wordStart && letters.Length == 0;
            i += used - 1;
        }

        return output.ToString();
    }

    private static void ArabicWord(string word, bool persian, StringBuilder output)
    {
        int lastVowel = -1;
        for (int i = 0; i < word.Length; i++)
        {
            if ("aeiou".Contains(word[i], StringComparison.Ordinal))
            {
                lastVowel = i;
            }
        }

        for (int i = 0; i < word.Length; i++)
        {
            char c = word[i];
            string pair = i + 1 < word.Length ? word.Substring(i, 2) : string.Empty;
            string? digraph = pair switch
            {
                "sh" => "ش",
                "kh" => "خ",
                "gh" => "غ",
                "th" => "ث",
                "dh" => "ذ",
                "ch" => persian ? "چ" : "تش",
                "zh" => persian ? "ژ" : "ج",
                "ou" or "oo" or "aw" => "و",
                "ee" or "ai" or "ay" or "ei" or "ey" => "ي",
                "aa" => "ا",
                _ => null,
            };
            if (digraph is not null)
            {
                output.Append(i == 0 && digraph is "و" or "ي" ? "أ" + digraph : digraph);
                i++;
                continue;
            }

            if (i > 0 && c == word[i - 1] && !"aeiou".Contains(c, StringComparison.Ordinal))
            {
                // A doubled consonant is written once (the shadda is left out, as most writers do).
                continue;
            }

            output.Append(c switch
            {
                // Short vowels are not written; a vowel at the start carries an alif, the last vowel is taken as long.
                'a' => i == 0 || i == lastVowel ? "ا" : string.Empty,
                'i' => i == 0 ? "إ" : "ي",
                'u' or 'o' => i == 0 ? "أ" : "و",
                'e' => i == 0 ? "إ" : i == word.Length - 1 ? "ه" : string.Empty,
                'b' => "ب",
                't' => "ت",
                'j' => "ج",
                'h' => i == word.Length - 1 ? "ه" : "ح",
                'd' => "د",
                'r' => "ر",
                'z' => "ز",
                's' => "س",
                'f' => "ف",
                'q' => "ق",
                'k' or 'c' => "ك",
                'l' => "ل",
                'm' => "م",
                'n' => "ن",
                'w' => "و",
                'y' => "ي",
                'g' => persian ? "گ" : "غ",
                'p' => persian ? "پ" : "ب",
                'v' => persian ? "و" : "ف",
                'x' => "كس",
                '\'' => "ع",
                _ => string.Empty,
            });
        }
    }

    /// <summary>Lower case without the diacritics of the generated inventories.</summary>
    private static string Fold(string latin)
    {
        StringBuilder folded = new(latin.Length);
        foreach (char raw in latin)
        {
            char c = char.ToLowerInvariant(raw);
            string? mapped = c switch
            {
                'á' or 'à' or 'â' => "a",
                'é' or 'è' or 'ê' or 'ë' => "e",
                'í' or 'ï' or 'ı' => "i",
                'ó' or 'ô' or 'ö' => "o",
                'ú' or 'ü' or 'û' => "u",
                'ç' => "c",
                'ş' => "sh",
                'ğ' => "g",
                'ñ' => "n",
                _ => null,
            };
            if (mapped is null)
            {
                folded.Append(c);
            }
            else
            {
                folded.Append(mapped);
            }
        }

        return folded.ToString();
    }
}
