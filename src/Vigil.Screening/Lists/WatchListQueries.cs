using Vigil.Domain;

namespace Vigil.Screening.Lists;

/// <summary>What hosts ask of the watch lists: a subject by any of its identifiers, what an import changed, and the
/// changes people make by hand (custody status); reads of personal data and changes are recorded in the audit chain
/// when one is given.</summary>
public sealed class WatchListQueries(IWatchListStore store, Audit.IAuditLog? audit = null)
{
    /// <summary>Finds a subject as <see cref="FindSubjectAsync"/> does and, when one is found, records that
    /// <paramref name="actor"/> read it.</summary>
    public async Task<SubjectLookup> ReadSubjectAsync(string idOrSourceId, string? listName, string actor, CancellationToken cancellationToken)
    {
        SubjectLookup lookup = await FindSubjectAsync(idOrSourceId, listName, cancellationToken).ConfigureAwait(false);
        if (lookup.Subject is { } found)
        {
            await AuditAsync(actor, "subject.read", $"subject:{found.Subject.Id}", cancellationToken).ConfigureAwait(false);
        }

        return lookup;
    }

    /// <summary>The current subjects of a list, recorded as read by <paramref name="actor"/>.</summary>
    public async Task<IReadOnlyList<Subject>> ReadListAsync(string listName, string actor, CancellationToken cancellationToken)
    {
        IReadOnlyList<Subject> subjects = await store.GetSubjectsAsync(listName, cancellationToken).ConfigureAwait(false);
        await AuditAsync(actor, "list.read", $"list:{listName}", cancellationToken).ConfigureAwait(false);
        return subjects;
    }

    /// <summary>A subject's history, recorded as read by <paramref name="actor"/>.</summary>
    public async Task<IReadOnlyList<HistoryEntry>> ReadHistoryAsync(SubjectId subject, string actor, CancellationToken cancellationToken)
    {
        IReadOnlyList<HistoryEntry> entries = await store.GetHistoryAsync(new HistoryQuery(null, subject), cancellationToken).ConfigureAwait(false);
        await AuditAsync(actor, "subject.history.read", $"subject:{subject}", cancellationToken).ConfigureAwait(false);
        return entries;
    }

    /// <summary>Records a new custody or legal status of a subject (its history keeps every earlier one) and the
    /// change in the audit chain.</summary>
    /// <param name="subject">The subject.</param>
    /// <param name="status">The new status.</param>
    /// <param name="actor">Who records it, as the subject's history names it (a user name).</param>
    /// <param name="auditActor">Who records it, as the audit chain names it (<c>cli:NAME</c>, <c>key:ID</c>).</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    public async Task<Subject> AddCustodyStatusAsync(SubjectId subject, CustodyStatus status, string actor, string auditActor, CancellationToken cancellationToken)
    {
        Subject updated = await store.AddCustodyStatusAsync(subject, status, actor, cancellationToken).ConfigureAwait(false);
        await AuditAsync(auditActor, "custody.add", $"subject:{subject}", cancellationToken, CustodyStates.ToName(status.State)).ConfigureAwait(false);
        return updated;
    }

    /// <summary>Finds exactly one subject by Vigil id or the list's own identifier, in one list or in all; prefers a
    /// listed subject over removed ones of the same list identifier.</summary>
    public async Task<SubjectLookup> FindSubjectAsync(string idOrSourceId, string? listName, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(idOrSourceId);
        IReadOnlyList<SubjectRecord> found = await store.FindSubjectsAsync(idOrSourceId, listName, cancellationToken).ConfigureAwait(false);
        if (found.Count == 1)
        {
            return new SubjectLookup(SubjectLookupOutcome.Found, found[0], found);
        }

        if (found.Count == 0)
        {
            return new SubjectLookup(SubjectLookupOutcome.NotFound, null, found);
        }

        List<SubjectRecord> listed = [.. found.Where(r => !r.IsRemoved)];
        if (listed.Count == 1 && found.Select(r => r.Subject.Listing.ListName).Distinct(StringComparer.Ordinal).Count() == 1)
        {
            return new SubjectLookup(SubjectLookupOutcome.Found, listed[0], found);
        }

        return new SubjectLookup(SubjectLookupOutcome.Ambiguous, null, found);
    }

    private Task AuditAsync(string actor, string action, string records, CancellationToken cancellationToken, string? detail = null) =>
        audit is null ? Task.CompletedTask : audit.AppendAsync(new Audit.AuditEntry(actor, action, records) { Detail = detail }, cancellationToken);

    /// <summary>What an import of a list changed: the latest, or the one numbered <paramref name="importId"/>.</summary>
    /// <returns>The changes, or null when the list has no such import (or none yet).</returns>
    public async Task<ImportChanges?> GetImportChangesAsync(string listName, long? importId, CancellationToken cancellationToken)
    {
        IReadOnlyList<ImportRecord> imports = await store.GetImportsAsync(listName, cancellationToken).ConfigureAwait(false);
        ImportRecord? import = importId is { } id ? imports.FirstOrDefault(i => i.Id == id) : imports.Count > 0 ? imports[0] : null;
        if (import is null)
        {
            return null;
        }

        IReadOnlyList<HistoryEntry> changes = await store.GetImportChangesAsync(import.Id, cancellationToken).ConfigureAwait(false);
        return new ImportChanges(
            import,
            [.. changes.Where(c => c.Action == HistoryAction.Added).Select(c => c.After!)],
            [.. changes.Where(c => c.Action == HistoryAction.Changed).Select(c => (c.Before!, c.After!, (IReadOnlyList<string>)c.Fields))],
            [.. changes.Where(c => c.Action == HistoryAction.Removed).Select(c => c.Before!)]);
    }
}
