using System.Collections.Immutable;
using System.Data.Common;
using System.Text.Json;
using Vigil.Domain;
using Vigil.Formats.Json;
using Vigil.Screening.Lists;
using Vigil.Screening.Statistics;

namespace Vigil.Storage;

internal sealed partial class SqlWatchListStore
{
    // Progress is reported every this many subjects, so a progress bar moves without slowing the import.
    private const int ProgressStep = 250;

    /// <inheritdoc />
    public async Task<ListImportOutcome> ImportAsync(ListImportRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ImmutableArray<Subject> incoming = Normalize(request);

        await using DbConnection connection = await OpenConnectionAsync(cancellationToken);
        await using DbTransaction transaction = await BeginWriteAsync(connection, request.ListName, cancellationToken);

        ImportRecord? latest = await ReadLatestImportAsync(connection, transaction, request.ListName, cancellationToken);
        if (latest is not null && string.Equals(latest.Provenance.Sha256, request.Provenance.Sha256, StringComparison.OrdinalIgnoreCase))
        {
            int current = await CountCurrentAsync(connection, transaction, request.ListName, cancellationToken);
            await transaction.RollbackAsync(cancellationToken);
            return new ListImportOutcome(new ListDiff([], [], [], current), null, latest);
        }

        StoredList stored = await ReadStoredListAsync(connection, transaction, request.ListName, cancellationToken);
        ListDiff diff = ListDiff.Compute(stored.Current, incoming);
        if (diff.IsEmpty || request.DryRun)
        {
            // Nothing was written: rolling back only ends the transaction and releases the list.
            await transaction.RollbackAsync(cancellationToken);
            return new ListImportOutcome(diff, null, null);
        }

        DateTimeOffset now = Time.GetUtcNow();
        ImportRecord import = await InsertImportAsync(connection, transaction, request, diff, now, cancellationToken);
        string actor = ImportActor(import.Id);
        int written = 0;
        await using (ImportWriter writer = CreateWriter(connection, transaction))
        {
            foreach (Subject subject in diff.Added)
            {
                stored.Removed.TryGetValue(subject.Listing.SourceId, out Subject? previous);
                Subject merged = WithMergedCustody(subject, previous, request.Provenance.ImportedAt, actor);
                string document = SubjectJson.Serialize(merged);
                await WriteSubjectAsync(writer, merged, document, replaceChildren: previous is not null, now, cancellationToken);
                await WriteHistoryAsync(writer, now, actor, HistoryAction.Added, merged, import.Id, [], null, document, cancellationToken);
                Report(request.Progress, ++written);
            }

            foreach (SubjectChange change in diff.Changed)
            {
                Subject merged = WithMergedCustody(change.After, change.Before, request.Provenance.ImportedAt, actor);
                string document = SubjectJson.Serialize(merged);
                await WriteSubjectAsync(writer, merged, document, replaceChildren: true, now, cancellationToken);
                await WriteHistoryAsync(
                    writer, now, actor, HistoryAction.Changed, merged, import.Id, change.Fields, stored.Documents[change.Before.Listing.SourceId], document, cancellationToken);
                Report(request.Progress, ++written);
            }

            foreach (Subject subject in diff.Removed)
            {
                await writer.ExecuteAsync(WatchListSql.MarkRemoved, [subject.Id.Value, now], cancellationToken);
                await WriteHistoryAsync(
                    writer, now, actor, HistoryAction.Removed, subject, import.Id, [], stored.Documents[subject.Listing.SourceId], null, cancellationToken);
                Report(request.Progress, ++written);
            }

            await writer.FlushAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        request.Progress?.Report(written);
        return new ListImportOutcome(diff, import, null);
    }

    private static string ImportActor(long importId) => FormattableString.Invariant($"import:{importId}");

    private static void Report(IProgress<int>? progress, int written)
    {
        if (progress is not null && written % ProgressStep == 0)
        {
            progress.Report(written);
        }
    }

    /// <summary>Checks the request and gives every subject the import's provenance when it has none.</summary>
    private static ImmutableArray<Subject> Normalize(ListImportRequest request)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(request.ListName);
        ArgumentNullException.ThrowIfNull(request.Provenance);
        ImmutableArray<Subject> subjects = request.Subjects.IsDefault ? [] : request.Subjects;
        ImmutableArray<Subject>.Builder normalized = ImmutableArray.CreateBuilder<Subject>(subjects.Length);
        foreach (Subject subject in subjects)
        {
            if (!string.Equals(subject.Listing.ListName, request.ListName, StringComparison.Ordinal))
            {
                throw new ArgumentException(
                    $"Subject '{subject.Listing.SourceId}' belongs to list '{subject.Listing.ListName}', not '{request.ListName}'.", nameof(request));
            }

            normalized.Add(subject.Listing.Provenance is null
                ? subject with { Listing = subject.Listing with { Provenance = request.Provenance } }
                : subject);
        }

        return normalized.MoveToImmutable();
    }

    private static Subject WithMergedCustody(Subject incoming, Subject? stored, DateTimeOffset importedAt, string actor) =>
        incoming with
        {
            CustodyHistory = CustodyMerge.Merge(incoming.CustodyHistory, stored?.CustodyHistory ?? [], importedAt, actor),
            Relations = RelationMerge.Merge(incoming.Relations, stored?.Relations ?? [], importedAt, actor),
        };

    private static async ValueTask WriteSubjectAsync(
        ImportWriter writer, Subject subject, string document, bool replaceChildren, DateTimeOffset now, CancellationToken cancellationToken)
    {
        string id = subject.Id.Value;
        await writer.ExecuteAsync(
            WatchListSql.UpsertSubject,
            [
                id, subject.Listing.ListName, subject.Listing.SourceId, (int)subject.Kind, subject.PrimaryName?.Full,
                (int)subject.Listing.Category, (int)subject.CurrentCustody, new JsonText(document), now,
            ],
            cancellationToken);
        if (replaceChildren)
        {
            await writer.ExecuteAsync(WatchListSql.DeleteNames, [id], cancellationToken);
            await writer.ExecuteAsync(WatchListSql.DeleteDocuments, [id], cancellationToken);
            await writer.ExecuteAsync(WatchListSql.DeleteRelations, [id], cancellationToken);
            await writer.ExecuteAsync(WatchListSql.DeleteCustody, [id], cancellationToken);
        }

        foreach (object?[] row in CustodyRows(id, subject.CustodyHistory))
        {
            await writer.ExecuteAsync(WatchListSql.InsertCustody, row, cancellationToken);
        }

        await WriteRelationsAsync(writer, subject, cancellationToken);

        ImmutableArray<PersonName> names = subject.Names.IsDefault ? [] : subject.Names;
        for (int i = 0; i < names.Length; i++)
        {
            await writer.ExecuteAsync(
                WatchListSql.InsertName, [id, i, names[i].Full, (int)names[i].Quality, (int)names[i].Script], cancellationToken);
        }

        ImmutableArray<TravelDocument> documents = subject.Documents.IsDefault ? [] : subject.Documents;
        for (int i = 0; i < documents.Length; i++)
        {
            TravelDocument travelDocument = documents[i];
            await writer.ExecuteAsync(
                WatchListSql.InsertDocument,
                [
                    id, i, travelDocument.Number, SubjectColumns.NumberKey(travelDocument.Number),
                    travelDocument.IssuingCountry?.Value, (int)travelDocument.Type,
                ],
                cancellationToken);
        }
    }

    private static async ValueTask WriteRelationsAsync(ImportWriter writer, Subject subject, CancellationToken cancellationToken)
    {
        ImmutableArray<SubjectRelation> relations = subject.Relations.IsDefault ? [] : subject.Relations;
        for (int i = 0; i < relations.Length; i++)
        {
            SubjectRelation relation = relations[i];
            await writer.ExecuteAsync(
                WatchListSql.InsertRelation,
                [
                    subject.Id.Value, i, (int)relation.Type, relation.RelativeId.Value, relation.RelativeList, relation.RelativeSourceId,
                    relation.Since.IsUnknown ? null : relation.Since.ToString(), relation.Source, relation.Note, relation.IsManual,
                ],
                cancellationToken);
        }
    }

    /// <summary>The values of <see cref="WatchListSql.InsertCustody"/> for each entry of a subject's history, with
    /// the days it is in effect (<see cref="CustodyStatistics.InEffectPeriods"/>): a change to one entry can change
    /// another's, so a history is always written whole.</summary>
    private static IEnumerable<object?[]> CustodyRows(string id, ImmutableArray<CustodyStatus> history)
    {
        if (history.IsDefaultOrEmpty)
        {
            yield break;
        }

        (DateOnly From, DateOnly? Until)[] periods = CustodyStatistics.InEffectPeriods(history);
        for (int i = 0; i < history.Length; i++)
        {
            CustodyStatus entry = history[i];
            yield return
            [
                id, i, (int)entry.State, entry.Since.IsUnknown ? null : entry.Since.ToString(),
                entry.RecordedAt == default ? null : DateOnly.FromDateTime(entry.RecordedAt.UtcDateTime),
                entry.Authority, entry.Place, entry.Country?.Value, periods[i].From, periods[i].Until,
            ];
        }
    }

    private static ValueTask WriteHistoryAsync(
        ImportWriter writer,
        DateTimeOffset at,
        string actor,
        HistoryAction action,
        Subject subject,
        long? importId,
        ImmutableArray<string> fields,
        string? before,
        string? after,
        CancellationToken cancellationToken) =>
        writer.ExecuteAsync(WatchListSql.InsertHistory, HistoryValues(at, actor, action, subject, importId, fields, before, after), cancellationToken);

    private static object?[] HistoryValues(
        DateTimeOffset at, string actor, HistoryAction action, Subject subject, long? importId, ImmutableArray<string> fields, string? before, string? after) =>
        [
            at, actor, (int)action, subject.Id.Value, subject.Listing.ListName, subject.Listing.SourceId, importId,
            JsonSerializer.Serialize(fields.IsDefault ? [] : fields.ToArray()),
            before is null ? null : new JsonText(before),
            after is null ? null : new JsonText(after),
        ];

    private async Task<ImportRecord> InsertImportAsync(
        DbConnection connection, DbTransaction transaction, ListImportRequest request, ListDiff diff, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using (DbCommand list = Command(connection, transaction, WatchListSql.UpsertList, request.ListName, request.Format, now))
        {
            await list.ExecuteNonQueryAsync(cancellationToken);
        }

        Provenance provenance = request.Provenance;
        await using DbCommand insert = Command(
            connection,
            transaction,
            WatchListSql.InsertImport,
            request.ListName,
            request.Format,
            provenance.SourceFile,
            provenance.Sha256,
            provenance.ImportedAt,
            request.Actor,
            diff.Added.Length,
            diff.Changed.Length,
            diff.Removed.Length,
            diff.Unchanged);
        long id = Convert.ToInt64(await insert.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
        return new ImportRecord(
            id, request.ListName, request.Format, provenance, request.Actor, diff.Added.Length, diff.Changed.Length, diff.Removed.Length, diff.Unchanged);
    }

    private async Task<ImportRecord?> ReadLatestImportAsync(
        DbConnection connection, DbTransaction transaction, string listName, CancellationToken cancellationToken)
    {
        await using DbCommand command = Command(connection, transaction, WatchListSql.LatestImport, listName);
        await using DbDataReader reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? ReadImport(reader) : null;
    }

    private async Task<int> CountCurrentAsync(DbConnection connection, DbTransaction transaction, string listName, CancellationToken cancellationToken)
    {
        await using DbCommand command = Command(connection, transaction, WatchListSql.CountCurrent, listName);
        return Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
    }

    private async Task<StoredList> ReadStoredListAsync(
        DbConnection connection, DbTransaction transaction, string listName, CancellationToken cancellationToken)
    {
        StoredList stored = new();
        await using DbCommand command = Command(connection, transaction, WatchListSql.StoredSubjects, listName);
        await using DbDataReader reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            string document = reader.GetString(0);
            Subject subject = SubjectJson.Deserialize(document);
            if (reader.GetBoolean(1))
            {
                stored.Removed[subject.Listing.SourceId] = subject;
            }
            else
            {
                stored.Current.Add(subject);
                stored.Documents[subject.Listing.SourceId] = document;
            }
        }

        return stored;
    }

    /// <summary>The subjects of a list as stored: current ones with their JSON, and removed ones.</summary>
    private sealed class StoredList
    {
        public List<Subject> Current { get; } = [];

        public Dictionary<string, string> Documents { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, Subject> Removed { get; } = new(StringComparer.Ordinal);
    }
}
