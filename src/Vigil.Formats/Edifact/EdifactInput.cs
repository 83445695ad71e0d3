using System.Buffers;

namespace Vigil.Formats.Edifact;

/// <summary>Reads an interchange into one buffer, within the size limit, and removes its line breaks.</summary>
internal sealed class EdifactInput : IDisposable
{
    private byte[] _buffer;

    private EdifactInput(byte[] buffer, int length, bool isTooLarge)
    {
        _buffer = buffer;
        Length = length;
        IsTooLarge = isTooLarge;
    }

    /// <summary>The bytes, line breaks removed. Rented: valid until <see cref="Dispose"/>.</summary>
    public byte[] Buffer => _buffer;

    public int Length { get; private set; }

    /// <summary>True when the input is longer than the limit: <see cref="Buffer"/> holds only its first bytes.</summary>
    public bool IsTooLarge { get; }

    public static EdifactInput From(ReadOnlySpan<byte> bytes, int maxBytes)
    {
        bool tooLarge = bytes.Length > maxBytes;
        if (tooLarge)
        {
            bytes = bytes[..maxBytes];
        }

        byte[] buffer = ArrayPool<byte>.Shared.Rent(Math.Max(bytes.Length, 16));
        int length = CopyWithoutLineBreaks(bytes, buffer);
        return new EdifactInput(buffer, length, tooLarge);
    }

    public static EdifactInput From(Stream stream, int maxBytes)
    {
        byte[] buffer = ArrayPool<byte>.Shared.Rent(64 * 1024);
        int length = 0;
        bool tooLarge = false;
        try
        {
            while (true)
            {
                if (length == buffer.Length)
                {
                    if (length > maxBytes)
                    {
                        break;
                    }

                    byte[] larger = ArrayPool<byte>.Shared.Rent((int)Math.Min((long)buffer.Length * 2, (long)maxBytes + 1));
                    buffer.AsSpan(0, length).CopyTo(larger);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = larger;
                }

                int read = stream.Read(buffer, length, Math.Min(buffer.Length, maxBytes + 1) - length);
                if (read == 0)
                {
                    break;
                }

                length += read;
                if (length > maxBytes)
                {
                    tooLarge = true;
                    length = maxBytes;
                    break;
                }
            }

            length = CopyWithoutLineBreaks(buffer.AsSpan(0, length), buffer);
            return new EdifactInput(buffer, length, tooLarge);
        }
        catch
        {
            ArrayPool<byte>.Shared.Return(buffer);
            throw;
        }
    }

    public void Dispose()
    {
        if (_buffer.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = [];
            Length = 0;
        }
    }

    /// <summary>Copies the bytes without CR and LF (FORMATS.md §1: line breaks are not part of the syntax; carriers
    /// insert them after segments and inside values at fixed widths). The target may be the source.</summary>
    internal static int CopyWithoutLineBreaks(ReadOnlySpan<byte> source, Span<byte> target)
    {
        int written = 0;
        while (true)
        {
            int next = source.IndexOfAny((byte)'\r', (byte)'\n');
            if (next < 0)
            {
                source.CopyTo(target[written..]);
                return written + source.Length;
            }

            source[..next].CopyTo(target[written..]);
            written += next;
            source = source[(next + 1)..];
        }
    }
}
