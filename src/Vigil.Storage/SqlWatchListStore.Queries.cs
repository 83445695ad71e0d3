using System.Data.Common;
using System.Text;
using System.Text.Json;
using Vigil.Domain;
using Vigil.Formats.Json;
using Vigil.Screening.Lists;

namespace Vigil.Storage;

internal sealed partial class SqlWatchListStore
{
    /// <inheritdoc />
    public async Task<IReadOnlyList<WatchListSummary>> GetListsAsync(CancellationToken cancellationToken) =>
        await ReadSummariesAsync(null, cancellationToken);

    /// <inheritdoc />
    public async Task<IReadOnlyDictionary<string, long>> GetVersionsAsync(CancellationToken cancellationToken)
    {
        await using DbConnection connection = await OpenConnectionAsync(cancellationToken);
        await using DbCommand command = Command(connection, null, WatchListSql.ListVersions);
        await using DbDataReader reader = await command.ExecuteReaderAsync(cancellationToken);
        Dictionary<string, long> versions = new(StringComparer.Ordinal);
        while (await reader.ReadAsync(cancellationToken))
        {
            versions[reader.GetString(0)] = reader.GetInt64(1);
        }

        return versions;
    }

    /// <inheritdoc />
    public async Task<WatchListSummary?> GetListAsync(string name, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(name);
        IReadOnlyList<WatchListSummary> lists = await ReadSummariesAsync(name, cancellationToken);
        return lists.Count == 0 ? null : lists[0];
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<Subject>> GetSubjectsAsync(string listName, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(listName);
        await using DbConnection connection = await OpenConnectionAsync(cancellationToken);
        await using DbCommand command = Command(connection, null, WatchListSql.CurrentSubjects, listName);
        await using DbDataReader reader = await command.ExecuteReaderAsync(cancellationToken);
        List<Subject> subjects = [];
        while (await reader.ReadAsync(cancellationToken))
        {
            subjects.Add(SubjectJson.Deserialize(reader.GetString(0)));
        }

        // Ordered here rather than in SQL: PostgreSQL's collation would not be ordinal.
        subjects.Sort((a, b) => string.CompareOrdinal(a.Listing.SourceId, b.Listing.SourceId));
        return subjects;
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<SubjectRecord>> FindSubjectsAsync(string idOrSourceId, string? listName, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(idOrSourceId);
        string text = idOrSourceId.Trim();
        if (text.Length == 0)
        {
            return [];
        }

        string id = SubjectId.TryParse(text, out SubjectId parsed) ? parsed.Value : string.Empty;
        string select = "SELECT list_name, " + WatchListSql.SubjectRecordColumns + " FROM subjects WHERE ";
        string exact = select + "(subject_id = $2 OR source_id = $1)" + (listName is null ? string.Empty : " AND list_name = $3");
        object?[] exactValues = listName is null ? [text, id] : [text, id, listName];

        await using DbConnection connection = await OpenConnectionAsync(cancellationToken);
        List<SubjectRecord> found = await ReadRecordsAsync(connection, exact, exactValues, cancellationToken);
        if (found.Count == 0)
        {
            // Source ids are typed by hand too (qdi.123 for QDi.123).
            string folded = select + "lower(source_id) = lower($1)" + (listName is null ? string.Empty : " AND list_name = $2");
            object?[] foldedValues = listName is null ? [text] : [text, listName];
            found = await ReadRecordsAsync(connection, folded, foldedValues, cancellationToken);
        }

        found.Sort((a, b) =>
        {
            int c = string.CompareOrdinal(a.Subject.Listing.ListName, b.Subject.Listing.ListName);
            return c != 0 ? c : string.CompareOrdinal(a.Subject.Listing.SourceId, b.Subject.Listing.SourceId);
        });
        return found;
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<ImportRecord>> GetImportsAsync(string listName, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(listName);
        await using DbConnection connection = await OpenConnectionAsync(cancellationToken);
        await using DbCommand command = Command(connection, null, WatchListSql.Imports, listName);
        await using DbDataReader reader = await command.ExecuteReaderAsync(cancellationToken);
        List<ImportRecord> imports = [];
        while (await reader.ReadAsync(cancellationToken))
        {
            imports.Add(ReadImport(reader));
        }

        return imports;
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<HistoryEntry>> GetImportChangesAsync(long importId, CancellationToken cancellationToken)
    {
        await using DbConnection connection = await OpenConnectionAsync(cancellationToken);
        List<HistoryEntry> entries = await ReadHistoryAsync(connection, WatchListSql.ImportChanges, [importId], cancellationToken);

        // List.Sort is not stable; history ids break ties so the order is the same on every call.
        entries.Sort((a, b) =>
        {
            int c = string.CompareOrdinal(a.SourceId, b.SourceId);
            return c != 0 ? c : a.Id.CompareTo(b.Id);
        });
        return entries;
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<HistoryEntry>> GetHistoryAsync(HistoryQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(query.Limit);
        StringBuilder sql = new("SELECT " + WatchListSql.HistoryColumns + " FROM history WHERE 1 = 1");
        List<object?> values = [];
        if (query.ListName is not null)
        {
            values.Add(query.ListName);
            sql.Append(System.Globalization.CultureInfo.InvariantCulture, $" AND list_name = ${values.Count}");
        }

        if (query.SubjectId is { } subjectId)
        {
            values.Add(subjectId.Value);
            sql.Append(System.Globalization.CultureInfo.InvariantCulture, $" AND subject_id = ${values.Count}");
        }

        values.Add(query.Limit);
        sql.Append(System.Globalization.CultureInfo.InvariantCulture, $" ORDER BY id DESC LIMIT ${values.Count}");

        await using DbConnection connection = await OpenConnectionAsync(cancellationToken);
        return await ReadHistoryAsync(connection, sql.ToString(), [.. values], cancellationToken);
    }

    private async Task<IReadOnlyList<WatchListSummary>> ReadSummariesAsync(string? name, CancellationToken cancellationToken)
    {
        string filter = name is null ? string.Empty : " WHERE list_name = $1";
        object?[] values = name is null ? [] : [name];
        await using DbConnection connection = await OpenConnectionAsync(cancellationToken);
        await using DbTransaction transaction = await BeginReadAsync(connection, cancellationToken);

        Dictionary<string, ImportRecord> latest = new(StringComparer.Ordinal);
        await using (DbCommand command = Command(
            connection, transaction, name is null ? WatchListSql.LatestImports : WatchListSql.LatestImport, values))
        await using (DbDataReader reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                ImportRecord import = ReadImport(reader);
                latest[import.ListName] = import;
            }
        }

        Dictionary<string, ListCounts> counts = new(StringComparer.Ordinal);
        string countSql = name is null ? WatchListSql.Counts : WatchListSql.Counts.Replace("WHERE removed_at IS NULL", "WHERE removed_at IS NULL AND list_name = $1", StringComparison.Ordinal);
        await using (DbCommand command = Command(connection, transaction, countSql, values))
        await using (DbDataReader reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                string list = reader.GetString(0);
                if (!counts.TryGetValue(list, out ListCounts? listCounts))
                {
                    counts[list] = listCounts = new ListCounts();
                }

                int count = Convert.ToInt32(reader.GetValue(3), System.Globalization.CultureInfo.InvariantCulture);
                listCounts.Add((CustodyState)reader.GetInt32(1), (ListingCategory)reader.GetInt32(2), count);
            }
        }

        List<WatchListSummary> summaries = [];
        string listsSql = name is null ? WatchListSql.Lists : WatchListSql.Lists + " WHERE name = $1";
        await using (DbCommand command = Command(connection, transaction, listsSql, values))
        await using (DbDataReader reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                string list = reader.GetString(0);
                ListCounts listCounts = counts.GetValueOrDefault(list) ?? new ListCounts();
                summaries.Add(new WatchListSummary(list, reader.GetString(1), ReadTimestamp(reader, 2), listCounts.Total, latest.GetValueOrDefault(list))
                {
                    ByCustody = listCounts.ByCustody,
                    ByCategory = listCounts.ByCategory,
                });
            }
        }

        await transaction.CommitAsync(cancellationToken);
        summaries.Sort((a, b) => string.CompareOrdinal(a.Name, b.Name));
        return summaries;
    }

    private async Task<List<SubjectRecord>> ReadRecordsAsync(DbConnection connection, string sql, object?[] values, CancellationToken cancellationToken)
    {
        await using DbCommand command = Command(connection, null, sql, values);
        await using DbDataReader reader = await command.ExecuteReaderAsync(cancellationToken);
        List<SubjectRecord> records = [];
        while (await reader.ReadAsync(cancellationToken))
        {
            records.Add(ReadRecord(reader, 1));
        }

        return records;
    }

    /// <summary>Reads the columns of <see cref="WatchListSql.SubjectRecordColumns"/> starting at an ordinal.</summary>
    private SubjectRecord ReadRecord(DbDataReader reader, int first) =>
        new(
            SubjectJson.Deserialize(reader.GetString(first)),
            ReadTimestamp(reader, first + 1),
            ReadTimestamp(reader, first + 2),
            reader.IsDBNull(first + 3) ? null : ReadTimestamp(reader, first + 3));

    private async Task<List<HistoryEntry>> ReadHistoryAsync(DbConnection connection, string sql, object?[] values, CancellationToken cancellationToken)
    {
        await using DbCommand command = Command(connection, null, sql, values);
        await using DbDataReader reader = await command.ExecuteReaderAsync(cancellationToken);
        List<HistoryEntry> entries = [];
        while (await reader.ReadAsync(cancellationToken))
        {
            entries.Add(new HistoryEntry(
                reader.GetInt64(0),
                ReadTimestamp(reader, 1),
                reader.GetString(2),
                (HistoryAction)reader.GetInt32(3),
                SubjectId.FromStored(reader.GetString(4)),
                reader.GetString(5),
                reader.GetString(6))
            {
                ImportId = reader.IsDBNull(7) ? null : reader.GetInt64(7),
                Fields = [.. JsonSerializer.Deserialize<string[]>(reader.GetString(8)) ?? []],
                Before = reader.IsDBNull(9) ? null : SubjectJson.Deserialize(reader.GetString(9)),
                After = reader.IsDBNull(10) ? null : SubjectJson.Deserialize(reader.GetString(10)),
            });
        }

        return entries;
    }

    private ImportRecord ReadImport(DbDataReader reader) =>
        new(
            reader.GetInt64(0),
            reader.GetString(1),
            reader.GetString(2),
            new Provenance(reader.GetString(3), reader.GetString(4), ReadTimestamp(reader, 5)),
            reader.GetString(6),
            reader.GetInt32(7),
            reader.GetInt32(8),
            reader.GetInt32(9),
            reader.GetInt32(10));

    /// <summary>Subject counts of one list.</summary>
    private sealed class ListCounts
    {
        private readonly Dictionary<CustodyState, int> _byCustody = [];
        private readonly Dictionary<ListingCategory, int> _byCategory = [];

        public int Total { get; private set; }

        public IReadOnlyDictionary<CustodyState, int> ByCustody => _byCustody;

        public IReadOnlyDictionary<ListingCategory, int> ByCategory => _byCategory;

        public void Add(CustodyState custody, ListingCategory category, int count)
        {
            Total += count;
            _byCustody[custody] = _byCustody.GetValueOrDefault(custody) + count;
            _byCategory[category] = _byCategory.GetValueOrDefault(category) + count;
        }
    }
}
