using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace Vigil.Formats.Edifact;

/// <summary>How the bytes of an interchange are decoded, by the syntax identifier of UNB (ISO 9735-1 annex A).</summary>
/// <remarks>
/// UNOA and UNOB are subsets of ISO 646 (ASCII); IATA syntax is read like UNOB. UNOC to UNOK are parts of ISO 8859.
/// UNOW and UNOY are read as UTF-8. A byte that does not decode is an error; a character outside the repertoire
/// (lower case under UNOA, a control character) is a warning and the value is kept as sent.
/// </remarks>
internal sealed class EdifactCharacterSet
{
    /// <summary>The UNOA repertoires made so far, by service characters: building one is costly next to reading a
    /// small message, and interchanges almost always use the defaults.</summary>
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<ServiceCharacters, SearchValues<byte>> UnoaRepertoires = new();

    private const int MaxCachedRepertoires = 64;

    private readonly Kind _kind;
    private readonly Encoding? _encoding;
    private readonly SearchValues<byte>? _unoa;

    private EdifactCharacterSet(string name, Kind kind, Encoding? encoding, SearchValues<byte>? unoa)
    {
        Name = name;
        _kind = kind;
        _encoding = encoding;
        _unoa = unoa;
    }

    private enum Kind
    {
        Ascii,
        Unoa,
        SingleByte,
        Utf8,
    }

    /// <summary>What a check of raw bytes found.</summary>
    public enum Problem
    {
        None,
        Undecodable,
        OutsideRepertoire,
    }

    /// <summary>Used before UNB is read: ASCII-compatible UTF-8, no repertoire check.</summary>
    public static EdifactCharacterSet Initial { get; } = new("UTF-8", Kind.Utf8, Encoding.UTF8, null);

    public string Name { get; }

    /// <summary>The set for a syntax identifier, or null when the identifier is not known.</summary>
    public static EdifactCharacterSet? For(string? identifier, ServiceCharacters service)
    {
        switch (identifier)
        {
            case "UNOA":
                // ISO 9735-1 annex A, level A: A-Z, 0-9, space and . , - ( ) / = ' + : ? ! " % & * ; < >.
                // The service characters in force are part of the syntax even when UNA picks ones outside level A.
                if (!UnoaRepertoires.TryGetValue(service, out SearchValues<byte>? repertoire))
                {
                    repertoire = SearchValues.Create(
                    [
                        .. "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 .,-()/='+:?!\"%&*;<>"u8,
                        (byte)service.ComponentSeparator, (byte)service.DataElementSeparator, (byte)service.DecimalMark,
                        (byte)service.ReleaseCharacter, (byte)service.RepetitionSeparator, (byte)service.SegmentTerminator,
                    ]);

                    // Bounded: hostile input that varies its UNA must not grow the cache without end.
                    if (UnoaRepertoires.Count < MaxCachedRepertoires)
                    {
                        UnoaRepertoires.TryAdd(service, repertoire);
                    }
                }

                return new(identifier, Kind.Unoa, null, repertoire);
            case "UNOB" or "IATA":
                return new(identifier, Kind.Ascii, null, null);
            case "UNOC":
                return new(identifier, Kind.SingleByte, Encoding.Latin1, null);
            case "UNOW" or "UNOY":
                return new(identifier, Kind.Utf8, Encoding.UTF8, null);
            default:
                int codePage = identifier switch
                {
                    "UNOD" => 28592,
                    "UNOE" => 28595,
                    "UNOF" => 28597,
                    "UNOG" => 28593,
                    "UNOH" => 28594,
                    "UNOI" => 28596,
                    "UNOJ" => 28598,
                    "UNOK" => 28599,
                    _ => 0,
                };
                if (codePage == 0)
                {
                    return null;
                }

                Encoding? encoding = CodePagesEncodingProvider.Instance.GetEncoding(codePage);
                return encoding is null ? null : new(identifier!, Kind.SingleByte, encoding, null);
        }
    }

    /// <summary>Checks raw bytes (service characters included) against the set.</summary>
    /// <param name="raw">The bytes of one segment.</param>
    /// <param name="offset">Where the first problem is, relative to <paramref name="raw"/>.</param>
    public Problem Check(ReadOnlySpan<byte> raw, out int offset)
    {
        offset = -1;
        switch (_kind)
        {
            case Kind.Unoa:
                {
                    int bad = raw.IndexOfAnyExcept(_unoa!);
                    if (bad < 0)
                    {
                        return Problem.None;
                    }

                    int undecodable = raw.IndexOfAnyInRange((byte)0x80, (byte)0xFF);
                    if (undecodable >= 0)
                    {
                        offset = undecodable;
                        return Problem.Undecodable;
                    }

                    offset = bad;
                    return Problem.OutsideRepertoire;
                }

            case Kind.Ascii:
                {
                    int bad = raw.IndexOfAnyExceptInRange((byte)0x20, (byte)0x7E);
                    if (bad < 0)
                    {
                        return Problem.None;
                    }

                    int undecodable = raw.IndexOfAnyInRange((byte)0x80, (byte)0xFF);
                    offset = undecodable >= 0 ? undecodable : bad;
                    return undecodable >= 0 ? Problem.Undecodable : Problem.OutsideRepertoire;
                }

            case Kind.SingleByte:
                {
                    int bad = raw.IndexOfAnyInRange((byte)0x00, (byte)0x1F);
                    if (bad < 0)
                    {
                        bad = raw.IndexOfAnyInRange((byte)0x7F, (byte)0x9F);
                    }

                    offset = bad;
                    return bad < 0 ? Problem.None : Problem.OutsideRepertoire;
                }

            default:
                {
                    if (!Utf8.IsValid(raw))
                    {
                        offset = FirstInvalidUtf8(raw);
                        return Problem.Undecodable;
                    }

                    int control = raw.IndexOfAnyInRange((byte)0x00, (byte)0x1F);
                    if (control < 0)
                    {
                        control = raw.IndexOf((byte)0x7F);
                    }

                    offset = control;
                    return control < 0 ? Problem.None : Problem.OutsideRepertoire;
                }
        }
    }

    /// <summary>Decodes bytes that hold no release character.</summary>
    public string Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.IsEmpty)
        {
            return string.Empty;
        }

        switch (_kind)
        {
            case Kind.Ascii or Kind.Unoa:
                if (bytes.IndexOfAnyInRange((byte)0x80, (byte)0xFF) < 0)
                {
                    return Encoding.Latin1.GetString(bytes);
                }

                // Bytes that do not decode were reported by Check; the value keeps a replacement character for each.
                return string.Create(bytes.Length, bytes.ToArray(), static (chars, source) =>
                {
                    for (int i = 0; i < source.Length; i++)
                    {
                        chars[i] = source[i] < 0x80 ? (char)source[i] : '\uFFFD';
                    }
                });
            case Kind.SingleByte:
                return _encoding!.GetString(bytes);
            default:
                return Encoding.UTF8.GetString(bytes);
        }
    }

    /// <summary>What the character at <paramref name="offset"/> is, for a diagnostic.</summary>
    public static string DescribeAt(ReadOnlySpan<byte> raw, int offset)
    {
        byte b = raw[offset];
        if (b is >= 0x21 and < 0x7F)
        {
            return $"'{(char)b}'";
        }

        return $"the byte 0x{b:X2}";
    }

    private static int FirstInvalidUtf8(ReadOnlySpan<byte> raw)
    {
        int offset = 0;
        while (offset < raw.Length)
        {
            OperationStatus status = Rune.DecodeFromUtf8(raw[offset..], out _, out int consumed);
            if (status != OperationStatus.Done)
            {
                return offset;
            }

            offset += consumed;
        }

        return 0;
    }
}
