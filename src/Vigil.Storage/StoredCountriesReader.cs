using System.Buffers;
using System.Collections.Immutable;
using System.Text;
using System.Text.Json;
using Vigil.Domain;

namespace Vigil.Storage;

/// <summary>Reads the nationalities of stored subject documents, as custody statistics need them, for a hundred thousand
/// subjects at a time.</summary>
/// <remarks>Codes repeat across subjects, so each distinct code is made once and shared. Not thread-safe: one per
/// query.</remarks>
internal sealed class StoredCountriesReader : IDisposable
{
    private readonly Dictionary<string, string> _strings = new(StringComparer.Ordinal);
    private readonly Dictionary<string, CountryCode?> _countries = new(StringComparer.Ordinal);
    private byte[] _bytes = ArrayPool<byte>.Shared.Rent(4096);
    private char[] _chars = ArrayPool<char>.Shared.Rent(256);

    public void Dispose()
    {
        ArrayPool<byte>.Shared.Return(_bytes);
        ArrayPool<char>.Shared.Return(_chars);
    }

    /// <summary>Reads the <c>nationalities</c> array of a stored document.</summary>
    public ImmutableArray<CountryCode> ReadCountries(string json)
    {
        Utf8JsonReader reader = new(Utf8(json));
        ImmutableArray<CountryCode>.Builder codes = ImmutableArray.CreateBuilder<CountryCode>();
        while (reader.Read())
        {
            if (reader.TokenType == JsonTokenType.String && Country(ref reader) is { } code)
            {
                codes.Add(code);
            }
        }

        return codes.DrainToImmutable();
    }

    private ReadOnlySpan<byte> Utf8(string json)
    {
        int length = Encoding.UTF8.GetMaxByteCount(json.Length);
        if (_bytes.Length < length)
        {
            ArrayPool<byte>.Shared.Return(_bytes);
            _bytes = ArrayPool<byte>.Shared.Rent(length);
        }

        return _bytes.AsSpan(0, Encoding.UTF8.GetBytes(json, _bytes));
    }

    private CountryCode? Country(ref Utf8JsonReader reader)
    {
        string? text = Pooled(ref reader);
        if (text is null)
        {
            return null;
        }

        if (!_countries.TryGetValue(text, out CountryCode? code))
        {
            _countries[text] = code = CountryCode.TryCreate(text, out CountryCode made) ? made : null;
        }

        return code;
    }

    /// <summary>The string value at the reader, made once for every equal value.</summary>
    private string? Pooled(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            return null;
        }

        int most = reader.HasValueSequence ? (int)reader.ValueSequence.Length : reader.ValueSpan.Length;
        if (_chars.Length < most)
        {
            ArrayPool<char>.Shared.Return(_chars);
            _chars = ArrayPool<char>.Shared.Rent(most);
        }

        ReadOnlySpan<char> value = _chars.AsSpan(0, reader.CopyString(_chars));
        Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> lookup = _strings.GetAlternateLookup<ReadOnlySpan<char>>();
        if (!lookup.TryGetValue(value, out string? pooled))
        {
            pooled = value.ToString();
            _strings[pooled] = pooled;
        }

        return pooled;
    }
}
