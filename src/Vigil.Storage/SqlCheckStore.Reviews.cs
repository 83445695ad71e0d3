using System.Data.Common;
using Vigil.Screening.Access;
using Vigil.Screening.Audit;
using Vigil.Screening.Checks;
using Vigil.Screening.Decisions;

namespace Vigil.Storage;

internal sealed partial class SqlCheckStore
{
    /// <inheritdoc />
    public async Task<ReviewItem?> GetReviewAsync(long id, CancellationToken cancellationToken)
    {
        await using DbConnection connection = await Database.OpenConnectionAsync(cancellationToken);
        await using DbCommand command = Database.Command(connection, null, CheckSql.ReviewById, id);
        await using DbDataReader reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? ReadReview(reader) : null;
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<ReviewDecisionRecord>> GetReviewDecisionsAsync(long id, CancellationToken cancellationToken)
    {
        await using DbConnection connection = await Database.OpenConnectionAsync(cancellationToken);
        await using DbCommand command = Database.Command(connection, null, CheckSql.Decisions, id);
        await using DbDataReader reader = await command.ExecuteReaderAsync(cancellationToken);
        List<ReviewDecisionRecord> decisions = [];
        while (await reader.ReadAsync(cancellationToken))
        {
            decisions.Add(new ReviewDecisionRecord(
                reader.GetInt64(0),
                reader.GetInt32(1),
                Database.ReadTimestamp(reader, 2),
                new ReviewActor(reader.GetString(3), reader.GetString(4), (AccessRole)reader.GetInt32(5)),
                (ReviewOutcome)reader.GetInt32(6),
                NullableString(reader, 7),
                (ReviewState)reader.GetInt32(8),
                (Decision)reader.GetInt32(9)));
        }

        return decisions;
    }

    /// <inheritdoc />
    public async Task<ReviewDecisionRecord> DecideReviewAsync(NewReviewDecision decision, AuditEntry audit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(decision);
        ArgumentNullException.ThrowIfNull(decision.Actor);
        ArgumentException.ThrowIfNullOrWhiteSpace(decision.Actor.Id);
        ArgumentNullException.ThrowIfNull(decision.Actor.Name);
        if (!Enum.IsDefined(decision.Outcome) || !Enum.IsDefined(decision.State) || !Enum.IsDefined(decision.CarrierDecision) || !Enum.IsDefined(decision.Actor.Role))
        {
            throw new ArgumentException("The decision has an unknown outcome, state, carrier decision or role.", nameof(decision));
        }

        SqlAuditLog.Accept(audit);
        return await writer.WriteAsync(
            async chain =>
            {
                // Runs at once, before anything is queued: a decision over a version another decision moved on (here, or
                // in another process whose transaction committed first) changes nothing and is refused.
                int updated = await chain.ExecuteAsync(
                    CheckSql.DecideReview, decision.ReviewId, (int)decision.State, decision.ExpectedVersion, (int)ReviewState.Closed, (int)ReviewState.Withdrawn);
                if (updated == 0)
                {
                    throw new ReviewConflictException(decision.ReviewId);
                }

                long sequence = await chain.AppendAsync(audit);
                int version = decision.ExpectedVersion + 1;
                await chain.Rows.ExecuteAsync(
                    CheckSql.InsertDecision,
                    [
                        decision.ReviewId, version, chain.Now, decision.Actor.Id, decision.Actor.Name, (int)decision.Actor.Role,
                        (int)decision.Outcome, decision.Note, (int)decision.State, (int)decision.CarrierDecision, sequence,
                    ],
                    CancellationToken.None);
                await chain.Rows.ExecuteAsync(
                    CheckSql.DecideCheck, [decision.ReviewId, (int)decision.CarrierDecision, (int)DecisionRule.Analyst, chain.Now], CancellationToken.None);
                return new ReviewDecisionRecord(
                    decision.ReviewId, version, chain.Now, decision.Actor, decision.Outcome, decision.Note, decision.State, decision.CarrierDecision);
            },
            cancellationToken);
    }
}
