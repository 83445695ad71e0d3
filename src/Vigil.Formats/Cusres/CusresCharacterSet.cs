using System.Buffers;
using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using Vigil.Formats.Edifact;

namespace Vigil.Formats.Cusres;

/// <summary>The character set an answer is written in, by the syntax identifier of UNB (ISO 9735-1 annex A): which
/// characters a value may hold, how the others are replaced, and how text becomes bytes.</summary>
/// <remarks>
/// <para>
/// UNOA (and IATA, written to the same rule): upper-case A-Z, digits, space and
/// <c>. , - ( ) / = ' + : ? ! " % &amp; * ; &lt; &gt;</c>. UNOB: the same and lower-case a-z (Vigil writes no other
/// ISO 646 sign, so that every reader of level B accepts the answer). Under both, the service characters in force
/// belong to the set (released inside values), even when UNA chose ones outside it. UNOC to UNOK: the printable
/// characters of their ISO 8859 part. UNOW and UNOY: any character but control characters, as UTF-8. Any other
/// identifier is answered in UNOA.
/// </para>
/// <para>
/// A character outside the set is replaced (<see cref="Fit"/>): by the ICAO Doc 9303 transliteration of the
/// letters that have no accent to drop (<c>ß</c> <c>ss</c>, <c>Æ</c> <c>AE</c>, <c>Ø</c> <c>OE</c>, <c>Þ</c>
/// <c>TH</c>, <c>Ł</c> <c>L</c>...), by the plain quote or hyphen for a typographic one, by a space for a tab or
/// another space; else by its letter without accents (<c>É</c> is <c>E</c>; a combining accent alone is dropped);
/// under UNOA and IATA a lower-case letter becomes upper case. What is still outside the set (another script,
/// <c>@</c> under UNOA, a control character) is dropped.
/// </para>
/// </remarks>
internal sealed partial class CusresCharacterSet
{
    private const string LevelA = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 .,-()/='+:?!\"%&*;<>";

    private const string LevelB = LevelA + "abcdefghijklmnopqrstuvwxyz";

    private static readonly SearchValues<char> UnoaCharacters = SearchValues.Create(LevelA);
    private static readonly SearchValues<char> UnobCharacters = SearchValues.Create(LevelB);
    private static readonly ConcurrentDictionary<string, CusresCharacterSet> SingleByteSets = new(StringComparer.Ordinal);

    private readonly Kind _kind;
    private readonly SearchValues<char>? _ascii;
    private readonly Dictionary<char, byte>? _singleByte;

    private CusresCharacterSet(string identifier, Kind kind, SearchValues<char>? ascii, Dictionary<char, byte>? singleByte)
    {
        Identifier = identifier;
        _kind = kind;
        _ascii = ascii;
        _singleByte = singleByte;
    }

    private enum Kind
    {
        UpperAscii,
        Ascii,
        SingleByte,
        Utf8,
    }

    /// <summary>The syntax identifier written in UNB.</summary>
    public string Identifier { get; }

    /// <summary>The set for the request's syntax identifier; UNOA when it is null or not one Vigil writes.</summary>
    /// <param name="identifier">The syntax identifier.</param>
    /// <param name="service">The service characters in force: under UNOA and UNOB they are part of the set even when
    /// UNA chose ones outside it (ISO 9735-1 §7.1), so that a value holding one keeps it, released.</param>
    public static CusresCharacterSet For(string? identifier, ServiceCharacters service)
    {
        switch (identifier)
        {
            case "UNOA" or "IATA":
                return new CusresCharacterSet(identifier, Kind.UpperAscii, WithService(LevelA, UnoaCharacters, service), null);
            case "UNOB":
                return new CusresCharacterSet(identifier, Kind.Ascii, WithService(LevelB, UnobCharacters, service), null);
            case "UNOW" or "UNOY":
                return new CusresCharacterSet(identifier, Kind.Utf8, null, null);
            default:
                Encoding? encoding = identifier switch
                {
                    "UNOC" => Encoding.Latin1,
                    "UNOD" => CodePagesEncodingProvider.Instance.GetEncoding(28592),
                    "UNOE" => CodePagesEncodingProvider.Instance.GetEncoding(28595),
                    "UNOF" => CodePagesEncodingProvider.Instance.GetEncoding(28597),
                    "UNOG" => CodePagesEncodingProvider.Instance.GetEncoding(28593),
                    "UNOH" => CodePagesEncodingProvider.Instance.GetEncoding(28594),
                    "UNOI" => CodePagesEncodingProvider.Instance.GetEncoding(28596),
                    "UNOJ" => CodePagesEncodingProvider.Instance.GetEncoding(28598),
                    "UNOK" => CodePagesEncodingProvider.Instance.GetEncoding(28599),
                    _ => null,
                };
                return encoding is null
                    ? new CusresCharacterSet("UNOA", Kind.UpperAscii, WithService(LevelA, UnoaCharacters, service), null)
                    : SingleByteSets.GetOrAdd(identifier!, static (id, e) => new CusresCharacterSet(id, Kind.SingleByte, null, Repertoire(e)), encoding);
        }
    }

    /// <summary>The characters of a level and the service characters: the level's own search values when they hold
    /// the service characters already, as the defaults are.</summary>
    private static SearchValues<char> WithService(string level, SearchValues<char> characters, ServiceCharacters service)
    {
        string extra = service.ToString().Replace(" ", string.Empty, StringComparison.Ordinal);
        return extra.AsSpan().ContainsAnyExcept(characters) ? SearchValues.Create(level + extra) : characters;
    }

    /// <summary>The value with every character inside the set: replaced or dropped as the remarks say, then trimmed of
    /// spaces (a reader does not keep them). Empty for null. Fitting a fitted value changes nothing.</summary>
    public string Fit(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return string.Empty;
        }

        StringBuilder? fitted = null;
        for (int i = 0; i < value.Length;)
        {
            Rune.DecodeFromUtf16(value.AsSpan(i), out Rune rune, out int length);
            if (IsAllowed(rune))
            {
                fitted?.Append(value, i, length);
            }
            else
            {
                // The first character to replace: what came before is kept as it was.
                fitted ??= new StringBuilder(value.Length + 8).Append(value, 0, i);
                AppendReplacement(fitted, rune);
            }

            i += length;
        }

        return (fitted?.ToString() ?? value).Trim(' ');
    }

    /// <summary>Text whose characters are all in the set (values fitted, service characters ASCII) as bytes.</summary>
    public byte[] Encode(string text)
    {
        switch (_kind)
        {
            case Kind.Utf8:
                return Encoding.UTF8.GetBytes(text);
            case Kind.SingleByte:
                byte[] bytes = new byte[text.Length];
                for (int i = 0; i < text.Length; i++)
                {
                    bytes[i] = _singleByte!.TryGetValue(text[i], out byte b) ? b : (byte)text[i];
                }

                return bytes;
            default:
                return Encoding.ASCII.GetBytes(text);
        }
    }

    /// <summary>True when the set writes the character. U+FFFD is what half a surrogate pair decodes to: it carries
    /// nothing of the value, so it is never written.</summary>
    private bool IsAllowed(Rune rune) => _kind switch
    {
        Kind.Utf8 => Rune.GetUnicodeCategory(rune) is not (UnicodeCategory.Control or UnicodeCategory.Surrogate) && rune != Rune.ReplacementChar,
        _ => rune.IsBmp && IsAllowed((char)rune.Value),
    };

    private bool IsAllowed(char c) => _kind switch
    {
        Kind.SingleByte => _singleByte!.ContainsKey(c),
        Kind.Utf8 => !char.IsControl(c) && !char.IsSurrogate(c) && c != '\uFFFD',
        _ => _ascii!.Contains(c),
    };

    private void AppendReplacement(StringBuilder fitted, Rune rune)
    {
        string candidates = Transliteration(rune.Value) ?? (LatinBase(rune.Value) is char letter ? letter.ToString() : rune.ToString());
        foreach (char c in candidates)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (IsAllowed(c))
            {
                fitted.Append(c);
            }
            else if (_kind == Kind.UpperAscii && char.IsAsciiLetterLower(c))
            {
                fitted.Append((char)(c - 'a' + 'A'));
            }
        }
    }

    /// <summary>The replacement of a character that has no decomposition into a letter and accents: ICAO Doc 9303
    /// part 3 §6 for letters, the plain sign for typographic ones; null for the others.</summary>
    private static string? Transliteration(int c) => c switch
    {
        'ß' => "ss",
        'ẞ' => "SS",
        'Æ' => "AE",
        'æ' => "ae",
        'Œ' => "OE",
        'œ' => "oe",
        'Ø' => "OE",
        'ø' => "oe",
        'Þ' => "TH",
        'þ' => "th",
        'Ð' or 'Đ' => "D",
        'ð' or 'đ' => "d",
        'Ł' => "L",
        'ł' => "l",
        'Ħ' => "H",
        'ħ' => "h",
        'Ŋ' => "N",
        'ŋ' => "n",
        'ı' => "i",
        '\u2018' or '\u2019' or '\u201A' or '\u201B' or '\u2032' => "'",
        '\u201C' or '\u201D' or '\u201E' or '\u201F' or '\u2033' => "\"",
        >= '\u2010' and <= '\u2015' or '\u2212' => "-",
        '\t' => " ",
        _ when c <= char.MaxValue && char.IsWhiteSpace((char)c) && !char.IsControl((char)c) => " ",
        _ => null,
    };

    /// <summary>The printable characters of a single-byte ISO 8859 part and their bytes: those that go through the
    /// encoding and back unchanged (positions a part leaves unassigned do not).</summary>
    private static Dictionary<char, byte> Repertoire(Encoding encoding)
    {
        Dictionary<char, byte> characters = [];
        Span<byte> one = stackalloc byte[1];
        Span<char> decoded = stackalloc char[2];
        Span<byte> back = stackalloc byte[4];
        for (int b = 0x20; b <= 0xFF; b++)
        {
            if (b is >= 0x7F and <= 0x9F)
            {
                continue;
            }

            one[0] = (byte)b;
            if (encoding.GetChars(one, decoded) != 1 || decoded[0] == '\uFFFD')
            {
                continue;
            }

            if (encoding.GetBytes(decoded[..1], back) == 1 && back[0] == b)
            {
                characters.TryAdd(decoded[0], (byte)b);
            }
        }

        return characters;
    }
}
