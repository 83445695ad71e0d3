using System.Buffers;
using System.Numerics;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

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

            // Into a buffer of its own: the copy is fastest when it may write whole blocks ahead of what it read.
            byte[] target = ArrayPool<byte>.Shared.Rent(Math.Max(length, 16));
            int written = CopyWithoutLineBreaks(buffer.AsSpan(0, length), target);
            ArrayPool<byte>.Shared.Return(buffer);
            return new EdifactInput(target, written, tooLarge);
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
    /// <remarks>When the target is not the source, 32 bytes are copied at a time and the copy goes on after each line
    /// break, so that a break every few bytes (one per segment) costs one more block, not a search started afresh.</remarks>
    internal static int CopyWithoutLineBreaks(ReadOnlySpan<byte> source, Span<byte> target)
    {
        if (target.Length < source.Length)
        {
            throw new ArgumentException("The target is shorter than the source.", nameof(target));
        }

        if (!Vector256.IsHardwareAccelerated || source.Overlaps(target))
        {
            return CopyBySearch(source, target);
        }

        ref byte from = ref MemoryMarshal.GetReference(source);
        ref byte to = ref MemoryMarshal.GetReference(target);
        Vector256<byte> cr = Vector256.Create((byte)'\r'), lf = Vector256.Create((byte)'\n');
        int read = 0, written = 0;

        // written <= read, and the target is at least as long as the source: a block stored at written stays inside it.
        while (read <= source.Length - 32)
        {
            Vector256<byte> block = Vector256.LoadUnsafe(ref from, (nuint)read);
            uint breaks = (Vector256.Equals(block, cr) | Vector256.Equals(block, lf)).ExtractMostSignificantBits();
            block.StoreUnsafe(ref to, (nuint)written);
            if (breaks == 0)
            {
                read += 32;
                written += 32;
                continue;
            }

            // The bytes before the first break are in place; the next block starts after it.
            int kept = BitOperations.TrailingZeroCount(breaks);
            written += kept;
            read += kept + 1;
        }

        for (; read < source.Length; read++)
        {
            byte b = source[read];
            if (b != (byte)'\r' && b != (byte)'\n')
            {
                target[written++] = b;
            }
        }

        return written;
    }

    /// <summary>The same copy by searching for each line break; for a target that is the source.</summary>
    private static int CopyBySearch(ReadOnlySpan<byte> source, Span<byte> target)
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
