using System.Buffers;
using System.Collections.Immutable;
using System.Data.Common;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Vigil.Domain;
using Vigil.Screening.Statistics;

namespace Vigil.Storage;

internal sealed partial class SqlWatchListStore
{
    /// <inheritdoc />
    public async Task<IReadOnlyList<CustodyRecord>> GetCustodyRecordsAsync(CustodyRecordQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);

        // Only the parts of the document the statistics use leave the database: its custody array, nationalities and
        // gender, extracted by the engine's JSON functions (the whole document is several times larger).
        StringBuilder sql = new(database.Engine == DatabaseEngine.Postgres
            ? "SELECT subject_id, list_name, kind, category, removed_at, document->>'gender', (document->'nationalities')::text, (document->'custody')::text FROM subjects WHERE 1 = 1"
            : "SELECT subject_id, list_name, kind, category, removed_at, json_extract(document, '$.gender'), json_extract(document, '$.nationalities'), json_extract(document, '$.custody') FROM subjects WHERE 1 = 1");
        List<object?> values = [];
        if (query.Kind is { } kind)
        {
            values.Add((int)kind);
            sql.Append(CultureInfo.InvariantCulture, $" AND kind = ${values.Count}");
        }

        if (query.Lists.Count > 0)
        {
            sql.Append(" AND list_name IN (");
            for (int i = 0; i < query.Lists.Count; i++)
            {
                values.Add(query.Lists[i]);
                sql.Append(CultureInfo.InvariantCulture, $"{(i == 0 ? string.Empty : ", ")}${values.Count}");
            }

            sql.Append(')');
        }

        await using DbConnection connection = await OpenConnectionAsync(cancellationToken);
        await using DbCommand command = Command(connection, null, sql.ToString(), [.. values]);
        await using DbDataReader reader = await command.ExecuteReaderAsync(cancellationToken);
        List<CustodyRecord> records = [];
        byte[] buffer = ArrayPool<byte>.Shared.Rent(4096);
        try
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                Gender gender = reader.IsDBNull(5) ? Gender.Unknown : GenderOf(reader.GetString(5));
                if (query.Gender is { } wanted && gender != wanted)
                {
                    continue;
                }

                ImmutableArray<CountryCode> nationalities = reader.IsDBNull(6) ? [] : ReadCountries(reader.GetString(6), ref buffer);
                ImmutableArray<CustodyStatus> custody = reader.IsDBNull(7) ? [] : ReadCustody(reader.GetString(7), ref buffer);
                records.Add(new CustodyRecord(
                    SubjectId.FromStored(reader.GetString(0)),
                    reader.GetString(1),
                    (SubjectKind)Convert.ToInt32(reader.GetValue(2), CultureInfo.InvariantCulture),
                    (ListingCategory)Convert.ToInt32(reader.GetValue(3), CultureInfo.InvariantCulture))
                {
                    Gender = gender,
                    Nationalities = nationalities,
                    History = custody,
                    RemovedOn = reader.IsDBNull(4) ? null : DateOnly.FromDateTime(ReadTimestamp(reader, 4).UtcDateTime),
                });
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }

        return records;
    }

    private static Gender GenderOf(string text) => text switch
    {
        "male" => Gender.Male,
        "female" => Gender.Female,
        "unspecified" => Gender.Unspecified,
        _ => Gender.Unknown,
    };

    private static ReadOnlySpan<byte> Utf8(string json, ref byte[] buffer)
    {
        int length = Encoding.UTF8.GetMaxByteCount(json.Length);
        if (buffer.Length < length)
        {
            ArrayPool<byte>.Shared.Return(buffer);
            buffer = ArrayPool<byte>.Shared.Rent(length);
        }

        return buffer.AsSpan(0, Encoding.UTF8.GetBytes(json, buffer));
    }

    /// <summary>Reads the <c>nationalities</c> array of a stored document.</summary>
    private static ImmutableArray<CountryCode> ReadCountries(string json, ref byte[] buffer)
    {
        Utf8JsonReader reader = new(Utf8(json, ref buffer));
        ImmutableArray<CountryCode>.Builder codes = ImmutableArray.CreateBuilder<CountryCode>();
        while (reader.Read())
        {
            if (reader.TokenType == JsonTokenType.String && CountryCode.TryCreate(reader.GetString(), out CountryCode code))
            {
                codes.Add(code);
            }
        }

        return codes.DrainToImmutable();
    }

    /// <summary>Reads the <c>custody</c> array of a stored document: the fields statistics use (status, since,
    /// authority, place, country, recordedAt).</summary>
    /// <exception cref="JsonException">The stored JSON is damaged.</exception>
    private static ImmutableArray<CustodyStatus> ReadCustody(string json, ref byte[] buffer)
    {
        Utf8JsonReader reader = new(Utf8(json, ref buffer));
        ImmutableArray<CustodyStatus>.Builder entries = ImmutableArray.CreateBuilder<CustodyStatus>();
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartArray)
        {
            throw new JsonException("A stored custody history is not an array.");
        }

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
                    state = CustodyStates.TryParse(reader.GetString(), out CustodyState read) ? read : CustodyState.Unknown;
                }
                else if (reader.ValueTextEquals("since"u8))
                {
                    reader.Read();
                    since = PartialDate.TryParse(reader.GetString(), out PartialDate read) ? read : PartialDate.Unknown;
                }
                else if (reader.ValueTextEquals("authority"u8))
                {
                    reader.Read();
                    authority = reader.GetString();
                }
                else if (reader.ValueTextEquals("place"u8))
                {
                    reader.Read();
                    place = reader.GetString();
                }
                else if (reader.ValueTextEquals("country"u8))
                {
                    reader.Read();
                    country = CountryCode.TryCreate(reader.GetString(), out CountryCode code) ? code : null;
                }
                else if (reader.ValueTextEquals("recordedAt"u8))
                {
                    reader.Read();
                    recordedAt = reader.TryGetDateTimeOffset(out DateTimeOffset at) ? at : default;
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
}
