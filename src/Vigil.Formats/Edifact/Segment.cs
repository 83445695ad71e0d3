using System.Buffers;
using System.Buffers.Binary;
using System.Numerics;

namespace Vigil.Formats.Edifact;

/// <summary>One segment of an interchange, as the tokenizer found it: its tag, data elements and components as
/// ranges of the interchange bytes.</summary>
/// <remarks>
/// The tokenizer reuses one instance for every segment, so that reading allocates nothing per segment: values become
/// strings only when a parser keeps them (<see cref="Text"/>). Data elements are counted from 1 after the tag,
/// components from 1, as ISO 9735 numbers them. Release characters are removed and bytes decoded when text is made.
/// </remarks>
internal sealed class Segment
{
    private int[] _elementFirst = new int[16];
    private Range[] _components = new Range[64];
    private int _componentCount;
    private string? _tagText;

    /// <summary>The size of the cache of short values (a power of two).</summary>
    private const int SharedSlots = 1024;

    /// <summary>Values of one to three bytes (codes: countries, airports, qualifiers, genders) are made once and
    /// shared: a list of 400 passengers repeats the same few codes thousands of times. A direct-mapped cache keeps the
    /// lookup to one multiplication and one comparison, and its memory bounded whatever the input.</summary>
    private readonly int[] _sharedKeys = new int[SharedSlots];
    private readonly string?[] _sharedValues = new string?[SharedSlots];

    /// <summary>The longest value, in bytes, that <see cref="SharedText"/> shares.</summary>
    private const int MaxSharedLength = 48;

    /// <summary>Longer values that repeat (family names, given names, booking references) are shared the same way, in
    /// a cache sized to the interchange: one slot per 64 bytes of input, 256 to 8,192 slots.</summary>
    private readonly int[] _pooledHashes;
    private readonly string?[] _pooledValues;

    public Segment(EdifactCharacterSet characterSet, byte releaseCharacter, int inputLength = 0)
    {
        CharacterSet = characterSet;
        ReleaseCharacter = releaseCharacter;
        int slots = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Clamp(inputLength / 64, 256, 8192));
        _pooledHashes = new int[slots];
        _pooledValues = new string?[slots];
    }

    /// <summary>The interchange bytes the ranges point into.</summary>
    public byte[] Data { get; internal set; } = [];

    /// <summary>The segment's position in the file: from 1 after UNA.</summary>
    public int Index { get; internal set; }

    /// <summary>The tag packed as three bytes (<see cref="SegmentTags"/>), or 0 when it is not three letters or digits.</summary>
    public int Tag { get; internal set; }

    /// <summary>False when the data ended before the segment terminator.</summary>
    public bool IsTerminated { get; internal set; }

    /// <summary>Where the segment starts (its tag) in <see cref="Data"/>.</summary>
    public int Start { get; internal set; }

    /// <summary>Where the segment ends (before its terminator) in <see cref="Data"/>.</summary>
    public int End { get; internal set; }

    /// <summary>The number of data elements after the tag, empty ones included.</summary>
    public int ElementCount { get; private set; }

    public EdifactCharacterSet CharacterSet { get; internal set; }

    public byte ReleaseCharacter { get; internal set; }

    /// <summary>The tag as text for diagnostics: the three characters, or what stood in place of a tag.</summary>
    public string TagText => _tagText ??= MakeTagText();

    /// <summary>The raw bytes of the segment, tag included, terminator excluded.</summary>
    public ReadOnlySpan<byte> Raw => Data.AsSpan(Start, End - Start);

    public bool Is(int tag) => Tag == tag;

    /// <summary>The number of components of a data element (0 when the element is absent).</summary>
    public int ComponentCount(int element) =>
        element < 0 || element > ElementCount ? 0 : _elementFirst[element + 1] - _elementFirst[element];

    /// <summary>True when the component is present and not empty.</summary>
    public bool Has(int element, int component = 1) => TryRange(element, component, out int start, out int end) && end > start;

    /// <summary>True when any component of the element is present and not empty.</summary>
    public bool HasElement(int element)
    {
        for (int c = 1; c <= ComponentCount(element); c++)
        {
            if (Has(element, c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The raw bytes of a component (release characters not removed), or empty when absent.</summary>
    public ReadOnlySpan<byte> RawComponent(int element, int component = 1) =>
        TryRange(element, component, out int start, out int end) ? Data.AsSpan(start, end - start) : default;

    /// <summary>True when the component's raw bytes equal <paramref name="ascii"/> (and hold no release character).</summary>
    public bool ValueIs(int element, int component, ReadOnlySpan<byte> ascii) =>
        TryRange(element, component, out int start, out int end, out bool released)
        && !released && Data.AsSpan(start, end - start).SequenceEqual(ascii);

    /// <summary>The component as text, release characters removed, decoded, trimmed of spaces; null when absent
    /// or empty.</summary>
    public string? Text(int element, int component = 1)
    {
        if (!TryRange(element, component, out int start, out int end, out bool released))
        {
            return null;
        }

        ReadOnlySpan<byte> raw = Data.AsSpan(start, end - start);
        if (released)
        {
            string text = DecodeReleased(raw).Trim(' ');
            return text.Length == 0 ? null : text;
        }

        raw = raw.Trim((byte)' ');
        if (raw.IsEmpty)
        {
            return null;
        }

        if (raw.Length <= 3 && raw[0] < 0x80 && raw[^1] < 0x80 && (raw.Length < 3 || raw[1] < 0x80))
        {
            int key = (raw.Length << 24) | (raw[0] << 16) | (raw.Length > 1 ? raw[1] << 8 : 0) | (raw.Length > 2 ? raw[2] : 0);
            int slot = (int)((uint)(key * -1640531535) >> 22);
            if (_sharedKeys[slot] == key && _sharedValues[slot] is { } shared)
            {
                return shared;
            }

            string value = CharacterSet.Decode(raw);
            _sharedKeys[slot] = key;
            _sharedValues[slot] = value;
            return value;
        }

        return CharacterSet.Decode(raw);
    }

    /// <summary>The component as <see cref="Text"/> reads it, made once per interchange when an ASCII value of up to
    /// <see cref="MaxSharedLength"/> bytes repeats: for values that often do, such as names.</summary>
    /// <remarks>The strings are equal to those of <see cref="Text"/>; only fewer of them are made, so that a long list
    /// holds fewer objects.</remarks>
    public string? SharedText(int element, int component = 1)
    {
        if (!TryRange(element, component, out int start, out int end, out bool released) || released)
        {
            return Text(element, component);
        }

        ReadOnlySpan<byte> raw = Data.AsSpan(start, end - start).Trim((byte)' ');
        return raw.Length <= 3 ? Text(element, component) : Shared(raw);
    }

    /// <summary>Decodes bytes that hold no release character, sharing the string as <see cref="SharedText"/> does.</summary>
    private string Shared(ReadOnlySpan<byte> raw)
    {
        if (raw.Length > MaxSharedLength || !System.Text.Ascii.IsValid(raw))
        {
            return CharacterSet.Decode(raw);
        }

        int hash = Hash(raw);
        int slot = hash & (_pooledValues.Length - 1);
        if (_pooledValues[slot] is { } pooled && _pooledHashes[slot] == hash && System.Text.Ascii.Equals(raw, pooled))
        {
            return pooled;
        }

        string value = CharacterSet.Decode(raw);
        _pooledHashes[slot] = hash;
        _pooledValues[slot] = value;
        return value;
    }

    /// <summary>A hash of a few bytes, eight at a time.</summary>
    private static int Hash(ReadOnlySpan<byte> bytes)
    {
        ulong hash = (ulong)bytes.Length * 0x9E3779B97F4A7C15UL;
        while (bytes.Length >= 8)
        {
            hash = (hash ^ BinaryPrimitives.ReadUInt64LittleEndian(bytes)) * 0xFF51AFD7ED558CCDUL;
            bytes = bytes[8..];
        }

        ulong tail = 0;
        for (int i = 0; i < bytes.Length; i++)
        {
            tail |= (ulong)bytes[i] << (8 * i);
        }

        hash = (hash ^ tail) * 0xC4CEB9FE1A85EC53UL;
        return (int)(hash >> 32);
    }

    /// <summary>The component as <see cref="Text"/> reads it (release characters removed, trimmed of spaces), packed
    /// as an <see cref="int"/> when it is one to three ASCII characters, else 0: qualifiers are compared without making
    /// strings.</summary>
    /// <remarks>The packing is <see cref="Pack(ReadOnlySpan{byte})"/>'s, which holds the length, so that no two values share a code.</remarks>
    public int Code(int element, int component = 1)
    {
        if (!TryRange(element, component, out int start, out int end, out bool released))
        {
            return 0;
        }

        if (released)
        {
            // Rare: read as text, then packed the same way.
            return Text(element, component) is { Length: <= 3 } text ? Pack(text) : 0;
        }

        return Pack(Data.AsSpan(start, end - start).Trim((byte)' '));
    }

    /// <summary>One to three ASCII bytes packed as an <see cref="int"/>: the length in the high byte, then the bytes;
    /// 0 for anything else. <c>Pack("125"u8)</c> is <c>(3 &lt;&lt; 24) | ('1' &lt;&lt; 16) | ('2' &lt;&lt; 8) | '5'</c>.</summary>
    public static int Pack(ReadOnlySpan<byte> ascii) => ascii.Length switch
    {
        1 when ascii[0] < 0x80 => (1 << 24) | (ascii[0] << 16),
        2 when (ascii[0] | ascii[1]) < 0x80 => (2 << 24) | (ascii[0] << 16) | (ascii[1] << 8),
        3 when (ascii[0] | ascii[1] | ascii[2]) < 0x80 => (3 << 24) | (ascii[0] << 16) | (ascii[1] << 8) | ascii[2],
        _ => 0,
    };

    /// <summary>The packing of <see cref="Pack(ReadOnlySpan{byte})"/> for one to three ASCII characters; else 0.</summary>
    public static int Pack(ReadOnlySpan<char> ascii) => ascii.Length switch
    {
        1 when ascii[0] < 0x80 => (1 << 24) | (ascii[0] << 16),
        2 when (ascii[0] | ascii[1]) < 0x80 => (2 << 24) | (ascii[0] << 16) | (ascii[1] << 8),
        3 when (ascii[0] | ascii[1] | ascii[2]) < 0x80 => (3 << 24) | (ascii[0] << 16) | (ascii[1] << 8) | ascii[2],
        _ => 0,
    };

    /// <summary>The component's bytes trimmed of spaces when it holds no release character; false when it does (then
    /// read it with <see cref="Text"/>). An absent component is empty.</summary>
    public bool TryPlain(int element, int component, out ReadOnlySpan<byte> value)
    {
        if (!TryRange(element, component, out int start, out int end, out bool released))
        {
            value = default;
            return true;
        }

        value = Data.AsSpan(start, end - start).Trim((byte)' ');
        return !released;
    }

    /// <summary>The component's characters (release characters removed, trimmed) copied into
    /// <paramref name="buffer"/> when they are all ASCII and fit; empty otherwise. For dates and numbers, read without
    /// making a string.</summary>
    public ReadOnlySpan<char> Ascii(int element, int component, Span<char> buffer)
    {
        if (!TryRange(element, component, out int start, out int end, out bool released))
        {
            return default;
        }

        // Spaces around the value are not kept, so that padding never makes a short value too long for the buffer.
        int length = 0, spaces = 0;
        for (int i = start; i < end; i++)
        {
            byte b = Data[i];
            if (released && b == ReleaseCharacter && ++i < end)
            {
                b = Data[i];
            }

            if (b >= 0x80)
            {
                return default;
            }

            if (b == (byte)' ')
            {
                spaces += length > 0 ? 1 : 0;
                continue;
            }

            if (length + spaces >= buffer.Length)
            {
                return default;
            }

            for (; spaces > 0; spaces--)
            {
                buffer[length++] = ' ';
            }

            buffer[length++] = (char)b;
        }

        return buffer[..length];
    }

    /// <summary>Every non-empty component of an element from <paramref name="firstComponent"/> on, joined by a space;
    /// null when none.</summary>
    public string? JoinedText(int element, int firstComponent, int lastComponent = int.MaxValue)
    {
        int last = Math.Min(lastComponent, ComponentCount(element));
        int total = 0, parts = 0, only = 0;
        for (int c = firstComponent; c <= last; c++)
        {
            if (TryRange(element, c, out int start, out int end) && !Data.AsSpan(start, end - start).Trim((byte)' ').IsEmpty)
            {
                total += end - start + 1;
                parts++;
                only = c;
            }
        }

        if (parts <= 1)
        {
            return parts == 0 ? null : SharedText(element, only);
        }

        // Several parts: copy them, unreleased and trimmed, with one space between, and decode once (a space is 0x20 in
        // every character set read).
        byte[]? rented = null;
        Span<byte> buffer = total <= 512 ? stackalloc byte[total] : (rented = ArrayPool<byte>.Shared.Rent(total));
        try
        {
            int length = 0;
            for (int c = firstComponent; c <= last; c++)
            {
                if (!TryRange(element, c, out int start, out int end, out bool released))
                {
                    continue;
                }

                int before = length;
                if (length > 0)
                {
                    buffer[length++] = (byte)' ';
                }

                int valueStart = length;
                for (int i = start; i < end; i++)
                {
                    byte b = Data[i];
                    if (released && b == ReleaseCharacter && ++i < end)
                    {
                        b = Data[i];
                    }
                    else if (released && b == ReleaseCharacter)
                    {
                        break;
                    }

                    buffer[length++] = b;
                }

                ReadOnlySpan<byte> trimmed = buffer[valueStart..length].Trim((byte)' ');
                if (trimmed.IsEmpty)
                {
                    length = before;
                    continue;
                }

                trimmed.CopyTo(buffer[valueStart..]);
                length = valueStart + trimmed.Length;
            }

            return length == 0 ? null : Shared(buffer[..length]);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<byte>.Shared.Return(rented);
            }
        }
    }

    /// <summary>Finds the element and component that hold a byte offset of <see cref="Data"/>.</summary>
    public (int? Element, int? Component) Locate(int offset)
    {
        for (int e = 0; e <= ElementCount; e++)
        {
            for (int i = _elementFirst[e]; i < _elementFirst[e + 1]; i++)
            {
                if (offset >= _components[i].Start && offset <= _components[i].End)
                {
                    return e == 0 ? (null, null) : (e, i - _elementFirst[e] + 1);
                }
            }
        }

        return (null, null);
    }

    internal void Reset(int index, int start)
    {
        Index = index;
        Start = start;
        End = start;
        Tag = 0;
        IsTerminated = false;
        ElementCount = 0;
        _componentCount = 0;
        _tagText = null;
    }

    /// <summary>The component ranges, in order: the tokenizer writes them (see <see cref="SetCounts"/>).</summary>
    internal Range[] Components => _components;

    /// <summary>For each data element (0 is the tag), the index of its first component in <see cref="Components"/>;
    /// one more entry ends the last element.</summary>
    internal int[] ElementFirsts => _elementFirst;

    /// <summary>Sets how many data elements (after the tag) and components the tokenizer wrote.</summary>
    internal void SetCounts(int elementCount, int componentCount)
    {
        ElementCount = elementCount;
        _componentCount = componentCount;
    }

    internal Range[] GrowComponents()
    {
        Array.Resize(ref _components, _components.Length * 2);
        return _components;
    }

    internal int[] GrowElements()
    {
        Array.Resize(ref _elementFirst, _elementFirst.Length * 2);
        return _elementFirst;
    }

    /// <summary>Blanks every component of an element, so that it reads as empty (an element beyond a limit).</summary>
    internal void ClearElement(int element)
    {
        for (int i = _elementFirst[element]; i < _elementFirst[element + 1]; i++)
        {
            _components[i] = new Range(_components[i].Start, _components[i].Start, false);
        }
    }

    /// <summary>Where element 0 component 1, the tag as sent, is; null when the segment has no component.</summary>
    internal Range? TagRange => _componentCount == 0 ? null : _components[0];

    /// <summary>The raw bytes of element 0 component 1: the tag as sent.</summary>
    internal ReadOnlySpan<byte> RawTag => _componentCount == 0 ? default : Data.AsSpan(_components[0].Start, _components[0].End - _components[0].Start);

    /// <summary>The bytes from the first component of an element to the end of its last one read (0 when none was).</summary>
    internal int ElementLength(int element)
    {
        int first = _elementFirst[element], next = _elementFirst[element + 1];
        return next > first ? _components[next - 1].End - _components[first].Start : 0;
    }

    private bool TryRange(int element, int component, out int start, out int end) =>
        TryRange(element, component, out start, out end, out _);

    private bool TryRange(int element, int component, out int start, out int end, out bool released)
    {
        if (element < 0 || element > ElementCount || component < 1 || component > _elementFirst[element + 1] - _elementFirst[element])
        {
            start = end = 0;
            released = false;
            return false;
        }

        ref Range range = ref _components[_elementFirst[element] + component - 1];
        start = range.Start;
        end = range.End;
        released = range.Released;
        return true;
    }

    private string DecodeReleased(ReadOnlySpan<byte> raw)
    {
        byte[]? rented = null;
        Span<byte> buffer = raw.Length <= 256 ? stackalloc byte[raw.Length] : (rented = ArrayPool<byte>.Shared.Rent(raw.Length));
        try
        {
            int length = 0;
            for (int i = 0; i < raw.Length; i++)
            {
                byte b = raw[i];
                if (b == ReleaseCharacter)
                {
                    // A release character makes the next one literal; a lone one at the very end of the data is dropped
                    // (the segment is reported as unterminated).
                    if (++i >= raw.Length)
                    {
                        break;
                    }

                    b = raw[i];
                }

                buffer[length++] = b;
            }

            return CharacterSet.Decode(buffer[..length]);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<byte>.Shared.Return(rented);
            }
        }
    }

    private string MakeTagText()
    {
        if (Tag != 0)
        {
            return SegmentTags.ToText(Tag);
        }

        ReadOnlySpan<byte> raw = RawTag;
        if (raw.Length > 12)
        {
            raw = raw[..12];
        }

        return string.Create(raw.Length, raw.ToArray(), static (chars, bytes) =>
        {
            for (int i = 0; i < bytes.Length; i++)
            {
                chars[i] = bytes[i] is >= 0x20 and < 0x7F ? (char)bytes[i] : '?';
            }
        });
    }

    /// <summary>Where a component is in <see cref="Data"/>, and whether it holds a release character.</summary>
    internal readonly record struct Range(int Start, int End, bool Released);
}
