using System.Globalization;
using System.Text;

namespace Vigil.Synthetic.Messages;

/// <summary>Writes the values of generated EDIFACT segments: names reduced to the UNOA repertoire, the service
/// characters of <c>UNA:+.? '</c> released.</summary>
internal static class EdifactText
{
    /// <summary>A name in UNOA: diacritics dropped, upper case, letters, digits, spaces, hyphens and apostrophes only
    /// (an apostrophe released as <c>?'</c>), spaces collapsed. Null when nothing is left.</summary>
    public static string? Name(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        StringBuilder result = new(text.Length + 4);
        bool space = false;
        foreach (char c in text.Normalize(NormalizationForm.FormD))
        {
            char upper = char.ToUpperInvariant(c);
            string? piece = upper switch
            {
                >= 'A' and <= 'Z' or >= '0' and <= '9' or '-' => null,
                '\'' or '\u2019' or '`' => "?'",
                'ß' => "SS",
                'Ø' => "O",
                'Æ' => "AE",
                'Œ' => "OE",
                _ => string.Empty,
            };
            if (piece is { Length: 0 })
            {
                // A space, a mark or anything outside the repertoire separates words; a combining accent is dropped.
                space |= CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark;
                continue;
            }

            if (space && result.Length > 0)
            {
                result.Append(' ');
            }

            space = false;
            if (piece is null)
            {
                result.Append(upper);
            }
            else
            {
                result.Append(piece);
            }
        }

        return result.Length == 0 ? null : result.ToString();
    }

    /// <summary>Splits a name written given names first into the family name (its last word) and the rest.</summary>
    public static (string Family, string? Given) SplitGivenFirst(string name)
    {
        string[] words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length <= 1 ? (name, null) : (words[^1], string.Join(' ', words[..^1]));
    }

    /// <summary>YYMMDD:HHMM of the UNB and UNG.</summary>
    public static string EnvelopeDate(DateTime at) => at.ToString("yyMMdd':'HHmm", CultureInfo.InvariantCulture);

    /// <summary>CCYYMMDD, the value of a DTM with format code 102.</summary>
    public static string Day(DateOnly day) => day.ToString("yyyyMMdd", CultureInfo.InvariantCulture);

    /// <summary>YYMMDD, the value of a DTM without a format code.</summary>
    public static string ShortDay(DateOnly day) => day.ToString("yyMMdd", CultureInfo.InvariantCulture);

    /// <summary>YYMMDDHHMM, the value of a DTM with format code 201.</summary>
    public static string Minute(DateTime at) => at.ToString("yyMMddHHmm", CultureInfo.InvariantCulture);

    /// <summary>DDMMYY, a PNRGOV date.</summary>
    public static string PnrDay(DateOnly day) => day.ToString("ddMMyy", CultureInfo.InvariantCulture);

    /// <summary>DDMMMYY, a date of SSR free text (12JUL64).</summary>
    public static string SsrDay(DateOnly day) => day.ToString("ddMMMyy", CultureInfo.InvariantCulture).ToUpperInvariant();

    /// <summary>Upper-case letters and digits, as document numbers and record locators are.</summary>
    public static string Code(Rng rng, int length, int letters = 2)
    {
        const string Letters = "ABCDEFGHJKLMNPRSTUVWXYZ";
        Span<char> code = stackalloc char[length];
        for (int i = 0; i < length; i++)
        {
            code[i] = i < letters ? Letters[rng.Next(Letters.Length)] : (char)('0' + rng.Next(10));
        }

        return new string(code);
    }
}
