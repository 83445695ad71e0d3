namespace Vigil.Matching.Text;

public static partial class Romanizer
{
    /// <summary>Wade-Giles initials (apostrophes already gone: ch' is ch), longest first.</summary>
    private static readonly string[] WadeGilesInitials =
        ["ch", "hs", "ts", "tz", "ss", "sh", "j", "k", "p", "t", "m", "f", "n", "l", "h", "s", "y", "w", ""];

    /// <summary>Wade-Giles finals (ü written u), each with its pinyin spelling.</summary>
    private static readonly (string WadeGiles, string Pinyin)[] WadeGilesFinals =
    [
        ("iang", "iang"), ("iung", "iong"), ("uang", "uang"), ("ang", "ang"), ("eng", "eng"), ("ing", "ing"), ("ung", "ong"),
        ("erh", "er"), ("iao", "iao"), ("ieh", "ie"), ("ien", "ian"), ("uai", "uai"), ("uan", "uan"), ("ueh", "ue"),
        ("uei", "ui"), ("ai", "ai"), ("an", "an"), ("ao", "ao"), ("ei", "ei"), ("en", "en"), ("ia", "ia"), ("ih", "i"),
        ("in", "in"), ("iu", "iu"), ("ou", "ou"), ("ua", "ua"), ("ui", "ui"), ("un", "un"), ("uo", "uo"), ("a", "a"),
        ("e", "e"), ("i", "i"), ("o", "o"), ("u", "u"),
    ];

    /// <summary>Adds the pinyin spellings of a Latin word that is one syllable of Chinese in Wade-Giles ("chien" is
    /// jian or qian, "hsin" xin, "kuo" guo, "tung" dong); nothing for any other word.</summary>
    /// <remarks>Older lists and documents write Chinese names in Wade-Giles, newer ones and passports of the
    /// People's Republic in pinyin; Chinese characters are romanized in pinyin. The rules are the letter
    /// correspondences of the two systems: initials ch = zh (or j, q before i and ü), hs = x, ts and tz = z or c,
    /// k = g, p = b, t = d, j = r (the unaspirated and the aspirated consonant are alike once the apostrophe is
    /// dropped); finals ien = ian, ieh = ie, ung = ong, ih and the u of tzu, ssu = i, o = e after k and h, o = uo after
    /// other consonants.</remarks>
    private static void AddWadeGilesSyllable(List<string> variants, string latin)
    {
        if (latin.Length is < 2 or > 6)
        {
            return;
        }

        foreach (string initial in WadeGilesInitials)
        {
            if (!latin.StartsWith(initial, StringComparison.Ordinal))
            {
                continue;
            }

            ReadOnlySpan<char> rest = latin.AsSpan(initial.Length);
            foreach ((string wadeGiles, string pinyin) in WadeGilesFinals)
            {
                if (!rest.SequenceEqual(wadeGiles))
                {
                    continue;
                }

                string final = (initial, wadeGiles) switch
                {
                    ("tz" or "ts" or "ss", "u") => "i",
                    ("k" or "h", "o") => "e",
                    ("" or "y" or "w" or "p" or "m" or "f", "o") => "o",
                    (_, "o") => "uo",
                    _ => pinyin,
                };
                bool palatal = (final[0] is 'i' && wadeGiles != "ih") || (final[0] == 'u' && wadeGiles.Length > 1 && wadeGiles[1] is 'e' or 'a' or 'n');
                ReadOnlySpan<string> initials = initial switch
                {
                    "ch" => palatal ? ["j", "q", "ch"] : ["zh", "ch"],
                    "hs" => ["x"],
                    "ts" or "tz" => ["z", "c"],
                    "ss" => ["s"],
                    "k" => ["g", "k"],
                    "p" => ["b", "p"],
                    "t" => ["d", "t"],
                    "j" => ["r"],
                    _ => [initial],
                };
                foreach (string first in initials)
                {
                    string spelt = first + final;
                    if (!string.Equals(spelt, latin, StringComparison.Ordinal))
                    {
                        Add(variants, spelt);
                    }
                }

                return;
            }
        }
    }
}
