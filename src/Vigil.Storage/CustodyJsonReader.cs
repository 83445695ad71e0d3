using System.Buffers;
using System.Collections.Immutable;
using System.Text;
using System.Text.Json;
using Vigil.Domain;

namespace Vigil.Storage;

/// <summary>Reads the custody arrays and nationalities of stored subject documents, as custody statistics need them,
/// for a hundred thousand subjects at a time.</summary>
/// <remarks>Only status, since, authority, place, country and (for an undated entry) recordedAt are read. Values repeat
/// across subjects (a few statuses, authorities, places and countries), so each distinct text is made into a string
/// once and shared. Not thread-safe: one per query.</remarks>
internal sealed class CustodyJsonReader : IDisposable
{
    private static readonly (byte[] Name, CustodyState State)[] States =
        [.. Enum.GetValues<CustodyState>().Select(s => (Encoding.UTF8.GetBytes(CustodyStates.ToName(s)), s))];

    private static readonly Dictionary<string, CustodyState> StatesByName =
        Enum.GetValues<CustodyState>().ToDictionary(CustodyStates.ToName, s => s, StringComparer.Ordinal);

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

    /// <summary>Reads the <c>custody</c> array of a stored document.</summary>
    /// <exception cref="JsonException">The stored JSON is damaged.</exception>
    public ImmutableArray<CustodyStatus> ReadCustody(string json)
    {
        Utf8JsonReader reader = new(Utf8(json));
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartArray)
        {
            throw new JsonException("A stored custody history is not an array.");
        }

        ImmutableArray<CustodyStatus>.Builder entries = ImmutableArray.CreateBuilder<CustodyStatus>();
        while (reader.Read() && reader.TokenType == JsonTokenType.StartObject)
        {
            CustodyState state = CustodyState.Unknown;
            PartialDate since = PartialDate.Unknown;
            string? authority = null, place = null;
            CountryCode? country = null;
            DateTimeOffset recordedAt = default;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                if (reader.ValueTextEquals("status"u8))
                {
                    reader.Read();
                    state = State(ref reader);
                }
                else if (reader.ValueTextEquals("since"u8))
                {
                    reader.Read();
                    since = Since(ref reader);
                }
                else if (reader.ValueTextEquals("authority"u8))
                {
                    reader.Read();
                    authority = Pooled(ref reader);
                }
                else if (reader.ValueTextEquals("place"u8))
                {
                    reader.Read();
                    place = Pooled(ref reader);
                }
                else if (reader.ValueTextEquals("country"u8))
                {
                    reader.Read();
                    country = Country(ref reader);
                }
                else if (reader.ValueTextEquals("recordedAt"u8))
                {
                    reader.Read();

                    // Only an undated entry needs it (it takes effect on the day it was recorded); both engines keep
                    // "since" before "recordedAt".
                    if (since.IsUnknown && reader.TryGetDateTimeOffset(out DateTimeOffset at))
                    {
                        recordedAt = at;
                    }
                }
                else
                {
                    reader.Read();
                    reader.Skip();
                }
            }

            entries.Add(new CustodyStatus(state, since) { Authority = authority, Place = place, Country = country, RecordedAt = recordedAt });
        }

        return entries.DrainToImmutable();
    }

    /// <summary>The state of a stored status name.</summary>
    public static CustodyState StateOf(string name) =>
        StatesByName.TryGetValue(name, out CustodyState state) ? state : CustodyStates.TryParse(name, out state) ? state : CustodyState.Unknown;

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

    private static CustodyState State(ref Utf8JsonReader reader)
    {
        foreach ((byte[] name, CustodyState state) in States)
        {
            if (reader.ValueTextEquals(name))
            {
                return state;
            }
        }

        return CustodyStates.TryParse(reader.GetString(), out CustodyState parsed) ? parsed : CustodyState.Unknown;
    }

    private static PartialDate Since(ref Utf8JsonReader reader)
    {
        Span<char> text = stackalloc char[16];
        if (reader.TokenType != JsonTokenType.String || reader.ValueSpan.Length > text.Length || reader.ValueIsEscaped)
        {
            return reader.TokenType == JsonTokenType.String && PartialDate.TryParse(reader.GetString(), out PartialDate slow) ? slow : PartialDate.Unknown;
        }

        int length = reader.CopyString(text);
        return PartialDate.TryParse(text[..length], out PartialDate date) ? date : PartialDate.Unknown;
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
