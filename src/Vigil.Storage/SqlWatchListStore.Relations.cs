using System.Collections.Immutable;
using System.Data.Common;
using Vigil.Domain;
using Vigil.Formats.Json;
using Vigil.Screening.Lists;

namespace Vigil.Storage;

internal sealed partial class SqlWatchListStore
{
    private const string RelationsField = "relations";

    /// <inheritdoc />
    public async Task<Subject> AddRelationAsync(SubjectId id, SubjectRelation relation, string actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(relation);
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        DateTimeOffset now = Time.GetUtcNow();
        SubjectRelation entry = relation with { RecordedAt = now, RecordedBy = actor, IsManual = true };
        return await ChangeRelationsAsync(id, relation.RelativeId, s => [.. s.Relations.IsDefault ? [] : s.Relations, entry], actor, now, cancellationToken)
            ?? throw new KeyNotFoundException($"No subject has the id '{id}'.");
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<Subject>> RemoveRelationAsync(
        SubjectId id, SubjectId relative, RelationType type, string actor, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        List<SubjectId> owners = [];
        await using (DbConnection connection = await OpenConnectionAsync(cancellationToken))
        await using (DbCommand command = Command(
            connection, null, WatchListSql.RelationOwners, id.Value, relative.Value, (int)type, (int)RelationTypes.Inverse(type)))
        await using (DbDataReader reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                owners.Add(SubjectId.FromStored(reader.GetString(0)));
            }
        }

        DateTimeOffset now = Time.GetUtcNow();
        List<Subject> changed = [];
        foreach (SubjectId owner in owners)
        {
            // Recorded on the subject: the relative with the type; recorded on the relative: the subject with the inverse.
            (SubjectId other, RelationType recorded) = owner == id ? (relative, type) : (id, RelationTypes.Inverse(type));
            Subject? updated = await ChangeRelationsAsync(
                owner,
                other,
                s => [.. (s.Relations.IsDefault ? [] : s.Relations).Where(r => !(r.RelativeId == other && r.Type == recorded))],
                actor,
                now,
                cancellationToken);
            if (updated is not null)
            {
                changed.Add(updated);
            }
        }

        return changed;
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<RelationRecord>> GetRelationsAsync(SubjectId? id, CancellationToken cancellationToken)
    {
        await using DbConnection connection = await OpenConnectionAsync(cancellationToken);
        await using DbCommand command = id is { } one
            ? Command(connection, null, WatchListSql.RelationsOf, one.Value)
            : Command(connection, null, WatchListSql.Relations);
        await using DbDataReader reader = await command.ExecuteReaderAsync(cancellationToken);
        List<RelationRecord> relations = [];
        while (await reader.ReadAsync(cancellationToken))
        {
            SubjectId relativeId = SubjectId.FromStored(reader.GetString(2));
            string relativeList = reader.GetString(3), relativeSourceId = reader.GetString(4);
            SubjectRelation relation = new((RelationType)reader.GetInt32(1), relativeId, relativeList, relativeSourceId)
            {
                Since = reader.IsDBNull(5) || !PartialDate.TryParse(reader.GetString(5), out PartialDate since) ? PartialDate.Unknown : since,
                Source = reader.IsDBNull(6) ? null : reader.GetString(6),
                Note = reader.IsDBNull(7) ? null : reader.GetString(7),
                IsManual = reader.GetBoolean(8),
            };
            RelationEnd subject = new(
                SubjectId.FromStored(reader.GetString(0)),
                reader.GetString(9),
                reader.GetString(10),
                reader.IsDBNull(11) ? null : reader.GetString(11),
                (ListingCategory)reader.GetInt32(12),
                (CustodyState)reader.GetInt32(13),
                reader.GetBoolean(14));
            RelationEnd relative = reader.IsDBNull(15)
                ? new RelationEnd(relativeId, relativeList, relativeSourceId, null, null, CustodyState.Unknown, IsRemoved: false)
                : new RelationEnd(
                    relativeId,
                    reader.GetString(15),
                    reader.GetString(16),
                    reader.IsDBNull(17) ? null : reader.GetString(17),
                    (ListingCategory)reader.GetInt32(18),
                    (CustodyState)reader.GetInt32(19),
                    reader.GetBoolean(20));
            relations.Add(new RelationRecord(subject, relation, relative));
        }

        return relations;
    }

    /// <summary>Rewrites the relations of one subject in one transaction, with a history entry on the subject and one
    /// on the relative (whose document does not change: the entry says that a relation naming it did, and moves its
    /// list's version so that screening processes see the change).</summary>
    /// <returns>The subject as updated, or null when it does not exist or its relations did not change.</returns>
    private async Task<Subject?> ChangeRelationsAsync(
        SubjectId id,
        SubjectId relative,
        Func<Subject, ImmutableArray<SubjectRelation>> change,
        string actor,
        DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        await using DbConnection connection = await OpenConnectionAsync(cancellationToken);
        string? listName = await ReadListNameAsync(connection, id, cancellationToken);
        if (listName is null)
        {
            return null;
        }

        await using DbTransaction transaction = await BeginWriteAsync(connection, listName, cancellationToken);
        string before;
        await using (DbCommand read = Command(connection, transaction, "SELECT document FROM subjects WHERE subject_id = $1", id.Value))
        {
            before = (string?)await read.ExecuteScalarAsync(cancellationToken) ?? throw new KeyNotFoundException($"No subject has the id '{id}'.");
        }

        Subject subject = SubjectJson.Deserialize(before);
        ImmutableArray<SubjectRelation> relations = change(subject);
        if (relations.SequenceEqual(subject.Relations.IsDefault ? [] : subject.Relations))
        {
            await transaction.RollbackAsync(cancellationToken);
            return null;
        }

        Subject updated = subject with { Relations = relations };
        string after = SubjectJson.Serialize(updated);
        await using (DbCommand update = Command(
            connection, transaction, WatchListSql.UpdateSubjectCustody, id.Value, (int)updated.CurrentCustody, new JsonText(after), now))
        {
            await update.ExecuteNonQueryAsync(cancellationToken);
        }

        await using (ImportWriter writer = CreateWriter(connection, transaction))
        {
            await writer.ExecuteAsync(WatchListSql.DeleteRelations, [id.Value], cancellationToken);
            await WriteRelationsAsync(writer, updated, cancellationToken);
            await WriteHistoryAsync(writer, now, actor, HistoryAction.RelationsChanged, updated, null, [RelationsField], before, after, cancellationToken);
            string? relativeDocument = null;
            await writer.FlushAsync(cancellationToken);
            await using (DbCommand read = Command(connection, transaction, "SELECT document FROM subjects WHERE subject_id = $1", relative.Value))
            {
                relativeDocument = (string?)await read.ExecuteScalarAsync(cancellationToken);
            }

            if (relativeDocument is not null)
            {
                Subject other = SubjectJson.Deserialize(relativeDocument);
                await WriteHistoryAsync(
                    writer, now, actor, HistoryAction.RelationsChanged, other, null, [RelationsField], relativeDocument, relativeDocument, cancellationToken);
            }

            await writer.FlushAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return updated;
    }
}
