using Vigil.Domain;

namespace Vigil.Screening.Lists;

/// <summary>What hosts ask of the watch lists: a subject by any of its identifiers, what an import changed.</summary>
public sealed class WatchListQueries(IWatchListStore store)
{
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
