using Vigil.Screening.Messages;

namespace Vigil.Screening.Tests.Messages;

public sealed class MessageContentTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Reads_every_byte_as_it_is()
    {
        byte[] content = [0x55, 0x4E, 0x41, 0x00, 0xFF, 0x0D, 0x0A];

        byte[] read = await MessageContent.ReadAsync(new MemoryStream(content), 7, Ct);

        Assert.Equal(content, read);
    }

    [Fact]
    public async Task Refuses_a_seekable_stream_over_the_limit_without_reading_it()
    {
        MemoryStream stream = new(new byte[11]);

        MessageTooLargeException error = await Assert.ThrowsAsync<MessageTooLargeException>(() => MessageContent.ReadAsync(stream, 10, Ct));

        Assert.Equal((11L, 10L), (error.Size, error.Limit));
        Assert.Equal(0, stream.Position);
        Assert.Equal("The message is 11 bytes, over the limit of 10 bytes; it was not stored.", error.Message);
    }

    [Fact]
    public async Task Stops_reading_an_endless_stream_at_the_limit()
    {
        EndlessStream stream = new();

        MessageTooLargeException error = await Assert.ThrowsAsync<MessageTooLargeException>(() => MessageContent.ReadAsync(stream, 100_000, Ct));

        Assert.True(error.Size > 100_000);
        Assert.True(stream.Served < 300_000, $"read {stream.Served} bytes");
        Assert.StartsWith("The message is larger than the limit of 100000 bytes", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Default_limit_is_the_parsers_ten_mebibytes()
    {
        Assert.Equal(10 * 1024 * 1024, MessageContent.DefaultMaxBytes);
    }

    /// <summary>A stream that never ends and cannot seek, as a socket might be.</summary>
    private sealed class EndlessStream : Stream
    {
        public long Served { get; private set; }

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            Array.Fill(buffer, (byte)'A', offset, count);
            Served += count;
            return count;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
