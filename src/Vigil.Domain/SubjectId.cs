using System.Security.Cryptography;
using System.Text;

namespace Vigil.Domain;

/// <summary>Vigil's own identifier of a subject, such as <c>V3KQ7M2XD9A</c>.</summary>
/// <remarks>
/// Derived from the list name and the list's own identifier, so the same entry gets the same id in every
/// database and in an in-memory index built straight from a file. The form is <c>V</c> followed by ten
/// Crockford base-32 characters (50 bits of SHA-256).
/// </remarks>
public readonly record struct SubjectId
{
    private const string Alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private readonly string? _value;

    private SubjectId(string value) => _value = value;

    /// <summary>The text form.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>The id of the entry <paramref name="sourceId"/> of list <paramref name="listName"/>.</summary>
    public static SubjectId For(string listName, string sourceId)
    {
        ArgumentNullException.ThrowIfNull(listName);
        ArgumentNullException.ThrowIfNull(sourceId);
        byte[] hash = SHA256.HashData(Encoding.UTF8.GetBytes(listName + "\n" + sourceId));
        ulong bits = 0;
        for (int i = 0; i < 8; i++)
        {
            bits = (bits << 8) | hash[i];
        }

        Span<char> text = stackalloc char[11];
        text[0] = 'V';
        for (int i = 1; i <= 10; i++)
        {
            text[i] = Alphabet[(int)(bits >> 59)];
            bits <<= 5;
        }

        return new SubjectId(new string(text));
    }

    /// <summary>Reads the text form; case is ignored.</summary>
    public static bool TryParse(string? text, out SubjectId id)
    {
        id = default;
        if (text is null || text.Length != 11 || (text[0] is not ('V' or 'v')))
        {
            return false;
        }

        string upper = text.ToUpperInvariant();
        for (int i = 1; i < 11; i++)
        {
            if (!Alphabet.Contains(upper[i], StringComparison.Ordinal))
            {
                return false;
            }
        }

        id = new SubjectId(upper);
        return true;
    }

    /// <summary>Wraps a stored id without checking it.</summary>
    public static SubjectId FromStored(string value) => new(value);

    /// <inheritdoc />
    public override string ToString() => Value;
}
