using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Vigil.Formats.Edifact;

/// <summary>Splits interchange bytes into segments, data elements and components (ISO 9735-1 §7 to §10).</summary>
/// <remarks>
/// Works on bytes: service characters are ASCII, and neither UTF-8 continuation bytes nor ISO 8859 letters can be
/// mistaken for them. Service characters are found 64 bytes at a time (<see cref="NextStop(int)"/>), and each segment is
/// described by ranges in a reused <see cref="Segment"/>, so reading allocates nothing per segment. Leading spaces and
/// tabs before a tag are skipped, as most receivers do; an empty segment (two terminators in a row) is skipped and not
/// counted.
/// </remarks>
internal sealed class SegmentTokenizer
{
    private readonly byte[] _data;
    private readonly int _length;
    private readonly EdifactLimits _limits;
    private readonly EdifactIssues _issues;
    private readonly bool _isTruncatedAtLimit;
    private readonly byte _componentSeparator;
    private readonly byte _elementSeparator;
    private readonly byte _release;
    private readonly byte _terminator;
    private byte _repetition;

    /// <summary>The repetition separator when it is watched, else the terminator again (so that the search needs no
    /// test of whether one is watched).</summary>
    private byte _watchedRepetition;

    /// <summary>What each byte value is to the segment reader: one of the Stop constants (0 for data), so that a service
    /// character is told by one look-up rather than a comparison with each.</summary>
    private readonly byte[] _stopKinds = new byte[256];

    private const byte ComponentStop = 1, ElementStop = 2, TerminatorStop = 3, ReleaseStop = 4, RepetitionStop = 5;

    /// <summary>Where the bit mask of service characters starts (bit 0), and the mask: 64 bytes from there.</summary>
    private int _maskStart = int.MinValue / 2;
    private ulong _mask;
    private int _position;
    private int _index;

    public SegmentTokenizer(byte[] data, int length, int start, ServiceCharacters service, EdifactLimits limits, EdifactIssues issues, bool isTruncatedAtLimit)
    {
        _data = data;
        _length = length;
        _position = start;
        _limits = limits;
        _issues = issues;
        _isTruncatedAtLimit = isTruncatedAtLimit;
        _componentSeparator = (byte)service.ComponentSeparator;
        _elementSeparator = (byte)service.DataElementSeparator;
        _release = (byte)service.ReleaseCharacter;
        _terminator = (byte)service.SegmentTerminator;
        _watchedRepetition = _terminator;

        // As the careful reader tells them apart: an element separator before a component separator, both before the
        // terminator, the terminator before the release character.
        _stopKinds[_release] = ReleaseStop;
        _stopKinds[_terminator] = TerminatorStop;
        _stopKinds[_componentSeparator] = ComponentStop;
        _stopKinds[_elementSeparator] = ElementStop;
    }

    /// <summary>The index of the last segment read (0 before the first).</summary>
    public int LastIndex => _index;

    private EdifactCharacterSet? _characterSet;

    /// <summary>Where the first byte outside the character set is, from the position where the set was given: segments
    /// before it need no check.</summary>
    private int _firstCharacterProblem = int.MaxValue;

    /// <summary>The character set checked and decoded with; null before UNB is read (no check).</summary>
    public EdifactCharacterSet? CharacterSet
    {
        get => _characterSet;
        set
        {
            _characterSet = value;
            _firstCharacterProblem = int.MaxValue;
            if (value is not null && _position < _length
                && value.Check(_data.AsSpan(_position, _length - _position), out int offset) != EdifactCharacterSet.Problem.None)
            {
                // One vectorised pass over the rest of the interchange finds the first problem; only segments from
                // there on are checked one by one.
                _firstCharacterProblem = _position + offset;
            }
        }
    }

    /// <summary>True when reading stopped at the size limit.</summary>
    public bool StoppedAtLimit { get; private set; }

    /// <summary>Watches for an unreleased repetition separator (syntax version 4), which PAXLST and PNRGOV never use
    /// to repeat an element: it is reported and kept as data.</summary>
    public void WatchRepetitionSeparator(char repetition)
    {
        if (repetition == ' ' || repetition == (char)_componentSeparator || repetition == (char)_elementSeparator
            || repetition == (char)_release || repetition == (char)_terminator)
        {
            return;
        }

        _repetition = (byte)repetition;
        _watchedRepetition = _repetition;
        _stopKinds[_repetition] = RepetitionStop;

        // Bytes already scanned are scanned again with the new separator.
        _maskStart = int.MinValue / 2;
    }

    /// <summary>Reads the next segment into <paramref name="segment"/>; false at the end of the data.</summary>
    public bool Read(Segment segment)
    {
        byte[] data = _data;
        int length = _length;
        int p = _position;
        while (true)
        {
            while (p < length && (data[p] == (byte)' ' || data[p] == (byte)'\t'))
            {
                p++;
            }

            if (p >= length)
            {
                _position = length;
                return false;
            }

            if (data[p] != _terminator)
            {
                break;
            }

            p++;
        }

        if (!ReferenceEquals(segment.Data, data))
        {
            segment.Data = data;
        }

        segment.Reset(++_index, p);
        int end;
        bool terminated;
        bool elementsOverflow = false, componentsOverflow = false;
        int repetitionElement = -1, repetitionComponent = -1;
        if (!TryReadPlain(segment, p, out end, out terminated))
        {
            ReadCarefully(segment, p, out end, out terminated, out elementsOverflow, out componentsOverflow, out repetitionElement, out repetitionComponent);
        }

        segment.End = end;
        segment.IsTerminated = terminated;
        int tag = 0;
        if (segment.TagRange is { } t && t.End - t.Start == 3)
        {
            tag = SegmentTags.Pack(data[t.Start], data[t.Start + 1], data[t.Start + 2]);
        }

        segment.Tag = tag;
        if ((!terminated || tag == 0 || elementsOverflow || componentsOverflow || repetitionElement > 0)
            && !ReportProblems(segment, terminated, elementsOverflow, componentsOverflow, repetitionElement, repetitionComponent))
        {
            return false;
        }

        if (end > _firstCharacterProblem && _characterSet is not null)
        {
            CheckCharacters(segment, _characterSet, _issues);
        }

        return true;
    }

    /// <summary>Reads a segment that keeps within the limits and holds no repetition separator, with the least work per
    /// service character; false, having read nothing for good, for any other (then <see cref="ReadCarefully"/> reads it).</summary>
    /// <remarks>The mask of service characters is held in locals while the segment is read and written back once; each
    /// stop is told by <see cref="_stopKinds"/>. Not inlined: on its own the loop keeps its few variables in registers.</remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private bool TryReadPlain(Segment segment, int p, out int end, out bool terminated)
    {
        int length = _length;
        ref byte data = ref MemoryMarshal.GetArrayDataReference(_data);
        ref byte kinds = ref MemoryMarshal.GetArrayDataReference(_stopKinds);
        Segment.Range[] components = segment.Components;
        int[] firsts = segment.ElementFirsts;
        int componentCount = 0;
        int element = 0;
        int segmentStart = p;
        int componentStart = p;
        bool released = false;
        ulong mask = _mask;
        int maskStart = _maskStart;
        firsts[0] = 0;
        int i;
        int kind = 0;
        while (true)
        {
            i = NextStop(p, ref mask, ref maskStart);
            if (i >= length)
            {
                break;
            }

            // (i < length: the mask marks only bytes of the data.)
            kind = Unsafe.Add(ref kinds, Unsafe.Add(ref data, i));
            if (kind <= ElementStop)
            {
                if (componentCount + 1 >= components.Length || element + 3 > firsts.Length)
                {
                    // More than the arrays hold: the careful reader grows them (once per interchange, if ever).
                    break;
                }

                components[componentCount++] = new Segment.Range(componentStart, i, released);
                if (kind == ElementStop)
                {
                    firsts[++element] = componentCount;
                }

                componentStart = i + 1;
                released = false;
                p = i + 1;
                continue;
            }

            if (kind == TerminatorStop)
            {
                break;
            }

            if (kind == ReleaseStop)
            {
                released = true;
                p = Math.Min(i + 2, length);
                continue;
            }

            // A repetition separator: read carefully, to report it.
            break;
        }

        _mask = mask;
        _maskStart = maskStart;
        if (kind != TerminatorStop && i < length)
        {
            // Stopped early: the careful reader reads the segment.
            end = 0;
            terminated = false;
            return false;
        }

        end = i;
        terminated = i < length;
        components[componentCount++] = new Segment.Range(componentStart, i, released);
        firsts[element + 1] = componentCount;

        // The limits are checked once the segment is read: one beyond them is read again, carefully. A segment no
        // longer than an element may be, with no more components than an element may have, needs no look at each.
        EdifactLimits limits = _limits;
        if (element > limits.MaxElementsPerSegment)
        {
            return false;
        }

        if (i - segmentStart > limits.MaxElementBytes || componentCount > limits.MaxComponentsPerElement)
        {
            if (firsts[1] > limits.MaxComponentsPerElement)
            {
                return false;
            }

            for (int e = 1; e <= element; e++)
            {
                int first = firsts[e], next = firsts[e + 1];
                if (next - first > limits.MaxComponentsPerElement || components[next - 1].End - components[first].Start > limits.MaxElementBytes)
                {
                    return false;
                }
            }
        }

        segment.SetCounts(element, componentCount);
        _position = terminated ? i + 1 : length;
        return true;
    }

    /// <summary>Reads a segment whatever it holds: data elements and components beyond the limits are not used, an
    /// element too long is reported and blanked, a repetition separator is found.</summary>
    private void ReadCarefully(Segment segment, int p, out int end, out bool terminated, out bool elementsOverflow, out bool componentsOverflow,
        out int repetitionElement, out int repetitionComponent)
    {
        byte[] data = _data;
        int length = _length;

        // The ranges are written straight into the segment's arrays; the counts are kept here and handed over before
        // anything reads the segment.
        Segment.Range[] components = segment.Components;
        int[] firsts = segment.ElementFirsts;
        int componentCount = 0;
        int element = 0;
        firsts[0] = 0;
        int maxElements = _limits.MaxElementsPerSegment;
        int maxComponents = _limits.MaxComponentsPerElement;
        int maxElementBytes = _limits.MaxElementBytes;
        int componentStart = p;
        int componentsInElement = 0;
        bool released = false;
        elementsOverflow = false;
        componentsOverflow = false;
        repetitionElement = -1;
        repetitionComponent = -1;
        while (true)
        {
            int i = NextStop(p);
            if (i >= length)
            {
                end = length;
                terminated = false;
                _position = length;
                break;
            }

            byte b = data[i];
            bool isElementSeparator = b == _elementSeparator;
            if (isElementSeparator || b == _componentSeparator)
            {
                if (!elementsOverflow)
                {
                    if (componentsInElement < maxComponents)
                    {
                        if (componentCount == components.Length)
                        {
                            components = segment.GrowComponents();
                        }

                        components[componentCount++] = new Segment.Range(componentStart, i, released);
                    }
                    else
                    {
                        componentsOverflow = true;
                    }

                    componentsInElement++;
                }

                if (isElementSeparator)
                {
                    if (!elementsOverflow && element >= 1)
                    {
                        int first = firsts[element];
                        if (componentCount > first && components[componentCount - 1].End - components[first].Start > maxElementBytes)
                        {
                            firsts[element + 1] = componentCount;
                            segment.SetCounts(element, componentCount);
                            ElementTooLong(segment, element, maxElementBytes);
                        }
                    }

                    if (element < maxElements)
                    {
                        firsts[element + 1] = componentCount;
                        element++;
                        if (element + 2 > firsts.Length)
                        {
                            firsts = segment.GrowElements();
                        }

                        firsts[element] = componentCount;
                    }
                    else
                    {
                        elementsOverflow = true;
                    }

                    componentsInElement = 0;
                }

                componentStart = i + 1;
                released = false;
                p = i + 1;
                continue;
            }

            if (b == _terminator)
            {
                end = i;
                terminated = true;
                _position = i + 1;
                break;
            }

            if (b == _release)
            {
                released = true;
                p = Math.Min(i + 2, length);
                continue;
            }

            // An unreleased repetition separator: kept as data, reported once below.
            if (repetitionElement < 0)
            {
                repetitionElement = element;
                repetitionComponent = componentsInElement + 1;
            }

            p = i + 1;
        }

        if (!elementsOverflow)
        {
            if (componentsInElement < maxComponents)
            {
                if (componentCount == components.Length)
                {
                    components = segment.GrowComponents();
                }

                components[componentCount++] = new Segment.Range(componentStart, end, released);
            }
            else
            {
                componentsOverflow = true;
            }
        }

        firsts[element + 1] = componentCount;
        segment.SetCounts(element, componentCount);
        if (!elementsOverflow && element >= 1)
        {
            int first = firsts[element];
            if (componentCount > first && components[componentCount - 1].End - components[first].Start > maxElementBytes)
            {
                ElementTooLong(segment, element, maxElementBytes);
            }
        }

    }

    /// <summary>Reports what is wrong with a segment just read; false when reading stops at it (the size limit).</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private bool ReportProblems(Segment segment, bool terminated, bool elementsOverflow, bool componentsOverflow, int repetitionElement, int repetitionComponent)
    {
        if (!terminated && _isTruncatedAtLimit)
        {
            // The segment runs into the size limit: what follows was never read.
            StoppedAtLimit = true;
            _issues.Error(EdifactDiagnostics.InterchangeTooLargeCode,
                $"The interchange is larger than the limit of {_limits.MaxInterchangeBytes} bytes; reading stopped at this segment, and what follows was not read.",
                segment);
            return false;
        }

        if (segment.Tag == 0)
        {
            if (_issues.IsFull(Diagnostics.DiagnosticSeverity.Error))
            {
                // Input made of bad segments only: count them without formatting messages nobody will see.
                _issues.CountUnlisted(Diagnostics.DiagnosticSeverity.Error);
            }
            else
            {
                _issues.Error(EdifactDiagnostics.InvalidTagCode,
                    $"Expected a segment tag of three upper-case letters or digits, found '{segment.TagText}'; the segment was skipped.", segment);
            }
        }

        if (!terminated)
        {
            int end = segment.End;
            bool escaped = end >= 2 && _data[end - 1] == _terminator && _data[end - 2] == _release;
            _issues.Error(EdifactDiagnostics.UnterminatedSegmentCode, escaped
                ? $"The last segment is not terminated: the release character '{(char)_release}' escapes its terminator '{(char)_terminator}'."
                : $"The last segment is not terminated: the data ends before the segment terminator '{(char)_terminator}' (a truncated file?).",
                segment);
        }

        if (elementsOverflow)
        {
            int maxElements = _limits.MaxElementsPerSegment;
            _issues.Error(EdifactDiagnostics.TooManyElementsCode,
                $"The segment has more than {maxElements} data elements; the rest were not read.", segment, maxElements + 1);
        }

        if (componentsOverflow)
        {
            _issues.Error(EdifactDiagnostics.TooManyComponentsCode,
                $"A data element has more than {_limits.MaxComponentsPerElement} components; the rest were not read.", segment);
        }

        if (repetitionElement > 0)
        {
            _issues.Warning(EdifactDiagnostics.RepetitionSeparatorCode,
                $"The repetition separator '{(char)_repetition}' stands unreleased in a data element that does not repeat; it was kept as data (write '{(char)_release}{(char)_repetition}').",
                segment, repetitionElement, repetitionComponent);
        }

        return true;
    }

    /// <summary>Reports the first byte of a segment that does not decode, or is outside the repertoire, in the set.</summary>
    public static void CheckCharacters(Segment segment, EdifactCharacterSet characterSet, EdifactIssues issues)
    {
        ReadOnlySpan<byte> raw = segment.Raw;
        EdifactCharacterSet.Problem problem = characterSet.Check(raw, out int offset);
        if (problem == EdifactCharacterSet.Problem.None)
        {
            return;
        }

        (int? element, int? component) = segment.Locate(segment.Start + offset);
        string what = EdifactCharacterSet.DescribeAt(raw, offset);
        if (problem == EdifactCharacterSet.Problem.Undecodable)
        {
            issues.Error(EdifactDiagnostics.UndecodableBytesCode,
                $"{Capitalize(what)} does not decode in the declared character set {characterSet.Name}; it was replaced by U+FFFD.",
                segment, element, component);
        }
        else
        {
            string kind = raw[offset] is >= (byte)'a' and <= (byte)'z' ? "lower case " : raw[offset] < 0x20 || raw[offset] == 0x7F ? "control character " : string.Empty;
            issues.Warning(EdifactDiagnostics.OutsideRepertoireCode,
                $"The {kind}character {what} is outside the repertoire of {characterSet.Name}; the value was kept as sent.",
                segment, element, component);
        }
    }

    private static string Capitalize(string text) => text.StartsWith("the ", StringComparison.Ordinal) ? "The " + text[4..] : "The character " + text;

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void ElementTooLong(Segment segment, int element, int maxElementBytes)
    {
        _issues.Error(EdifactDiagnostics.ElementTooLongCode,
            $"The data element is longer than the limit of {maxElementBytes} bytes; it was not used.", segment, element);
        segment.ClearElement(element);
    }

    /// <summary>The position of the next service character (separator, release character, terminator or watched
    /// repetition separator) at or after <paramref name="from"/>; <see cref="_length"/> when there is none.</summary>
    /// <remarks>Segments are short (a few bytes between separators), so one vectorised search per separator would
    /// spend more on starting than on searching. Instead 64 bytes at a time are compared with the separators, and the
    /// result is kept as a bit mask that the next calls read, one bit per byte.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int NextStop(int from) => NextStop(from, ref _mask, ref _maskStart);

    /// <summary>The search of <see cref="NextStop(int)"/> over a mask the caller holds (the segment loop keeps it in
    /// locals, written back once per segment).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int NextStop(int from, ref ulong mask, ref int maskStart)
    {
        while (true)
        {
            int offset = from - maskStart;
            if ((uint)offset < 64)
            {
                ulong rest = mask >> offset;
                if (rest != 0)
                {
                    return from + BitOperations.TrailingZeroCount(rest);
                }

                from = maskStart + 64;
            }

            if (from >= _length)
            {
                return _length;
            }

            maskStart = from;
            mask = Mask(from);
        }
    }

    /// <summary>The service characters among the 64 bytes from <paramref name="from"/>, one bit per byte (bytes past the
    /// end of the data are never marked).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private ulong Mask(int from)
    {
        ref byte start = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_data), from);
        if (_length - from >= 64)
        {
            if (Vector256.IsHardwareAccelerated)
            {
                return Stops(Vector256.LoadUnsafe(ref start)) | ((ulong)Stops(Vector256.LoadUnsafe(ref start, 32)) << 32);
            }

            if (Vector128.IsHardwareAccelerated)
            {
                return Stops(Vector128.LoadUnsafe(ref start)) | ((ulong)Stops(Vector128.LoadUnsafe(ref start, 16)) << 16)
                    | ((ulong)Stops(Vector128.LoadUnsafe(ref start, 32)) << 32) | ((ulong)Stops(Vector128.LoadUnsafe(ref start, 48)) << 48);
            }
        }

        ulong mask = 0;
        int count = Math.Min(64, _length - from);
        for (int i = 0; i < count; i++)
        {
            byte b = Unsafe.Add(ref start, i);
            if (b == _componentSeparator || b == _elementSeparator || b == _release || b == _terminator || b == _watchedRepetition)
            {
                mask |= 1UL << i;
            }
        }

        return mask;
    }

    private uint Stops(Vector256<byte> bytes) =>
        (Vector256.Equals(bytes, Vector256.Create(_componentSeparator)) | Vector256.Equals(bytes, Vector256.Create(_elementSeparator))
            | Vector256.Equals(bytes, Vector256.Create(_release)) | Vector256.Equals(bytes, Vector256.Create(_terminator))
            | Vector256.Equals(bytes, Vector256.Create(_watchedRepetition))).ExtractMostSignificantBits();

    private uint Stops(Vector128<byte> bytes) =>
        (Vector128.Equals(bytes, Vector128.Create(_componentSeparator)) | Vector128.Equals(bytes, Vector128.Create(_elementSeparator))
            | Vector128.Equals(bytes, Vector128.Create(_release)) | Vector128.Equals(bytes, Vector128.Create(_terminator))
            | Vector128.Equals(bytes, Vector128.Create(_watchedRepetition))).ExtractMostSignificantBits();
}
