using Vigil.Screening.Audit;
using Vigil.Screening.Checks;
using Vigil.Screening.Decisions;
using Vigil.Screening.Messages;

namespace Vigil.Storage;

/// <summary>The store of checks and review items in a SQLite or PostgreSQL database.</summary>
/// <remarks>
/// <para>Writes go through the <see cref="ChainWriter"/>, which commits the writes of concurrent callers together
/// with their audit rows. A write's checks, review items and audit row share one time: the transaction's, taken once
/// the chain is locked. Each check keeps the sequence of its audit row and its place in the write, which give the
/// insertion order across processes (all writes hold the chain's lock).</para>
/// <para>Local departure times are kept to the microsecond, without a zone; a check's departure date is the date of
/// its local departure time.</para>
/// <para>The checks of a screened message are linked to it: a check whose <see cref="NewCheck.MessageId"/> is null
/// takes the message's id.</para>
/// </remarks>
/// <param name="writer">The writer of the database's audit chain.</param>
/// <param name="messages">The message store of the same database, whose statements move a message to screened.</param>
/// <param name="ownsWriter">True when disposing the store disposes the writer (and with it the database); false when
/// the store is one of a <see cref="VigilStoreSet"/>, which disposes them.</param>
internal sealed partial class SqlCheckStore(ChainWriter writer, SqlMessageStore messages, bool ownsWriter) : ICheckStore
{
    private SqlDatabase Database => writer.Database;

    /// <inheritdoc />
    public ValueTask DisposeAsync() => ownsWriter ? writer.DisposeAsync() : ValueTask.CompletedTask;

    /// <inheritdoc />
    public async Task RecordAsync(IReadOnlyList<NewCheck> checks, AuditEntry audit, CancellationToken cancellationToken)
    {
        NewCheck[] accepted = Accept(checks, messageId: null);
        SqlAuditLog.Accept(audit);
        // A board answer that no analyst is to see is a record for later: it is acknowledged once committed, before
        // the commit is on disk. A check that raises a review item is acknowledged only once flushed, so that no
        // traveler waits on a contact answer whose review item a crash of the database could lose.
        await writer.WriteAsync(
            async chain =>
            {
                await InsertAsync(chain, accepted, audit, messageId: null);
                return true;
            },
            cancellationToken,
            flushed: accepted.Any(c => c.Outcome.NeedsReview));
    }

    /// <inheritdoc />
    public async Task<MessageRecord> RecordScreenedMessageAsync(
        long messageId, string summaryJson, IReadOnlyList<NewCheck> checks, AuditEntry audit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(summaryJson);
        NewCheck[] accepted = Accept(checks, messageId);
        SqlAuditLog.Accept(audit);
        return await writer.WriteAsync(
            async chain =>
            {
                // Refused, before anything is written, when another process screened the message first.
                MessageRecord message = await messages.MarkScreenedAsync(
                    chain.Connection, chain.Transaction, messageId, summaryJson, audit.Actor, chain.Now, CancellationToken.None);
                await InsertAsync(chain, accepted, audit, messageId);
                return message;
            },
            cancellationToken);
    }

    /// <summary>Queues the rows of one write: its audit row, its checks, and a review item for each check that
    /// needs one.</summary>
    private static async Task InsertAsync(ChainTransaction chain, NewCheck[] checks, AuditEntry audit, long? messageId)
    {
        long sequence = await chain.AppendAsync(audit);
        for (int i = 0; i < checks.Length; i++)
        {
            NewCheck check = checks[i];
            CheckFlight? flight = check.Flight;
            DateTime? departure = flight?.DepartureTime is { } time ? SqlDatabase.ToStoredPrecision(time) : null;
            DateOnly? departureDate = departure is { } local ? DateOnly.FromDateTime(local) : null;
            DecisionOutcome outcome = check.Outcome;
            await chain.Rows.ExecuteAsync(
                CheckSql.Insert,
                [
                    check.CheckId, (int)check.Channel, check.TravelerId,
                    flight?.Carrier, flight?.Number, flight?.DepartureAirport, departure, departureDate, flight?.ArrivalAirport,
                    (int)outcome.Decision, (int)outcome.Rule, outcome.IsCustodyAnomaly, check.BestScore, check.Actor,
                    messageId ?? check.MessageId, check.TravelerJson, check.HitsJson, chain.Now, sequence, i,
                ],
                CancellationToken.None);
            if (outcome.NeedsReview)
            {
                await chain.Rows.ExecuteAsync(
                    CheckSql.InsertReview,
                    [check.CheckId, (int)ReviewState.Open, outcome.IsCustodyAnomaly, departure, chain.Now],
                    CancellationToken.None);
            }
        }
    }

    /// <summary>Checks the checks of a write and copies them, since the write may run more than once.</summary>
    private static NewCheck[] Accept(IReadOnlyList<NewCheck> checks, long? messageId)
    {
        ArgumentNullException.ThrowIfNull(checks);
        NewCheck[] accepted = [.. checks];
        HashSet<string>? ids = accepted.Length > 1 ? new(StringComparer.Ordinal) : null;
        for (int i = 0; i < accepted.Length; i++)
        {
            NewCheck check = accepted[i] ?? throw new ArgumentException($"Check {i} is null.", nameof(checks));
            Require(!string.IsNullOrWhiteSpace(check.CheckId), i, "has no id");
            Require(!string.IsNullOrWhiteSpace(check.TravelerId), i, "has no traveler id");
            Require(!string.IsNullOrWhiteSpace(check.Actor), i, "has no actor");
            Require(check.TravelerJson is not null && check.HitsJson is not null, i, "has no traveler or hits JSON");
            Require(Enum.IsDefined(check.Channel), i, "has an unknown channel");
            Require(
                check.Outcome is { } outcome && Enum.IsDefined(outcome.Decision) && Enum.IsDefined(outcome.Rule),
                i,
                "has no outcome, or an unknown decision or rule");
            Require(
                check.Flight is null || (!string.IsNullOrWhiteSpace(check.Flight.Carrier) && !string.IsNullOrWhiteSpace(check.Flight.Number)),
                i,
                "has a flight without carrier or number");
            Require(messageId is null || check.MessageId is null || check.MessageId == messageId, i, $"belongs to another message than {messageId}");
            Require(ids is null || ids.Add(check.CheckId), i, $"repeats the id {check.CheckId}");
        }

        return accepted;

        static void Require(bool condition, int index, string problem)
        {
            if (!condition)
            {
                throw new ArgumentException($"Check {index} {problem}.", nameof(checks));
            }
        }
    }
}
