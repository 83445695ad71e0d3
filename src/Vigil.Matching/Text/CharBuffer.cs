using System.Buffers;

namespace Vigil.Matching.Text;

/// <summary>A growable character buffer that starts on the stack and rents from the shared pool when it outgrows it.</summary>
/// <remarks>Call <see cref="Dispose"/> to return a rented array; the buffer must not be copied.</remarks>
internal ref struct CharBuffer
{
    private char[]? _rented;
    private Span<char> _chars;
    private int _length;

    /// <summary>Starts a buffer over <paramref name="initial"/>, typically stack memory.</summary>
    public CharBuffer(Span<char> initial)
    {
        _chars = initial;
        _rented = null;
        _length = 0;
    }

    /// <summary>Number of characters written.</summary>
    public readonly int Length => _length;

    /// <summary>The characters written so far; writable in place.</summary>
    public readonly Span<char> Written => _chars[.._length];

    /// <summary>The last character written; the buffer must not be empty.</summary>
    public readonly char Last => _chars[_length - 1];

    /// <summary>Appends one character.</summary>
    public void Append(char c)
    {
        if (_length == _chars.Length)
        {
            Grow(1);
        }

        _chars[_length++] = c;
    }

    /// <summary>Appends characters.</summary>
    public void Append(scoped ReadOnlySpan<char> text)
    {
        if (_length + text.Length > _chars.Length)
        {
            Grow(text.Length);
        }

        text.CopyTo(_chars[_length..]);
        _length += text.Length;
    }

    /// <summary>Replaces the last character written.</summary>
    public readonly void SetLast(char c) => _chars[_length - 1] = c;

    /// <summary>Forgets the last <paramref name="count"/> characters written.</summary>
    public void Shrink(int count) => _length -= count;

    /// <summary>The characters written, as a new string.</summary>
    public readonly string Build() => new(_chars[.._length]);

    /// <summary>Returns a rented array, if any, to the pool.</summary>
    public void Dispose()
    {
        char[]? rented = _rented;
        _rented = null;
        if (rented is not null)
        {
            ArrayPool<char>.Shared.Return(rented);
        }
    }

    private void Grow(int extra)
    {
        char[] bigger = ArrayPool<char>.Shared.Rent(Math.Max(_chars.Length * 2, _length + extra + 16));
        _chars[.._length].CopyTo(bigger);
        char[]? old = _rented;
        _rented = bigger;
        _chars = bigger;
        if (old is not null)
        {
            ArrayPool<char>.Shared.Return(old);
        }
    }
}
