namespace Vigil.Formats.Lists;

/// <summary>A read-only view of a list stream that counts the bytes read, reports progress now and then, and ends
/// the stream early once a byte limit is passed.</summary>
/// <remarks>
/// Passing the limit is not an exception: the stream just ends and <see cref="LimitExceeded"/> becomes true, so the
/// reader above sees a truncated input and the list reader turns the flag into one clear diagnostic. Several
/// streams read one after the other (OFAC's companion files) share one budget by passing the bytes already read.
/// </remarks>
internal sealed class MeteredStream : Stream
{
    private const long ProgressStep = 256 * 1024;
    private readonly Stream _inner;
    private readonly long _limit;
    private readonly IProgress<long>? _progress;
    private readonly byte[] _head;
    private int _headLength;
    private long _nextReport;

    /// <param name="inner">The stream read.</param>
    /// <param name="limit">The most bytes accepted, counting <paramref name="alreadyRead"/>.</param>
    /// <param name="progress">Told the bytes read now and then.</param>
    /// <param name="alreadyRead">Bytes of earlier streams that share the limit.</param>
    /// <param name="headSize">How many of the first bytes to keep, so a problem in the prolog can be located.</param>
    public MeteredStream(Stream inner, long limit, IProgress<long>? progress, long alreadyRead = 0, int headSize = 0)
    {
        _head = headSize > 0 ? new byte[headSize] : [];
        ArgumentNullException.ThrowIfNull(inner);
        _inner = inner;
        _limit = limit;
        _progress = progress;
        BytesRead = alreadyRead;
        _nextReport = alreadyRead + ProgressStep;
    }

    /// <summary>Bytes read so far, including those of the streams read before this one.</summary>
    public long BytesRead { get; private set; }

    /// <summary>The first bytes read, up to the head size given.</summary>
    public ReadOnlySpan<byte> Head => _head.AsSpan(0, _headLength);

    /// <summary>True once the input turned out to be longer than the limit.</summary>
    public bool LimitExceeded { get; private set; }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => BytesRead;
        set => throw new NotSupportedException();
    }

    /// <summary>Reports the final count once the stream has been read to its end.</summary>
    public void ReportDone() => _progress?.Report(BytesRead);

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        if (LimitExceeded || buffer.IsEmpty)
        {
            return 0;
        }

        // Read at most one byte past the limit: enough to know the input is too long.
        // (No overflow for a limit of long.MaxValue: the difference is taken before adding one.)
        long remaining = _limit - BytesRead;
        if (remaining < buffer.Length - 1L)
        {
            long allowed = remaining + 1;
            buffer = buffer[..(int)Math.Max(allowed, 0)];
        }

        int read = buffer.IsEmpty ? 0 : _inner.Read(buffer);
        if (_headLength < _head.Length && read > 0)
        {
            int keep = Math.Min(read, _head.Length - _headLength);
            buffer[..keep].CopyTo(_head.AsSpan(_headLength));
            _headLength += keep;
        }

        BytesRead += read;
        if (BytesRead > _limit)
        {
            LimitExceeded = true;
            return 0;
        }

        if (_progress is not null && BytesRead >= _nextReport)
        {
            _progress.Report(BytesRead);
            _nextReport = BytesRead + ProgressStep;
        }

        return read;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
