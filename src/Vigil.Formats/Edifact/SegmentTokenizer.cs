using System.Buffers;

namespace Vigil.Formats.Edifact;

/// <summary>Splits interchange bytes into segments, data elements and components (ISO 9735-1 §7 to §10).</summary>
/// <remarks>
/// Works on bytes: service characters are ASCII, and neither UTF-8 continuation bytes nor ISO 8859 letters can be
/// mistaken for them. Separators are found with a vectorised search, and each segment is described by ranges in a
/// reused <see cref="Segment"/>, so reading allocates nothing per segment. Leading spaces and tabs before a tag are
/// skipped, as most receivers do; an empty segment (two terminators in a row) is skipped and not counted.
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
    private SearchValues<byte> _stops;
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
        _stops = SearchValues.Create([_componentSeparator, _elementSeparator, _release, _terminator]);
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
        _stops = SearchValues.Create([_componentSeparator, _elementSeparator, _release, _terminator, _repetition]);
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

        segment.Data = data;
        segment.Reset(++_index, p);
        segment.BeginElement();
        int maxElements = _limits.MaxElementsPerSegment;
        int maxComponents = _limits.MaxComponentsPerElement;
        int componentStart = p;
        int componentsInElement = 0;
        bool released = false;
        bool elementsOverflow = false;
        bool componentsOverflow = false;
        int repetitionElement = -1, repetitionComponent = -1;
        int end;
        bool terminated;
        while (true)
        {
            int found = data.AsSpan(p, length - p).IndexOfAny(_stops);
            if (found < 0)
            {
                end = length;
                terminated = false;
                _position = length;
                break;
            }

            int i = p + found;
            byte b = data[i];
            if (b == _release)
            {
                released = true;
                p = Math.Min(i + 2, length);
                continue;
            }

            if (b == _terminator)
            {
                end = i;
                terminated = true;
                _position = i + 1;
                break;
            }

            if (b == _componentSeparator || b == _elementSeparator)
            {
                if (!elementsOverflow)
                {
                    if (componentsInElement < maxComponents)
                    {
                        segment.AddComponent(componentStart, i, released);
                    }
                    else
                    {
                        componentsOverflow = true;
                    }

                    componentsInElement++;
                }

                if (b == _elementSeparator)
                {
                    if (!elementsOverflow && segment.ElementCount >= 1)
                    {
                        CheckElementLength(segment);
                    }

                    if (segment.ElementCount < maxElements)
                    {
                        segment.BeginElement();
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

            // An unreleased repetition separator: kept as data, reported once below.
            if (repetitionElement < 0)
            {
                repetitionElement = segment.ElementCount;
                repetitionComponent = componentsInElement + 1;
            }

            p = i + 1;
        }

        if (!elementsOverflow)
        {
            if (componentsInElement < maxComponents)
            {
                segment.AddComponent(componentStart, end, released);
            }
            else
            {
                componentsOverflow = true;
            }
        }

        if (!elementsOverflow && segment.ElementCount >= 1)
        {
            CheckElementLength(segment);
        }

        segment.End = end;
        segment.IsTerminated = terminated;
        segment.Tag = SegmentTags.Pack(segment.RawTag);
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
            bool escaped = end >= 2 && data[end - 1] == _terminator && data[end - 2] == _release;
            _issues.Error(EdifactDiagnostics.UnterminatedSegmentCode, escaped
                ? $"The last segment is not terminated: the release character '{(char)_release}' escapes its terminator '{(char)_terminator}'."
                : $"The last segment is not terminated: the data ends before the segment terminator '{(char)_terminator}' (a truncated file?).",
                segment);
        }

        if (elementsOverflow)
        {
            _issues.Error(EdifactDiagnostics.TooManyElementsCode,
                $"The segment has more than {maxElements} data elements; the rest were not read.", segment, maxElements + 1);
        }

        if (componentsOverflow)
        {
            _issues.Error(EdifactDiagnostics.TooManyComponentsCode,
                $"A data element has more than {maxComponents} components; the rest were not read.", segment);
        }

        if (repetitionElement > 0)
        {
            _issues.Warning(EdifactDiagnostics.RepetitionSeparatorCode,
                $"The repetition separator '{(char)_repetition}' stands unreleased in a data element that does not repeat; it was kept as data (write '{(char)_release}{(char)_repetition}').",
                segment, repetitionElement, repetitionComponent);
        }

        if (_characterSet is not null && end > _firstCharacterProblem)
        {
            CheckCharacters(segment, _characterSet, _issues);
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

    private void CheckElementLength(Segment segment)
    {
        int element = segment.ElementCount;
        if (segment.ElementEnd(element) - segment.ElementStart(element) > _limits.MaxElementBytes)
        {
            _issues.Error(EdifactDiagnostics.ElementTooLongCode,
                $"The data element is longer than the limit of {_limits.MaxElementBytes} bytes; it was not used.", segment, element);
            segment.ClearElement(element);
        }
    }
}
