using System.Data.Common;
using System.Globalization;
using System.Text;
using Vigil.Domain;
using Vigil.Screening.Statistics;

namespace Vigil.Storage;

internal sealed partial class SqlWatchListStore
{
    /// <inheritdoc />
    public async Task<IReadOnlyList<CustodyRecord>> GetCustodyRecordsAsync(CustodyRecordQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        List<object?> values = [];
        string filter = Filter(query, values);
        bool postgres = database.Engine == DatabaseEngine.Postgres;

        // The subjects, then their custody entries from the narrow table that mirrors the documents' histories, in one
        // consistent read. Only a subject's gender and nationalities come out of its document, and only when asked
        // for: taking them out of 100,000 documents costs more than reading the 500,000 custody rows.
        string genderSql = query.Gender is null ? "NULL" : postgres ? "s.document->>'gender'" : "json_extract(s.document, '$.gender')";
        string nationalitiesSql = !query.WithNationalities ? "NULL" : postgres ? "(s.document->'nationalities')::text" : "json_extract(s.document, '$.nationalities')";
        string subjectsSql = $"SELECT s.subject_id, s.list_name, s.kind, s.category, s.removed_at, {genderSql}, {nationalitiesSql} FROM subjects s";
        // Every entry, those of subjects not asked for dropped here: joining the subjects to filter in SQL costs SQLite
        // more than reading the rows it drops (0.57 against 0.24 s for 500,000 entries).
        const string CustodySql = "SELECT subject_id, ordinal, state, since, recorded_on, authority, place, country FROM subject_custody";

        await using DbConnection connection = await OpenConnectionAsync(cancellationToken);
        await using DbTransaction transaction = await BeginReadAsync(connection, cancellationToken);
        Dictionary<string, PendingRecord> pending = new(StringComparer.Ordinal);
        List<PendingRecord> order = [];
        Dictionary<string, CountryCode?> countries = new(StringComparer.Ordinal);
        using StoredCountriesReader json = new();
        await using (DbCommand command = Command(connection, transaction, subjectsSql + filter, [.. values]))
        await using (DbDataReader reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                Gender gender = reader.IsDBNull(5) ? Gender.Unknown : GenderOf(reader.GetString(5));
                if (query.Gender is { } wanted && gender != wanted)
                {
                    continue;
                }

                string id = reader.GetString(0);
                PendingRecord record = new(new CustodyRecord(SubjectId.FromStored(id), reader.GetString(1), (SubjectKind)reader.GetInt32(2), (ListingCategory)reader.GetInt32(3))
                {
                    Gender = gender,
                    Nationalities = reader.IsDBNull(6) ? [] : json.ReadCountries(reader.GetString(6)),
                    RemovedOn = reader.IsDBNull(4) ? null : DateOnly.FromDateTime(ReadTimestamp(reader, 4).UtcDateTime),
                });
                pending[id] = record;
                order.Add(record);
            }
        }

        // For a count at one day, PostgreSQL picks each subject's entry in effect itself (a fifth of the rows come back).
        // SQLite's window over every entry costs more than reading them all (2.8 to 3.3 s against 2.1 to 2.6 s for
        // 500,000 entries): it reads whole histories, and the entry in effect is picked here.
        bool inEffect = query.InEffectOn is not null && postgres;
        string custodySql = inEffect ? InEffectPostgres : CustodySql;
        object?[] custodyValues = inEffect ? [query.InEffectOn!.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)] : [];
        await using (DbCommand command = Command(connection, transaction, custodySql, custodyValues))
        await using (DbDataReader reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                if (!pending.TryGetValue(reader.GetString(0), out PendingRecord? record))
                {
                    continue;
                }

                PartialDate since = !reader.IsDBNull(3) && PartialDate.TryParse(reader.GetString(3), out PartialDate parsed) ? parsed : PartialDate.Unknown;

                // Only an undated entry needs the day it was recorded: it takes effect then.
                DateTimeOffset recordedAt = !since.IsUnknown || reader.IsDBNull(4)
                    ? default
                    : new DateTimeOffset((postgres ? reader.GetFieldValue<DateOnly>(4) : DateOnly.ParseExact(reader.GetString(4), "yyyy-MM-dd", CultureInfo.InvariantCulture)).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
                record.Entries.Add((reader.GetInt32(1), new CustodyStatus((CustodyState)reader.GetInt32(2), since)
                {
                    Authority = reader.IsDBNull(5) ? null : reader.GetString(5),
                    Place = reader.IsDBNull(6) ? null : reader.GetString(6),
                    Country = reader.IsDBNull(7) ? null : CountryOf(reader.GetString(7), countries),
                    RecordedAt = recordedAt,
                }));
            }
        }

        await transaction.CommitAsync(cancellationToken);
        List<CustodyRecord> records = new(order.Count);
        foreach (PendingRecord record in order)
        {
            if (record.Entries.Count == 0)
            {
                records.Add(record.Record);
                continue;
            }

            record.Entries.Sort((a, b) => a.Ordinal.CompareTo(b.Ordinal));
            if (query.InEffectOn is { } day && !inEffect)
            {
                records.Add(record.Record with { History = CustodyStatistics.InEffectOn(record.Entries.Select(e => e.Entry), day) is { } entry ? [entry] : [] });
                continue;
            }

            records.Add(record.Record with { History = [.. record.Entries.Select(e => e.Entry)] });
        }

        return records;
    }

    // The day an entry takes effect, as ISO text (CustodyStatistics.EffectiveDay): the first day of its date (which
    // PartialDate writes YYYY, YYYY-MM or YYYY-MM-DD, perhaps after a ~), else the day it was recorded, else the first
    // day there is. ISO days compare as text.
    private const string EffectiveSince =
        "CASE length(ltrim(since, '~')) WHEN 4 THEN ltrim(since, '~') || '-01-01' WHEN 7 THEN ltrim(since, '~') || '-01' ELSE ltrim(since, '~') END";

    /// <summary>Each subject's entry in effect on day $1: the last to take effect on or before it, of entries of one
    /// day the last in the history.</summary>
    private const string InEffectPostgres =
        "SELECT DISTINCT ON (subject_id) subject_id, ordinal, state, since, recorded_on, authority, place, country "
        + "FROM (SELECT c.*, COALESCE(CASE WHEN since IS NULL THEN to_char(recorded_on, 'YYYY-MM-DD') ELSE " + EffectiveSince + " END, '0001-01-01') AS effective "
        + "FROM subject_custody c) e WHERE effective <= $1 ORDER BY subject_id, effective DESC, ordinal DESC";

    /// <summary>The WHERE clause of a query, its values added to <paramref name="values"/>.</summary>
    private static string Filter(CustodyRecordQuery query, List<object?> values)
    {
        StringBuilder sql = new(" WHERE 1 = 1");
        if (query.Kind is { } kind)
        {
            values.Add((int)kind);
            sql.Append(CultureInfo.InvariantCulture, $" AND s.kind = ${values.Count}");
        }

        if (query.Lists.Count > 0)
        {
            sql.Append(" AND s.list_name IN (");
            for (int i = 0; i < query.Lists.Count; i++)
            {
                values.Add(query.Lists[i]);
                sql.Append(CultureInfo.InvariantCulture, $"{(i == 0 ? string.Empty : ", ")}${values.Count}");
            }

            sql.Append(')');
        }

        return sql.ToString();
    }

    private static CountryCode? CountryOf(string text, Dictionary<string, CountryCode?> known)
    {
        if (!known.TryGetValue(text, out CountryCode? code))
        {
            known[text] = code = CountryCode.TryCreate(text, out CountryCode made) ? made : null;
        }

        return code;
    }

    private static Gender GenderOf(string text) => text switch
    {
        "male" => Gender.Male,
        "female" => Gender.Female,
        "unspecified" => Gender.Unspecified,
        _ => Gender.Unknown,
    };

    /// <summary>A subject whose custody rows are being read.</summary>
    private sealed class PendingRecord(CustodyRecord record)
    {
        public CustodyRecord Record { get; } = record;

        public List<(int Ordinal, CustodyStatus Entry)> Entries { get; } = [];
    }
}
