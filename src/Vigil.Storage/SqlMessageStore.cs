using System.Data.Common;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using Vigil.Screening.Messages;

namespace Vigil.Storage;

/// <summary>The store of received messages in a SQLite or PostgreSQL database.</summary>
/// <remarks>
/// <para>Duplicates are recognised by two unique indexes (see the migration <c>0002_messages</c>): one row that is not a
/// duplicate per SHA-256, and one row per sender and control reference among those that hold it. A message is
/// inserted with <c>ON CONFLICT DO NOTHING</c>: when a unique index refuses it, a copy was committed first (on
/// PostgreSQL the insert waits for a concurrent copy to commit or roll back), and the message is inserted again as a
/// duplicate of that copy, in the same transaction. So of several processes recording one message at once, one
/// records it as new and the others as duplicates, on both engines.</para>
/// <para>Changes to a stored message (a replay, the end of its screening) update its row only if it is still in the
/// state that was read, so two operators acting at once cannot both succeed on stale data.</para>
/// </remarks>
/// <param name="database">The database.</param>
/// <param name="maxMessageBytes">The largest message accepted.</param>
/// <param name="ownsDatabase">True when disposing the store disposes the database; false when the store is one of a
/// <see cref="VigilStoreSet"/>, which disposes it.</param>
internal sealed partial class SqlMessageStore(SqlDatabase database, long maxMessageBytes, bool ownsDatabase = true) : IMessageStore
{
    // A write runs again when the holder of a claim changed between the statements of its transaction.
    private const int MaxWriteAttempts = 3;

    /// <inheritdoc />
    public string Description => database.Description;

    /// <inheritdoc />
    public long MaxMessageBytes => maxMessageBytes;

    /// <inheritdoc />
    public ValueTask DisposeAsync() => ownsDatabase ? database.DisposeAsync() : ValueTask.CompletedTask;

    /// <inheritdoc />
    public async Task<RecordedMessage> RecordAsync(IncomingMessage message, CancellationToken cancellationToken)
    {
        Incoming incoming = Check(message);
        return await WriteAsync<RecordedMessage>(
            (connection, transaction) => InsertAsync(connection, transaction, incoming, replayOf: null, cancellationToken),
            cancellationToken);
    }

    /// <inheritdoc />
    public async Task<MessageRecord> MarkScreenedAsync(long id, string summaryJson, string actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(summaryJson);
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        return await WriteAsync<MessageRecord>(
            async (connection, transaction) => await MarkScreenedAsync(connection, transaction, id, summaryJson, actor, database.Time.GetUtcNow(), cancellationToken),
            cancellationToken);
    }

    /// <summary>Moves a received message to screened, with its history entry, inside the caller's write transaction.</summary>
    /// <remarks>The update applies only to a message still received, so of two transactions screening one message
    /// the second finds it screened once the first commits (on PostgreSQL its update waits for the first's row lock,
    /// then reads the row again), and is refused.</remarks>
    /// <returns>The message, now <see cref="MessageState.Screened"/>.</returns>
    /// <exception cref="KeyNotFoundException">No such message.</exception>
    /// <exception cref="MessageStateException">The message is not <see cref="MessageState.Received"/>.</exception>
    internal async Task<MessageRecord> MarkScreenedAsync(
        DbConnection connection, DbTransaction transaction, long id, string summaryJson, string actor, DateTimeOffset now, CancellationToken cancellationToken)
    {
        int updated = await ExecuteAsync(
            connection, transaction, MessageSql.MarkScreened,
            [id, (int)MessageState.Received, (int)MessageState.Screened, now, summaryJson], cancellationToken);
        if (updated == 0)
        {
            Current current = await ReadCurrentAsync(connection, transaction, id, cancellationToken);
            throw new MessageStateException(
                id, current.State, $"Message {id} is {Name(current.State)}, not received: its travelers are not to be screened.");
        }

        await InsertHistoryAsync(
            connection, transaction, new HistoryRow(id, now, actor, MessageAction.Screened, MessageState.Screened) { ScreeningSummary = summaryJson }, cancellationToken);
        return await ReadRecordAsync(connection, transaction, id, cancellationToken);
    }

    /// <inheritdoc />
    public async Task<RecordedMessage> ReplayAsync(long id, MessageParse parse, string actor, CancellationToken cancellationToken)
    {
        MessageParse normalized = Normalize(parse);
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        return await WriteAsync<RecordedMessage>(
            async (connection, transaction) =>
            {
                Current current = await ReadCurrentAsync(connection, transaction, id, cancellationToken);
                RefuseReplay(id, current);

                MessageState state = normalized.RequiresQuarantine ? MessageState.Quarantined : MessageState.Received;

                // A message holds its interchange from the time its travelers are to be screened: it keeps it when the
                // new parse reads the same one, even if it now goes to quarantine, since they may have been screened.
                bool keeps = current.HoldsInterchange && HasInterchange(normalized) && current.IsSameInterchange(normalized);
                long? original = null;
                if (HasInterchange(normalized) && !keeps)
                {
                    original = await FindInterchangeHolderAsync(connection, transaction, normalized, id, cancellationToken);
                    if (original is not null && original == current.ReplayOf)
                    {
                        // A correction is not a duplicate of the message it corrects: it takes over its interchange.
                        if (state == MessageState.Received)
                        {
                            await ExecuteAsync(connection, transaction, MessageSql.ReleaseInterchange, [original], cancellationToken);
                        }

                        original = null;
                    }

                    if (original is not null)
                    {
                        state = MessageState.Duplicate;
                    }
                }

                bool holds = keeps || (state == MessageState.Received && HasInterchange(normalized));
                DateTimeOffset now = database.Time.GetUtcNow();
                int updated = await ExecuteAsync(
                    connection,
                    transaction,
                    MessageSql.UpdateParse,
                    [
                        id, (int)current.State, current.Attempts,
                        normalized.Sender, normalized.Recipient, normalized.InterchangeControlReference, normalized.Summary,
                        (int)normalized.Outcome, normalized.IssuesJson, normalized.ErrorCount, normalized.WarningCount, normalized.TravelerCount,
                        (int)state, now, original, holds,
                    ],
                    cancellationToken);
                if (updated == 0)
                {
                    throw ChangedMeanwhile(id, current.State);
                }

                await InsertHistoryAsync(
                    connection, transaction, new HistoryRow(id, now, actor, MessageAction.Replayed, state) { Parse = normalized, RelatedMessageId = original }, cancellationToken);
                return new RecordedMessage(
                    await ReadRecordAsync(connection, transaction, id, cancellationToken),
                    original is null ? null : await ReadRecordAsync(connection, transaction, original.Value, cancellationToken));
            },
            cancellationToken);
    }

    /// <inheritdoc />
    public async Task<RecordedMessage> ReplayCorrectedAsync(long id, IncomingMessage corrected, CancellationToken cancellationToken)
    {
        Incoming incoming = Check(corrected);
        return await WriteAsync<RecordedMessage>(
            async (connection, transaction) =>
            {
                Current current = await ReadCurrentAsync(connection, transaction, id, cancellationToken);
                RefuseReplay(id, current);
                if (string.Equals(current.Sha256, incoming.Sha256, StringComparison.Ordinal))
                {
                    throw new ArgumentException(
                        $"The corrected bytes are the same as those of message {id}: replay it without corrected bytes.", nameof(corrected));
                }

                // A correction to be screened takes over the interchange the original holds; one that goes to
                // quarantine leaves it there (and is not taken for a duplicate of the original).
                bool handOver = current.HoldsInterchange && current.IsSameInterchange(incoming.Parse) && !incoming.Parse.RequiresQuarantine;
                int updated = await ExecuteAsync(
                    connection,
                    transaction,
                    MessageSql.MarkReplayed,
                    [id, (int)current.State, current.Attempts, (int)MessageState.Replayed, current.HoldsInterchange && !handOver],
                    cancellationToken);
                if (updated == 0)
                {
                    throw ChangedMeanwhile(id, current.State);
                }

                RecordedMessage? recorded = await InsertAsync(connection, transaction, incoming, id, cancellationToken);
                if (recorded is null)
                {
                    return null;
                }

                await ExecuteAsync(connection, transaction, MessageSql.SetReplacedBy, [id, recorded.Message.Id], cancellationToken);
                await InsertHistoryAsync(
                    connection,
                    transaction,
                    new HistoryRow(id, recorded.Message.ReceivedAt, incoming.Message.Actor, MessageAction.Replaced, MessageState.Replayed) { RelatedMessageId = recorded.Message.Id },
                    cancellationToken);
                return recorded;
            },
            cancellationToken);
    }

    private static void RefuseReplay(long id, Current current)
    {
        if (current.State == MessageState.Duplicate)
        {
            throw new MessageStateException(
                id, current.State, $"Message {id} is a duplicate of message {current.DuplicateOf}: replay that one.");
        }

        if (current.State == MessageState.Replayed)
        {
            throw new MessageStateException(
                id, current.State, $"Message {id} was replayed with corrected bytes as message {current.ReplacedBy}: replay that one.");
        }
    }

    private static MessageStateException ChangedMeanwhile(long id, MessageState state) =>
        new(id, state, $"Message {id} changed while this operation ran; nothing was changed. Look at it again and retry.");

    /// <summary>Stores a message, as new or as a duplicate, with its first history entry.</summary>
    /// <returns>The message recorded, or null when the holder of a claim it conflicts with changed meanwhile and the
    /// transaction must run again.</returns>
    private async Task<RecordedMessage?> InsertAsync(
        DbConnection connection, DbTransaction transaction, Incoming incoming, long? replayOf, CancellationToken cancellationToken)
    {
        DateTimeOffset now = database.Time.GetUtcNow();
        MessageParse parse = incoming.Parse;
        MessageState state = parse.RequiresQuarantine ? MessageState.Quarantined : MessageState.Received;
        bool claimsInterchange = state == MessageState.Received && HasInterchange(parse);

        // Most duplicates are found here; the unique indexes catch those committed after this read.
        long? original = await FindOriginalAsync(connection, transaction, incoming, replayOf, cancellationToken);
        long? id = null;
        if (original is null)
        {
            id = await InsertRowAsync(
                connection, transaction, MessageSql.InsertUnlessDuplicate, incoming, now, state, null, replayOf, claimsInterchange, cancellationToken);
            if (id is null)
            {
                original = await FindOriginalAsync(connection, transaction, incoming, replayOf, cancellationToken);
                if (original is null)
                {
                    return null;
                }
            }
        }

        if (id is null)
        {
            state = MessageState.Duplicate;
            id = await InsertRowAsync(
                connection, transaction, MessageSql.InsertDuplicate, incoming, now, state, original, replayOf, false, cancellationToken)
                ?? throw new InvalidOperationException("The insert of a duplicate returned no id.");
        }

        MessageAction action = replayOf is null ? MessageAction.Received : MessageAction.Corrected;
        await InsertHistoryAsync(
            connection,
            transaction,
            new HistoryRow(id.Value, now, incoming.Message.Actor, action, state) { Parse = parse, RelatedMessageId = replayOf ?? original },
            cancellationToken);
        return new RecordedMessage(
            await ReadRecordAsync(connection, transaction, id.Value, cancellationToken),
            original is null ? null : await ReadRecordAsync(connection, transaction, original.Value, cancellationToken));
    }

    private async Task<long?> InsertRowAsync(
        DbConnection connection,
        DbTransaction transaction,
        string sql,
        Incoming incoming,
        DateTimeOffset now,
        MessageState state,
        long? duplicateOf,
        long? replayOf,
        bool holdsInterchange,
        CancellationToken cancellationToken)
    {
        IncomingMessage message = incoming.Message;
        MessageParse parse = incoming.Parse;
        await using DbCommand command = database.Command(
            connection,
            transaction,
            sql,
            message.Format, message.SourceName, now, message.Actor, incoming.Content, incoming.Sha256, (long)incoming.Content.Length,
            parse.Sender, parse.Recipient, parse.InterchangeControlReference, parse.Summary,
            (int)parse.Outcome, parse.IssuesJson, parse.ErrorCount, parse.WarningCount, parse.TravelerCount,
            (int)state, duplicateOf, replayOf, holdsInterchange);
        object? id = await command.ExecuteScalarAsync(cancellationToken);
        return id is null or DBNull ? null : Convert.ToInt64(id, CultureInfo.InvariantCulture);
    }

    /// <summary>The message that <paramref name="incoming"/> repeats: the one with its bytes, else the one holding its
    /// interchange other than <paramref name="corrects"/>, the message it corrects; null when there is none.</summary>
    private async Task<long?> FindOriginalAsync(
        DbConnection connection, DbTransaction transaction, Incoming incoming, long? corrects, CancellationToken cancellationToken)
    {
        await using (DbCommand command = database.Command(connection, transaction, MessageSql.FirstBySha256, incoming.Sha256))
        {
            object? id = await command.ExecuteScalarAsync(cancellationToken);
            if (id is not null and not DBNull)
            {
                return Convert.ToInt64(id, CultureInfo.InvariantCulture);
            }
        }

        return HasInterchange(incoming.Parse)
            ? await FindInterchangeHolderAsync(connection, transaction, incoming.Parse, corrects ?? 0, cancellationToken)
            : null;
    }

    private async Task<long?> FindInterchangeHolderAsync(
        DbConnection connection, DbTransaction transaction, MessageParse parse, long except, CancellationToken cancellationToken)
    {
        await using DbCommand command = database.Command(
            connection, transaction, MessageSql.InterchangeHolder, parse.Sender, parse.InterchangeControlReference, except);
        object? id = await command.ExecuteScalarAsync(cancellationToken);
        return id is null or DBNull ? null : Convert.ToInt64(id, CultureInfo.InvariantCulture);
    }

    /// <summary>Runs <paramref name="body"/> in a write transaction and commits, again when it returns null or a
    /// unique index refused a row because a claim changed hands between two of its statements.</summary>
    private async Task<T> WriteAsync<T>(Func<DbConnection, DbTransaction, Task<T?>> body, CancellationToken cancellationToken)
        where T : class
    {
        for (int attempt = 1; ; attempt++)
        {
            await using DbConnection connection = await database.OpenConnectionAsync(cancellationToken);
            await using DbTransaction transaction = await database.BeginWriteAsync(connection, null, cancellationToken);
            T? result;
            try
            {
                result = await body(connection, transaction);
            }
            catch (DbException e) when (attempt < MaxWriteAttempts && database.IsUniqueViolation(e))
            {
                // Disposing the transaction rolls it back.
                continue;
            }

            if (result is not null)
            {
                await transaction.CommitAsync(cancellationToken);
                return result;
            }

            if (attempt >= MaxWriteAttempts)
            {
                throw new InvalidOperationException(
                    FormattableString.Invariant($"The message could not be recorded: its duplicate check changed {attempt} times while it ran."));
            }
        }
    }

    private async Task<int> ExecuteAsync(
        DbConnection connection, DbTransaction transaction, string sql, object?[] values, CancellationToken cancellationToken)
    {
        await using DbCommand command = database.Command(connection, transaction, sql, values);
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private async Task<Current> ReadCurrentAsync(DbConnection connection, DbTransaction transaction, long id, CancellationToken cancellationToken)
    {
        await using DbCommand command = database.Command(connection, transaction, MessageSql.Current, id);
        await using DbDataReader reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            throw new KeyNotFoundException($"No message has the id {id}.");
        }

        return new Current(
            (MessageState)reader.GetInt32(0),
            reader.GetInt32(1),
            reader.GetString(2),
            reader.IsDBNull(3) ? null : reader.GetString(3),
            reader.IsDBNull(4) ? null : reader.GetString(4),
            reader.GetBoolean(5),
            reader.IsDBNull(6) ? null : reader.GetInt64(6),
            reader.IsDBNull(7) ? null : reader.GetInt64(7),
            reader.IsDBNull(8) ? null : reader.GetInt64(8));
    }

    /// <summary>Checks a message from the caller and computes what the store derives from it.</summary>
    private Incoming Check(IncomingMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentException.ThrowIfNullOrWhiteSpace(message.Format);
        ArgumentException.ThrowIfNullOrWhiteSpace(message.SourceName);
        ArgumentException.ThrowIfNullOrWhiteSpace(message.Actor);
        MessageParse parse = Normalize(message.Parse);
        if (message.Content.Length > maxMessageBytes)
        {
            throw new MessageTooLargeException(message.Content.Length, maxMessageBytes);
        }

        byte[] content = MemoryMarshal.TryGetArray(message.Content, out ArraySegment<byte> segment)
            && segment.Offset == 0 && segment.Count == segment.Array!.Length
            ? segment.Array
            : message.Content.ToArray();
        return new Incoming(message, parse, content, Convert.ToHexStringLower(SHA256.HashData(content)));
    }

    /// <summary>Checks a parse from the caller; an empty sender, reference or summary is absent.</summary>
    private static MessageParse Normalize(MessageParse parse)
    {
        ArgumentNullException.ThrowIfNull(parse);
        ArgumentNullException.ThrowIfNull(parse.IssuesJson);
        if (!Enum.IsDefined(parse.Outcome))
        {
            throw new ArgumentOutOfRangeException(nameof(parse), parse.Outcome, "Unknown parse outcome.");
        }

        ArgumentOutOfRangeException.ThrowIfNegative(parse.TravelerCount);
        ArgumentOutOfRangeException.ThrowIfNegative(parse.ErrorCount);
        ArgumentOutOfRangeException.ThrowIfNegative(parse.WarningCount);
        return parse with
        {
            Sender = NullIfEmpty(parse.Sender),
            Recipient = NullIfEmpty(parse.Recipient),
            InterchangeControlReference = NullIfEmpty(parse.InterchangeControlReference),
            Summary = NullIfEmpty(parse.Summary),
        };
    }

    private static string? NullIfEmpty(string? text) => string.IsNullOrWhiteSpace(text) ? null : text;

    private static bool HasInterchange(MessageParse parse) => parse.Sender is not null && parse.InterchangeControlReference is not null;

    private static string Name(MessageState state) => state.ToString().ToLowerInvariant();

    /// <summary>A message from the caller, checked: its parse normalized, its bytes as an array, and their SHA-256.</summary>
    private sealed record Incoming(IncomingMessage Message, MessageParse Parse, byte[] Content, string Sha256);

    /// <summary>What a change to a stored message checks first.</summary>
    private sealed record Current(
        MessageState State,
        int Attempts,
        string Sha256,
        string? Sender,
        string? InterchangeControlReference,
        bool HoldsInterchange,
        long? DuplicateOf,
        long? ReplacedBy,
        long? ReplayOf)
    {
        public bool IsSameInterchange(MessageParse parse) =>
            string.Equals(Sender, parse.Sender, StringComparison.Ordinal)
            && string.Equals(InterchangeControlReference, parse.InterchangeControlReference, StringComparison.Ordinal);
    }
}
