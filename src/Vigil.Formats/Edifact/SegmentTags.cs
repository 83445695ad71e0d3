namespace Vigil.Formats.Edifact;

/// <summary>Segment tags packed into an <see cref="int"/> (three ASCII bytes), so that a tag is compared without
/// making a string.</summary>
internal static class SegmentTags
{
    public const int Una = ('U' << 16) | ('N' << 8) | 'A';
    public const int Unb = ('U' << 16) | ('N' << 8) | 'B';
    public const int Unz = ('U' << 16) | ('N' << 8) | 'Z';
    public const int Ung = ('U' << 16) | ('N' << 8) | 'G';
    public const int Une = ('U' << 16) | ('N' << 8) | 'E';
    public const int Unh = ('U' << 16) | ('N' << 8) | 'H';
    public const int Unt = ('U' << 16) | ('N' << 8) | 'T';

    public static int Pack(ReadOnlySpan<byte> tag)
    {
        if (tag.Length != 3)
        {
            return 0;
        }

        foreach (byte b in tag)
        {
            if (b is not ((>= (byte)'A' and <= (byte)'Z') or (>= (byte)'0' and <= (byte)'9')))
            {
                return 0;
            }
        }

        return (tag[0] << 16) | (tag[1] << 8) | tag[2];
    }

    /// <summary>Packs three bytes; 0 unless each is an upper-case letter or a digit.</summary>
    public static int Pack(byte first, byte second, byte third) =>
        IsTagByte(first) && IsTagByte(second) && IsTagByte(third) ? (first << 16) | (second << 8) | third : 0;

    public static int Pack(string tag) => Pack(System.Text.Encoding.ASCII.GetBytes(tag));

    private static bool IsTagByte(byte b) => (uint)(b - 'A') <= 'Z' - 'A' || (uint)(b - '0') <= 9;

    public static string ToText(int tag) => string.Create(3, tag, static (chars, t) =>
    {
        chars[0] = (char)((t >> 16) & 0xFF);
        chars[1] = (char)((t >> 8) & 0xFF);
        chars[2] = (char)(t & 0xFF);
    });
}
