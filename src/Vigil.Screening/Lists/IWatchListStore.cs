using Vigil.Domain;
using Vigil.Screening.Statistics;

namespace Vigil.Screening.Lists;

/// <summary>Where watch lists, their subjects, imports and history are kept. Implemented for SQLite and PostgreSQL.</summary>
/// <remarks>
/// Every write is one transaction: it is applied whole or not at all, also when the process is killed.
/// Several processes may share one store; the implementation serializes writes to one list.
/// </remarks>
public interface IWatchListStore : IAsyncDisposable
{
    /// <summary>A short description of the store for messages (<c>SQLite /home/x/.local/share/vigil/vigil.db</c>).</summary>
    string Description { get; }

    /// <summary>Applies a new version of a list: computes the diff with what is stored, then writes the
    /// subjects added, changed and removed, an import record and a history entry per subject, in one
    /// transaction. Does nothing when the list already holds a file with the same SHA-256 as its latest
    /// import, or when the diff is empty. Custody entries made by hand are kept across imports.</summary>
    Task<ListImportOutcome> ImportAsync(ListImportRequest request, CancellationToken cancellationToken);

    /// <summary>Every list, by name.</summary>
    Task<IReadOnlyList<WatchListSummary>> GetListsAsync(CancellationToken cancellationToken);

    /// <summary>The version of every list, by name: the id of its newest history entry (0 when it has none). Every
    /// import that changes a subject and every custody change writes one; one cheap query, for processes that poll
    /// for changes.</summary>
    Task<IReadOnlyDictionary<string, long>> GetVersionsAsync(CancellationToken cancellationToken);

    /// <summary>One list, or null.</summary>
    Task<WatchListSummary?> GetListAsync(string name, CancellationToken cancellationToken);

    /// <summary>The current subjects of a list, ordered by source id.</summary>
    Task<IReadOnlyList<Subject>> GetSubjectsAsync(string listName, CancellationToken cancellationToken);

    /// <summary>Finds subjects by Vigil id or by the list's own identifier (<c>QDi.123</c>, an OFAC ent_num),
    /// in one list or in all. Removed subjects are found too (see <see cref="SubjectRecord.IsRemoved"/>).</summary>
    Task<IReadOnlyList<SubjectRecord>> FindSubjectsAsync(string idOrSourceId, string? listName, CancellationToken cancellationToken);

    /// <summary>Appends a custody status entry (marked manual) to a subject's history and records the change.</summary>
    /// <exception cref="KeyNotFoundException">No such subject.</exception>
    Task<Subject> AddCustodyStatusAsync(SubjectId id, CustodyStatus status, string actor, CancellationToken cancellationToken);

    /// <summary>Records a relation (marked manual) on a subject and the change in the history of both the subject and
    /// the relative.</summary>
    /// <exception cref="KeyNotFoundException">No such subject.</exception>
    Task<Subject> AddRelationAsync(SubjectId id, SubjectRelation relation, string actor, CancellationToken cancellationToken);

    /// <summary>Removes every relation of type <paramref name="type"/> between two subjects, whichever of the two it is
    /// recorded on (on the relative with the inverse type), and records each change in the history of both.</summary>
    /// <returns>The subjects whose relations changed, as they are now; empty when there was no such relation.</returns>
    Task<IReadOnlyList<Subject>> RemoveRelationAsync(SubjectId id, SubjectId relative, RelationType type, string actor, CancellationToken cancellationToken);

    /// <summary>The relations recorded on or naming <paramref name="id"/>, or every relation of the store when null,
    /// with both sides' listing and current custody status. One query.</summary>
    Task<IReadOnlyList<RelationRecord>> GetRelationsAsync(SubjectId? id, CancellationToken cancellationToken);

    /// <summary>The imports of a list, newest first.</summary>
    Task<IReadOnlyList<ImportRecord>> GetImportsAsync(string listName, CancellationToken cancellationToken);

    /// <summary>The history entries of one import, ordered by source id.</summary>
    Task<IReadOnlyList<HistoryEntry>> GetImportChangesAsync(long importId, CancellationToken cancellationToken);

    /// <summary>History entries, newest first, of one subject or of a whole list.</summary>
    Task<IReadOnlyList<HistoryEntry>> GetHistoryAsync(HistoryQuery query, CancellationToken cancellationToken);

    /// <summary>What custody statistics need of the subjects <paramref name="query"/> selects, removed ones included
    /// (with the day of their removal): ids, lists, kinds, categories and custody histories, read once, with genders
    /// only when the query selects a gender and nationalities only when it asks for them
    /// (<see cref="CustodyRecordQuery.WithNationalities"/>); names, documents and the rest are not read.</summary>
    Task<IReadOnlyList<CustodyRecord>> GetCustodyRecordsAsync(CustodyRecordQuery query, CancellationToken cancellationToken);

    /// <summary>The subjects <paramref name="query"/> selects that are listed on <paramref name="day"/> (not removed
    /// on or before it), tallied by list, category, nationalities (only when the query asks for them,
    /// <see cref="CustodyRecordQuery.WithNationalities"/>) and the custody entry in effect on that day
    /// (<see cref="CustodyStatistics.InEffectOn"/>): its state, and its authority, place and country only when the
    /// query asks for them (<see cref="CustodyRecordQuery.WithCustodyPlaces"/>). Subjects none of whose entries has
    /// taken effect yet are tallied without one. Every tally stands for at least one subject.</summary>
    Task<IReadOnlyList<CustodyTally>> TallyCustodyAsync(CustodyRecordQuery query, DateOnly day, CancellationToken cancellationToken);
}
