using System.Security.Cryptography;

namespace Vigil.Screening.Checks;

/// <summary>Makes the public identifiers of checks: <c>chk_</c> and 26 characters of Crockford base 32, from 128
/// random bits, so that an identifier cannot be guessed from another.</summary>
public static class CheckIds
{
    private const string Alphabet = "0123456789abcdefghjkmnpqrstvwxyz";

    /// <summary>The prefix of every check identifier.</summary>
    public const string Prefix = "chk_";

    /// <summary>A new identifier.</summary>
    public static string New()
    {
        Span<byte> random = stackalloc byte[16];
        RandomNumberGenerator.Fill(random);
        return string.Create(Prefix.Length + 26, random.ToArray(), static (chars, bytes) =>
        {
            Prefix.AsSpan().CopyTo(chars);
            UInt128 value = new(BitConverter.ToUInt64(bytes, 0), BitConverter.ToUInt64(bytes, 8));
            for (int i = chars.Length - 1; i >= Prefix.Length; i--)
            {
                chars[i] = Alphabet[(int)(value & 31)];
                value >>= 5;
            }
        });
    }

    /// <summary>True when <paramref name="text"/> has the shape of a check identifier.</summary>
    public static bool IsWellFormed(ReadOnlySpan<char> text)
    {
        if (text.Length != Prefix.Length + 26 || !text.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return false;
        }

        foreach (char c in text[Prefix.Length..])
        {
            if (!Alphabet.Contains(c, StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }
}
