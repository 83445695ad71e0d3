using Vigil.Domain;
using Vigil.Screening.Lists;

namespace Vigil.Screening.Relations;

/// <summary>The relations between subjects as hosts use them: relate and unrelate two subjects by hand, a subject's
/// relatives, the whole graph for a screening run. Changes are recorded in the audit chain when one is given.</summary>
public sealed class SubjectRelations(IWatchListStore store, Audit.IAuditLog? audit = null)
{
    /// <summary>Finds the relative a user names: Vigil's id, the list's identifier, or <c>LIST:ID</c>.</summary>
    public async Task<SubjectLookup> FindRelativeAsync(string text, string? listName, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(text);
        WatchListQueries queries = new(store);
        SubjectLookup lookup = await queries.FindSubjectAsync(text, listName, cancellationToken).ConfigureAwait(false);
        int colon = text.IndexOf(':', StringComparison.Ordinal);
        if (lookup.Outcome == SubjectLookupOutcome.NotFound && listName is null && colon > 0 && colon < text.Length - 1)
        {
            return await queries.FindSubjectAsync(text[(colon + 1)..], text[..colon], cancellationToken).ConfigureAwait(false);
        }

        return lookup;
    }

    /// <summary>Records by hand that <paramref name="relative"/> is <paramref name="subject"/>'s
    /// <paramref name="type"/> (kept across imports of either list), unless that relation is already known.</summary>
    /// <param name="subject">The subject to record the relation on.</param>
    /// <param name="relative">The relative.</param>
    /// <param name="relation">Type, since, source and note (its relative fields are taken from <paramref name="relative"/>).</param>
    /// <param name="actor">Who records it, as the subject's history names it.</param>
    /// <param name="auditActor">Who records it, as the audit chain names it (<c>cli:NAME</c>, <c>key:ID</c>).</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    public async Task<RelationChange> RelateAsync(
        Subject subject, Subject relative, SubjectRelation relation, string actor, string auditActor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(subject);
        ArgumentNullException.ThrowIfNull(relative);
        ArgumentNullException.ThrowIfNull(relation);
        if (subject.Id == relative.Id)
        {
            return new RelationChange(RelationChangeOutcome.SameSubject, []);
        }

        foreach (Relative known in await ReadRelativesAsync(subject.Id, cancellationToken).ConfigureAwait(false))
        {
            if (known.SubjectId == relative.Id && known.Type == relation.Type)
            {
                return new RelationChange(RelationChangeOutcome.Unchanged, []);
            }
        }

        SubjectRelation entry = SubjectRelation.To(relation.Type, relative.Listing.ListName, relative.Listing.SourceId) with
        {
            Since = relation.Since,
            Source = relation.Source,
            Note = relation.Note,
        };
        Subject updated = await store.AddRelationAsync(subject.Id, entry, actor, cancellationToken).ConfigureAwait(false);
        await AuditAsync(auditActor, "relation.add", subject.Id, relative.Id, relation.Type, cancellationToken).ConfigureAwait(false);
        return new RelationChange(RelationChangeOutcome.Changed, [updated]);
    }

    /// <summary>Removes the relation of type <paramref name="type"/> between two subjects, whichever of them it is
    /// recorded on. A relation read from a list file comes back with the next version of the list that still gives it.</summary>
    public async Task<RelationChange> UnrelateAsync(
        SubjectId subject, SubjectId relative, RelationType type, string actor, string auditActor, CancellationToken cancellationToken)
    {
        if (subject == relative)
        {
            return new RelationChange(RelationChangeOutcome.SameSubject, []);
        }

        IReadOnlyList<Subject> changed = await store.RemoveRelationAsync(subject, relative, type, actor, cancellationToken).ConfigureAwait(false);
        if (changed.Count == 0)
        {
            return new RelationChange(RelationChangeOutcome.Unchanged, []);
        }

        await AuditAsync(auditActor, "relation.remove", subject, relative, type, cancellationToken).ConfigureAwait(false);
        return new RelationChange(RelationChangeOutcome.Changed, changed);
    }

    /// <summary>A subject's relatives, from both sides, with each relative's listing and current custody status.</summary>
    public async Task<IReadOnlyList<Relative>> ReadRelativesAsync(SubjectId subject, CancellationToken cancellationToken)
    {
        IReadOnlyList<RelationRecord> records = await store.GetRelationsAsync(subject, cancellationToken).ConfigureAwait(false);
        return RelationGraph.From(records).Of(subject);
    }

    /// <summary>Every relation of the store, for a screening run (one query).</summary>
    public async Task<RelationGraph> LoadGraphAsync(CancellationToken cancellationToken) =>
        RelationGraph.From(await store.GetRelationsAsync(null, cancellationToken).ConfigureAwait(false));

    private Task AuditAsync(string actor, string action, SubjectId subject, SubjectId relative, RelationType type, CancellationToken cancellationToken) =>
        audit is null
            ? Task.CompletedTask
            : audit.AppendAsync(new Audit.AuditEntry(actor, action, $"subject:{subject} subject:{relative}") { Detail = RelationTypes.ToName(type) }, cancellationToken);
}

/// <summary>What relating or unrelating two subjects did.</summary>
/// <param name="Outcome">Changed, unchanged (already related, or not related), or refused (the same subject twice).</param>
/// <param name="Changed">The subjects whose relations changed, as they are now.</param>
public sealed record RelationChange(RelationChangeOutcome Outcome, IReadOnlyList<Subject> Changed);

/// <summary>How relating or unrelating two subjects ended.</summary>
public enum RelationChangeOutcome
{
    /// <summary>The relation was recorded, or removed.</summary>
    Changed,

    /// <summary>Nothing to do: the subjects were already so related, or were not so related.</summary>
    Unchanged,

    /// <summary>Refused: a subject cannot be related to itself.</summary>
    SameSubject,
}
