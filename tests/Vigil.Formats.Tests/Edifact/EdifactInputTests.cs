using Vigil.Formats.Edifact;

namespace Vigil.Formats.Tests.Edifact;

/// <summary>Line breaks are removed wherever they are, copying a block at a time: the result must be the bytes without
/// CR and LF whatever their density, their place against the blocks and the length of the tail.</summary>
public sealed class EdifactInputTests
{
    [Theory]
    [InlineData(0.0)]
    [InlineData(0.02)]
    [InlineData(0.06)]
    [InlineData(0.3)]
    [InlineData(0.9)]
    public void Removes_every_line_break_and_nothing_else(double breakShare)
    {
        Random random = new(20261124);
        for (int length = 0; length < 300; length++)
        {
            byte[] source = new byte[length];
            for (int i = 0; i < length; i++)
            {
                source[i] = random.NextDouble() < breakShare
                    ? (random.Next(2) == 0 ? (byte)'\r' : (byte)'\n')
                    : (byte)random.Next(0x20, 0x100);
            }

            byte[] expected = [.. source.Where(b => b is not ((byte)'\r' or (byte)'\n'))];

            byte[] target = new byte[length];
            int written = EdifactInput.CopyWithoutLineBreaks(source, target);
            byte[] inPlace = (byte[])source.Clone();
            int writtenInPlace = EdifactInput.CopyWithoutLineBreaks(inPlace, inPlace);

            Assert.Equal(expected, target[..written]);
            Assert.Equal(expected, inPlace[..writtenInPlace]);
        }
    }

    [Fact]
    public void Reads_a_stream_without_its_line_breaks()
    {
        byte[] bytes = "UNB+UNOA:4+S+R+250314:0915+1'\r\nUNH+1+PAXL\r\nST:D:05B:UN'\n"u8.ToArray();
        using MemoryStream stream = new(bytes);

        using EdifactInput input = EdifactInput.From(stream, 1024);

        Assert.Equal("UNB+UNOA:4+S+R+250314:0915+1'UNH+1+PAXLST:D:05B:UN'"u8.ToArray(), input.Buffer[..input.Length]);
        Assert.False(input.IsTooLarge);
    }
}
