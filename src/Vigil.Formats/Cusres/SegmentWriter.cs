using System.Text;
using Vigil.Formats.Edifact;

namespace Vigil.Formats.Cusres;

/// <summary>Writes EDIFACT segments: values fitted to the character set and released, empty trailing data
/// elements and components left out, segments counted for UNT.</summary>
/// <remarks>ISO 9735-1 §7 and §8: a service character inside a value is preceded by the release character; the
/// repetition separator is one only in syntax version 4, and only when the interchange uses it (not a space). The
/// decimal mark is not a separator and is never released.</remarks>
internal sealed class SegmentWriter
{
    private readonly StringBuilder _text = new(1024);
    private readonly ServiceCharacters _service;
    private readonly bool _releasesRepetition;
    private readonly CusresCharacterSet _characterSet;

    /// <param name="service">The service characters.</param>
    /// <param name="releasesRepetition">True when the repetition separator is released inside values.</param>
    /// <param name="characterSet">The character set values are fitted to.</param>
    public SegmentWriter(ServiceCharacters service, bool releasesRepetition, CusresCharacterSet characterSet)
    {
        _service = service;
        _releasesRepetition = releasesRepetition && service.RepetitionSeparator != ' ';
        _characterSet = characterSet;
    }

    /// <summary>The segments written since <see cref="StartCount"/>.</summary>
    public int Count { get; private set; }

    /// <summary>Writes UNA and the six service characters, with <paramref name="repetition"/> in fifth place.</summary>
    public void ServiceStringAdvice(char repetition) =>
        _text.Append("UNA").Append(_service.ComponentSeparator).Append(_service.DataElementSeparator).Append(_service.DecimalMark)
            .Append(_service.ReleaseCharacter).Append(repetition).Append(_service.SegmentTerminator);

    /// <summary>Counts segments from the next one on (UNH).</summary>
    public void StartCount() => Count = 0;

    /// <summary>Writes one segment.</summary>
    /// <param name="tag">The segment tag.</param>
    /// <param name="elements">The data elements after the tag, each its components; null or empty components are
    /// empty.</param>
    public void Segment(string tag, params string?[][] elements)
    {
        string[][] fitted = new string[elements.Length][];
        int lastElement = -1;
        for (int e = 0; e < elements.Length; e++)
        {
            fitted[e] = new string[elements[e].Length];
            for (int c = 0; c < elements[e].Length; c++)
            {
                fitted[e][c] = _characterSet.Fit(elements[e][c]);
                if (fitted[e][c].Length > 0)
                {
                    lastElement = e;
                }
            }
        }

        _text.Append(tag);
        for (int e = 0; e <= lastElement; e++)
        {
            _text.Append(_service.DataElementSeparator);
            int lastComponent = Array.FindLastIndex(fitted[e], static value => value.Length > 0);
            for (int c = 0; c <= lastComponent; c++)
            {
                if (c > 0)
                {
                    _text.Append(_service.ComponentSeparator);
                }

                AppendReleased(fitted[e][c]);
            }
        }

        _text.Append(_service.SegmentTerminator);
        Count++;
    }

    /// <summary>What was written, as bytes of the character set.</summary>
    public byte[] ToBytes() => _characterSet.Encode(_text.ToString());

    private void AppendReleased(string value)
    {
        foreach (char c in value)
        {
            if (c == _service.ComponentSeparator || c == _service.DataElementSeparator || c == _service.ReleaseCharacter
                || c == _service.SegmentTerminator || (_releasesRepetition && c == _service.RepetitionSeparator))
            {
                _text.Append(_service.ReleaseCharacter);
            }

            _text.Append(c);
        }
    }
}
