using Npgsql;
using NpgsqlTypes;

namespace Vigil.Storage.Postgres;

/// <summary>Writes the rows of an import with binary <c>COPY</c>, and the few other statements in batches.</summary>
/// <remarks>
/// One statement per row costs a round trip and a plan execution each: about three seconds for OFAC's 9,000
/// subjects. Instead, subjects, names, documents, relations and history rows are buffered and streamed with binary COPY at
/// <see cref="FlushAsync"/>; subjects go through a staging table so that an upsert can re-activate a removed
/// subject. Deletes and removal marks are batched. At a flush, batches run before the copies, which keeps the
/// order the import needs: a subject's old names are deleted before its new ones are inserted.
/// </remarks>
internal sealed class PostgresImportWriter(NpgsqlConnection connection, NpgsqlTransaction transaction) : ImportWriter
{
    // Enough statements per round trip that latency stops mattering, few enough to keep buffers modest.
    private const int BatchSize = 500;

    private static readonly CopyTarget Subjects = new(
        "COPY subjects_import (subject_id, list_name, source_id, kind, primary_name, category, custody_state, document, updated_at) FROM STDIN (FORMAT BINARY)",
        [NpgsqlDbType.Text, NpgsqlDbType.Text, NpgsqlDbType.Text, NpgsqlDbType.Smallint, NpgsqlDbType.Text, NpgsqlDbType.Smallint, NpgsqlDbType.Smallint, NpgsqlDbType.Jsonb, NpgsqlDbType.TimestampTz]);

    private static readonly CopyTarget Names = new(
        "COPY subject_names (subject_id, ordinal, full_name, quality, script) FROM STDIN (FORMAT BINARY)",
        [NpgsqlDbType.Text, NpgsqlDbType.Integer, NpgsqlDbType.Text, NpgsqlDbType.Smallint, NpgsqlDbType.Smallint]);

    private static readonly CopyTarget Documents = new(
        "COPY subject_documents (subject_id, ordinal, number, number_key, country, type) FROM STDIN (FORMAT BINARY)",
        [NpgsqlDbType.Text, NpgsqlDbType.Integer, NpgsqlDbType.Text, NpgsqlDbType.Text, NpgsqlDbType.Text, NpgsqlDbType.Smallint]);

    private static readonly CopyTarget Relations = new(
        "COPY subject_relations (subject_id, ordinal, type, related_id, related_list, related_source_id, since, source, note, manual) FROM STDIN (FORMAT BINARY)",
        [NpgsqlDbType.Text, NpgsqlDbType.Integer, NpgsqlDbType.Smallint, NpgsqlDbType.Text, NpgsqlDbType.Text, NpgsqlDbType.Text, NpgsqlDbType.Text,
            NpgsqlDbType.Text, NpgsqlDbType.Text, NpgsqlDbType.Boolean]);

    private static readonly CopyTarget Custody = new(
        "COPY subject_custody (subject_id, ordinal, state, since, recorded_on, authority, place, country, in_effect_from, in_effect_until) FROM STDIN (FORMAT BINARY)",
        [NpgsqlDbType.Text, NpgsqlDbType.Integer, NpgsqlDbType.Smallint, NpgsqlDbType.Text, NpgsqlDbType.Date, NpgsqlDbType.Text, NpgsqlDbType.Text, NpgsqlDbType.Text,
            NpgsqlDbType.Date, NpgsqlDbType.Date]);

    private static readonly CopyTarget History = new(
        "COPY history (at, actor, action, subject_id, list_name, source_id, import_id, fields, before_doc, after_doc) FROM STDIN (FORMAT BINARY)",
        [NpgsqlDbType.TimestampTz, NpgsqlDbType.Text, NpgsqlDbType.Smallint, NpgsqlDbType.Text, NpgsqlDbType.Text, NpgsqlDbType.Text, NpgsqlDbType.Bigint, NpgsqlDbType.Text, NpgsqlDbType.Jsonb, NpgsqlDbType.Jsonb]);

    private static readonly CopyTarget Checks = new(
        """
        COPY checks (check_id, channel, traveler_id, carrier, flight_number, departure_airport, departure_time, departure_date,
            arrival_airport, decision, rule, policy_decision, custody_anomaly, best_score, actor, message_id, traveler, hits,
            checked_at, decided_at, audit_sequence, ordinal) FROM STDIN (FORMAT BINARY)
        """,
        [NpgsqlDbType.Text, NpgsqlDbType.Smallint, NpgsqlDbType.Text, NpgsqlDbType.Text, NpgsqlDbType.Text, NpgsqlDbType.Text, NpgsqlDbType.Timestamp,
            NpgsqlDbType.Date, NpgsqlDbType.Text, NpgsqlDbType.Smallint, NpgsqlDbType.Smallint, NpgsqlDbType.Smallint, NpgsqlDbType.Boolean,
            NpgsqlDbType.Double, NpgsqlDbType.Text, NpgsqlDbType.Bigint, NpgsqlDbType.Text, NpgsqlDbType.Text, NpgsqlDbType.TimestampTz,
            NpgsqlDbType.TimestampTz, NpgsqlDbType.Bigint, NpgsqlDbType.Integer]);

    private static readonly CopyTarget Reviews = new(
        "COPY review_items (check_id, state, custody_anomaly, departure_time, created_at) FROM STDIN (FORMAT BINARY)",
        [NpgsqlDbType.Text, NpgsqlDbType.Smallint, NpgsqlDbType.Boolean, NpgsqlDbType.Timestamp, NpgsqlDbType.TimestampTz]);

    // A manifest's checks are copied (one COPY of 400 rows is several times faster than 400 inserts); a few checks
    // (the usual group commit of single checks) are inserted in the round trip of the batch.
    private const int CopyFrom = 32;

    private const string CreateStaging = """
        CREATE TEMPORARY TABLE subjects_import (
            subject_id text, list_name text, source_id text, kind smallint, primary_name text,
            category smallint, custody_state smallint, document jsonb, updated_at timestamptz
        ) ON COMMIT DROP
        """;

    private const string MergeStaging = """
        INSERT INTO subjects (subject_id, list_name, source_id, kind, primary_name, category, custody_state, document, created_at, updated_at, removed_at)
        SELECT subject_id, list_name, source_id, kind, primary_name, category, custody_state, document, updated_at, updated_at, NULL
        FROM subjects_import
        ON CONFLICT (subject_id) DO UPDATE SET
            kind = excluded.kind,
            primary_name = excluded.primary_name,
            category = excluded.category,
            custody_state = excluded.custody_state,
            document = excluded.document,
            updated_at = excluded.updated_at,
            removed_at = NULL;
        TRUNCATE subjects_import
        """;

    private readonly Dictionary<CopyTarget, List<object?[]>> _rows = new()
    {
        [Subjects] = [],
        [Names] = [],
        [Documents] = [],
        [Relations] = [],
        [Custody] = [],
        [History] = [],
    };

    // Checks and their review items wait for the flush (reviews refer to checks), as statement parameters.
    private readonly List<object?[]> _checks = [];
    private readonly List<object?[]> _reviews = [];

    private NpgsqlBatch _batch = new(connection, transaction);
    private bool _hasStaging;

    public override async ValueTask ExecuteAsync(string sql, object?[] values, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        CopyTarget? target = sql switch
        {
            WatchListSql.UpsertSubject => Subjects,
            WatchListSql.InsertName => Names,
            WatchListSql.InsertDocument => Documents,
            WatchListSql.InsertRelation => Relations,
            WatchListSql.InsertCustody => Custody,
            WatchListSql.InsertHistory => History,
            _ => null,
        };
        if (target is not null)
        {
            _rows[target].Add(values);
            return;
        }

        if (sql is CheckSql.Insert or CheckSql.InsertReview)
        {
            (sql == CheckSql.Insert ? _checks : _reviews).Add(values);
            return;
        }

        NpgsqlBatchCommand command = new(sql);
        foreach (object? value in values)
        {
            command.Parameters.Add(PostgresDatabase.Parameter(value));
        }

        _batch.BatchCommands.Add(command);
        if (_batch.BatchCommands.Count >= BatchSize)
        {
            await ExecuteBatchAsync(cancellationToken);
        }
    }

    public override async ValueTask FlushAsync(CancellationToken cancellationToken)
    {
        await ExecuteBatchAsync(cancellationToken);
        if (_rows[Subjects].Count > 0)
        {
            if (!_hasStaging)
            {
                await using NpgsqlCommand create = new(CreateStaging, connection, transaction);
                await create.ExecuteNonQueryAsync(cancellationToken);
                _hasStaging = true;
            }

            await CopyAsync(Subjects, cancellationToken);
            await using NpgsqlCommand merge = new(MergeStaging, connection, transaction);
            await merge.ExecuteNonQueryAsync(cancellationToken);
        }

        // Names, documents, relations and custody entries refer to subjects, so they are copied after them.
        await CopyAsync(Names, cancellationToken);
        await CopyAsync(Documents, cancellationToken);
        await CopyAsync(Relations, cancellationToken);
        await CopyAsync(Custody, cancellationToken);
        await CopyAsync(History, cancellationToken);

        // Review items refer to checks.
        await WriteDeferredAsync(_checks, CheckSql.Insert, Checks, CheckColumns, cancellationToken);
        await WriteDeferredAsync(_reviews, CheckSql.InsertReview, Reviews, values => values, cancellationToken);
    }

    /// <summary>The columns of <see cref="Checks"/> from the parameters of <see cref="CheckSql.Insert"/> (decision and
    /// time are given once for two columns each).</summary>
    private static object?[] CheckColumns(object?[] p) =>
        [p[0], p[1], p[2], p[3], p[4], p[5], p[6], p[7], p[8], p[9], p[10], p[9], p[11], p[12], p[13], p[14], p[15], p[16], p[17], p[17], p[18], p[19]];

    private async Task WriteDeferredAsync(List<object?[]> rows, string sql, CopyTarget target, Func<object?[], object?[]> columns, CancellationToken cancellationToken)
    {
        if (rows.Count >= CopyFrom)
        {
            _rows[target] = [.. rows.Select(columns)];
            await CopyAsync(target, cancellationToken);
        }
        else
        {
            foreach (object?[] values in rows)
            {
                NpgsqlBatchCommand command = new(sql);
                foreach (object? value in values)
                {
                    command.Parameters.Add(PostgresDatabase.Parameter(value));
                }

                _batch.BatchCommands.Add(command);
            }

            await ExecuteBatchAsync(cancellationToken);
        }

        rows.Clear();
    }

    public override ValueTask DisposeAsync() => _batch.DisposeAsync();

    private async Task ExecuteBatchAsync(CancellationToken cancellationToken)
    {
        if (_batch.BatchCommands.Count == 0)
        {
            return;
        }

        await _batch.ExecuteNonQueryAsync(cancellationToken);
        await _batch.DisposeAsync();
        _batch = new NpgsqlBatch(connection, transaction);
    }

    private async Task CopyAsync(CopyTarget target, CancellationToken cancellationToken)
    {
        List<object?[]> rows = _rows[target];
        if (rows.Count == 0)
        {
            return;
        }

        await using (NpgsqlBinaryImporter importer = await connection.BeginBinaryImportAsync(target.Command, cancellationToken))
        {
            foreach (object?[] row in rows)
            {
                await importer.StartRowAsync(cancellationToken);
                for (int i = 0; i < target.Types.Length; i++)
                {
                    await WriteAsync(importer, row[i], target.Types[i], cancellationToken);
                }
            }

            await importer.CompleteAsync(cancellationToken);
        }

        rows.Clear();
    }

    private static Task WriteAsync(NpgsqlBinaryImporter importer, object? value, NpgsqlDbType type, CancellationToken cancellationToken) => value switch
    {
        null => importer.WriteNullAsync(cancellationToken),
        DateTime local when type == NpgsqlDbType.Timestamp => importer.WriteAsync(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), type, cancellationToken),
        bool flag => importer.WriteAsync(flag, type, cancellationToken),
        JsonText json => importer.WriteAsync(json.Value, type, cancellationToken),
        DateTimeOffset time => importer.WriteAsync(time.ToUniversalTime(), type, cancellationToken),
        int number when type == NpgsqlDbType.Smallint => importer.WriteAsync(checked((short)number), type, cancellationToken),
        int number when type == NpgsqlDbType.Bigint => importer.WriteAsync((long)number, type, cancellationToken),
        _ => importer.WriteAsync(value, type, cancellationToken),
    };

    /// <summary>A COPY statement and the types of its columns, in the order of the statement's parameters.</summary>
    private sealed record CopyTarget(string Command, NpgsqlDbType[] Types);
}
