using System.Data.Common;
using Vigil.Domain;
using Vigil.Formats.Json;

namespace Vigil.Storage;

internal sealed partial class SqlWatchListStore
{
    private const string CustodyField = "custody";

    /// <inheritdoc />
    public async Task<Subject> AddCustodyStatusAsync(SubjectId id, CustodyStatus status, string actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(status);
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);

        await using DbConnection connection = await OpenConnectionAsync(cancellationToken);

        // The list name is needed to take the list's write lock; it never changes for a subject.
        string listName = await ReadListNameAsync(connection, id, cancellationToken)
            ?? throw new KeyNotFoundException($"No subject has the id '{id}'.");
        await using DbTransaction transaction = await BeginWriteAsync(connection, listName, cancellationToken);

        string before;
        await using (DbCommand read = Command(connection, transaction, "SELECT document FROM subjects WHERE subject_id = $1", id.Value))
        {
            before = (string?)await read.ExecuteScalarAsync(cancellationToken) ?? throw new KeyNotFoundException($"No subject has the id '{id}'.");
        }

        DateTimeOffset now = Time.GetUtcNow();
        Subject subject = SubjectJson.Deserialize(before);
        CustodyStatus entry = status with { RecordedAt = now, RecordedBy = actor, IsManual = true };
        Subject updated = subject with { CustodyHistory = [.. subject.CustodyHistory.IsDefault ? [] : subject.CustodyHistory, entry] };
        string after = SubjectJson.Serialize(updated);

        await using (DbCommand update = Command(
            connection, transaction, WatchListSql.UpdateSubjectCustody, id.Value, (int)updated.CurrentCustody, new JsonText(after), now))
        {
            await update.ExecuteNonQueryAsync(cancellationToken);
        }

        // The whole history again: the new entry may end the one in effect, or one dated after it.
        await using (DbCommand delete = Command(connection, transaction, WatchListSql.DeleteCustody, id.Value))
        {
            await delete.ExecuteNonQueryAsync(cancellationToken);
        }

        foreach (object?[] row in CustodyRows(id.Value, updated.CustodyHistory))
        {
            await using DbCommand custody = Command(connection, transaction, WatchListSql.InsertCustody, row);
            await custody.ExecuteNonQueryAsync(cancellationToken);
        }

        await using (DbCommand history = Command(
            connection, transaction, WatchListSql.InsertHistory, HistoryValues(now, actor, HistoryAction.StatusChanged, updated, null, [CustodyField], before, after)))
        {
            await history.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return updated;
    }

    private async Task<string?> ReadListNameAsync(DbConnection connection, SubjectId id, CancellationToken cancellationToken)
    {
        await using DbCommand command = Command(connection, null, "SELECT list_name FROM subjects WHERE subject_id = $1", id.Value);
        return (string?)await command.ExecuteScalarAsync(cancellationToken);
    }
}
