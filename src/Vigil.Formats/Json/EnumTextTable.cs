using System.Text;
using System.Text.Json;

namespace Vigil.Formats.Json;

/// <summary>The text names of a closed enum in Vigil's JSON, both ways, without allocating on the hot path.</summary>
/// <typeparam name="T">The enum.</typeparam>
internal sealed class EnumTextTable<T>
    where T : struct, Enum
{
    private readonly T[] _values;
    private readonly string[] _names;
    private readonly byte[][] _utf8;
    private readonly JsonEncodedText[] _encoded;

    public EnumTextTable(params (T Value, string Name)[] entries)
    {
        _values = new T[entries.Length];
        _names = new string[entries.Length];
        _utf8 = new byte[entries.Length][];
        _encoded = new JsonEncodedText[entries.Length];
        for (int i = 0; i < entries.Length; i++)
        {
            _values[i] = entries[i].Value;
            _names[i] = entries[i].Name;
            _utf8[i] = Encoding.UTF8.GetBytes(entries[i].Name);
            _encoded[i] = JsonEncodedText.Encode(entries[i].Name);
        }

        Allowed = string.Join(", ", Array.ConvertAll(_names, n => "'" + n + "'"));
    }

    /// <summary>The allowed names, quoted and comma separated, for messages.</summary>
    public string Allowed { get; }

    public string ToName(T value) => _names[IndexOf(value)];

    public JsonEncodedText Encoded(T value) => _encoded[IndexOf(value)];

    /// <summary>Matches the current string token of <paramref name="reader"/> against the names (ordinal).</summary>
    public bool TryRead(ref Utf8JsonReader reader, out T value)
    {
        for (int i = 0; i < _utf8.Length; i++)
        {
            if (reader.ValueTextEquals(_utf8[i]))
            {
                value = _values[i];
                return true;
            }
        }

        value = default;
        return false;
    }

    private int IndexOf(T value)
    {
        EqualityComparer<T> comparer = EqualityComparer<T>.Default;
        for (int i = 0; i < _values.Length; i++)
        {
            if (comparer.Equals(_values[i], value))
            {
                return i;
            }
        }

        throw new ArgumentOutOfRangeException(nameof(value), value, $"{typeof(T).Name} has no JSON name for this value.");
    }
}
