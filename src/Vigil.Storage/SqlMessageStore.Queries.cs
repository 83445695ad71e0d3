using System.Collections.Immutable;
using System.Data.Common;
using System.Globalization;
using System.Text;
using Vigil.Screening.Messages;

namespace Vigil.Storage;

internal sealed partial class SqlMessageStore
{
    // The number of columns in MessageSql.RecordColumns.
    private const int RecordColumnCount = 23;

    /// <inheritdoc />
    public async Task<IReadOnlyList<MessageRecord>> ListAsync(MessageQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(query.Limit);
        StringBuilder sql = new("SELECT " + MessageSql.RecordColumns + " FROM messages WHERE 1 = 1");
        List<object?> values = [];
        void Filter(string column, object value)
        {
            values.Add(value);
            sql.Append(CultureInfo.InvariantCulture, $" AND {column} = ${values.Count}");
        }

        if (query.State is { } state)
        {
            Filter("state", (int)state);
        }

        if (query.Outcome is { } outcome)
        {
            Filter("outcome", (int)outcome);
        }

        if (query.Format is not null)
        {
            Filter("format", query.Format);
        }

        if (query.Since is { } since)
        {
            values.Add(since);
            sql.Append(CultureInfo.InvariantCulture, $" AND received_at >= ${values.Count}");
        }

        values.Add(query.Limit);
        sql.Append(CultureInfo.InvariantCulture, $" ORDER BY received_at DESC, id DESC LIMIT ${values.Count}");

        await using DbConnection connection = await database.OpenConnectionAsync(cancellationToken);
        await using DbCommand command = database.Command(connection, null, sql.ToString(), [.. values]);
        await using DbDataReader reader = await command.ExecuteReaderAsync(cancellationToken);
        List<MessageRecord> messages = [];
        while (await reader.ReadAsync(cancellationToken))
        {
            messages.Add(ReadRecord(reader));
        }

        return messages;
    }

    /// <inheritdoc />
    public async Task<MessageDetail?> GetAsync(long id, CancellationToken cancellationToken)
    {
        await using DbConnection connection = await database.OpenConnectionAsync(cancellationToken);
        await using DbTransaction transaction = await database.BeginReadAsync(connection, cancellationToken);
        MessageRecord record;
        byte[] content;
        string issues;
        await using (DbCommand command = database.Command(connection, transaction, MessageSql.DetailById, id))
        await using (DbDataReader reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            if (!await reader.ReadAsync(cancellationToken))
            {
                return null;
            }

            record = ReadRecord(reader);
            content = reader.GetFieldValue<byte[]>(RecordColumnCount);
            issues = reader.GetString(RecordColumnCount + 1);
        }

        ImmutableArray<MessageHistoryEntry>.Builder history = ImmutableArray.CreateBuilder<MessageHistoryEntry>();
        await using (DbCommand command = database.Command(connection, transaction, MessageSql.History, id))
        await using (DbDataReader reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                history.Add(ReadHistory(reader));
            }
        }

        await transaction.CommitAsync(cancellationToken);
        return new MessageDetail(record, content, issues, history.ToImmutable());
    }

    private async Task<MessageRecord> ReadRecordAsync(DbConnection connection, DbTransaction transaction, long id, CancellationToken cancellationToken)
    {
        await using DbCommand command = database.Command(connection, transaction, MessageSql.RecordById, id);
        await using DbDataReader reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken)
            ? ReadRecord(reader)
            : throw new KeyNotFoundException($"No message has the id {id}.");
    }

    /// <summary>Reads the columns of <see cref="MessageSql.RecordColumns"/>.</summary>
    private MessageRecord ReadRecord(DbDataReader reader) =>
        new(
            reader.GetInt64(0),
            reader.GetString(1),
            reader.GetString(2),
            database.ReadTimestamp(reader, 3),
            reader.GetString(4),
            reader.GetString(5),
            reader.GetInt64(6),
            (ParseOutcome)reader.GetInt32(7),
            (MessageState)reader.GetInt32(8))
        {
            TravelerCount = reader.GetInt32(9),
            ErrorCount = reader.GetInt32(10),
            WarningCount = reader.GetInt32(11),
            Sender = NullableString(reader, 12),
            Recipient = NullableString(reader, 13),
            InterchangeControlReference = NullableString(reader, 14),
            Summary = NullableString(reader, 15),
            Attempts = reader.GetInt32(16),
            ParsedAt = database.ReadTimestamp(reader, 17),
            DuplicateOf = NullableLong(reader, 18),
            ReplayOf = NullableLong(reader, 19),
            ReplacedBy = NullableLong(reader, 20),
            ScreenedAt = reader.IsDBNull(21) ? null : database.ReadTimestamp(reader, 21),
            ScreeningSummary = NullableString(reader, 22),
        };

    private MessageHistoryEntry ReadHistory(DbDataReader reader) =>
        new(
            reader.GetInt64(0),
            reader.GetInt64(1),
            database.ReadTimestamp(reader, 2),
            reader.GetString(3),
            (MessageAction)reader.GetInt32(4),
            (MessageState)reader.GetInt32(5))
        {
            Parse = reader.IsDBNull(6)
                ? null
                : new MessageParse((ParseOutcome)reader.GetInt32(6), reader.GetString(7), reader.GetInt32(10))
                {
                    ErrorCount = reader.GetInt32(8),
                    WarningCount = reader.GetInt32(9),
                    Sender = NullableString(reader, 11),
                    Recipient = NullableString(reader, 12),
                    InterchangeControlReference = NullableString(reader, 13),
                    Summary = NullableString(reader, 14),
                },
            RelatedMessageId = NullableLong(reader, 15),
            ScreeningSummary = NullableString(reader, 16),
        };

    private async Task InsertHistoryAsync(DbConnection connection, DbTransaction transaction, HistoryRow row, CancellationToken cancellationToken)
    {
        MessageParse? parse = row.Parse;
        await ExecuteAsync(
            connection,
            transaction,
            MessageSql.InsertHistory,
            [
                row.MessageId, row.At, row.Actor, (int)row.Action, (int)row.State,
                parse is null ? null : (int)parse.Outcome, parse?.IssuesJson, parse?.ErrorCount, parse?.WarningCount, parse?.TravelerCount,
                parse?.Sender, parse?.Recipient, parse?.InterchangeControlReference, parse?.Summary,
                row.RelatedMessageId, row.ScreeningSummary,
            ],
            cancellationToken);
    }

    private static string? NullableString(DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    private static long? NullableLong(DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetInt64(ordinal);

    /// <summary>One history entry to write.</summary>
    private sealed record HistoryRow(long MessageId, DateTimeOffset At, string Actor, MessageAction Action, MessageState State)
    {
        public MessageParse? Parse { get; init; }

        public long? RelatedMessageId { get; init; }

        public string? ScreeningSummary { get; init; }
    }
}
