using System.Collections.Frozen;
using System.Collections.Immutable;
using Vigil.Domain;
using Vigil.Screening.Lists;

namespace Vigil.Screening.Relations;

/// <summary>Every relation between subjects, from both sides, by subject id: loaded once for a screening run so that
/// each hit finds its subject's relatives without asking the store.</summary>
/// <remarks>
/// A relation recorded on A naming B as its <c>child</c> gives A the relative B (<c>child</c>) and B the relative A
/// (<c>parent</c>). The same relation recorded on both sides (A's list says spouse B, B's says spouse A) is given once.
/// Relatives are ordered by type, then list and list identifier. Immutable; safe to share between threads.
/// </remarks>
public sealed class RelationGraph
{
    private readonly FrozenDictionary<SubjectId, ImmutableArray<Relative>> _relatives;

    private RelationGraph(FrozenDictionary<SubjectId, ImmutableArray<Relative>> relatives, int relations)
    {
        _relatives = relatives;
        RelationCount = relations;
    }

    /// <summary>A graph without relations.</summary>
    public static RelationGraph Empty { get; } = new(FrozenDictionary<SubjectId, ImmutableArray<Relative>>.Empty, 0);

    /// <summary>How many relations were given (a relation recorded on both sides counts twice).</summary>
    public int RelationCount { get; }

    /// <summary>How many subjects have at least one relative.</summary>
    public int SubjectCount => _relatives.Count;

    /// <summary>The relations of the store, as <see cref="IWatchListStore.GetRelationsAsync"/> gives them.</summary>
    public static RelationGraph From(IEnumerable<RelationRecord> relations)
    {
        ArgumentNullException.ThrowIfNull(relations);
        Builder builder = new();
        foreach (RelationRecord record in relations)
        {
            SubjectRelation relation = record.Relation;
            builder.Add(record.Subject.Id, Seen(relation.Type, record.Relative, relation, record.Subject.Id));
            builder.Add(record.Relative.Id, Seen(RelationTypes.Inverse(relation.Type), record.Subject, relation, record.Subject.Id));
        }

        return builder.Build();
    }

    /// <summary>The relations recorded on <paramref name="subjects"/> (an index read from a file, without a store):
    /// a relative among the subjects is described by its listing; one that is not (in another list) by its list and
    /// identifier only.</summary>
    public static RelationGraph FromSubjects(IEnumerable<Subject> subjects)
    {
        ArgumentNullException.ThrowIfNull(subjects);
        IReadOnlyCollection<Subject> all = subjects as IReadOnlyCollection<Subject> ?? [.. subjects];
        if (!all.Any(s => !s.Relations.IsDefaultOrEmpty))
        {
            // Most lists have no relations: a list of a million subjects is not indexed a second time for nothing.
            return Empty;
        }

        Dictionary<SubjectId, Subject> byId = new(all.Count);
        foreach (Subject subject in all)
        {
            byId[subject.Id] = subject;
        }

        List<RelationRecord> records = [];
        foreach (Subject subject in byId.Values)
        {
            foreach (SubjectRelation relation in subject.Relations.IsDefault ? [] : subject.Relations)
            {
                RelationEnd relative = byId.TryGetValue(relation.RelativeId, out Subject? found)
                    ? EndOf(found)
                    : new RelationEnd(relation.RelativeId, relation.RelativeList, relation.RelativeSourceId, null, null, CustodyState.Unknown, IsRemoved: false);
                records.Add(new RelationRecord(EndOf(subject), relation, relative));
            }
        }

        return records.Count == 0 ? Empty : From(records);
    }

    /// <summary>The relatives of a subject; empty when it has none.</summary>
    public ImmutableArray<Relative> Of(SubjectId subject) =>
        _relatives.TryGetValue(subject, out ImmutableArray<Relative> relatives) ? relatives : [];

    /// <summary>What <paramref name="other"/> is to <paramref name="subject"/>, when they are related.</summary>
    public Relative? Between(SubjectId subject, SubjectId other)
    {
        foreach (Relative relative in Of(subject))
        {
            if (relative.SubjectId == other)
            {
                return relative;
            }
        }

        return null;
    }

    private static RelationEnd EndOf(Subject subject) =>
        new(subject.Id, subject.Listing.ListName, subject.Listing.SourceId, subject.PrimaryName?.Full, subject.Listing.Category, subject.CurrentCustody, IsRemoved: false);

    private static Relative Seen(RelationType type, RelationEnd other, SubjectRelation relation, SubjectId recordedOn) =>
        new(type, other.Id, other.List, other.SourceId)
        {
            Name = other.Name,
            Category = other.Category,
            Custody = other.Custody,
            IsRemoved = other.IsRemoved,
            Since = relation.Since,
            Source = relation.Source,
            Note = relation.Note,
            IsManual = relation.IsManual,
            RecordedOn = recordedOn,
        };

    private sealed class Builder
    {
        private readonly Dictionary<SubjectId, List<Relative>> _relatives = [];
        private int _count;

        public void Add(SubjectId subject, Relative relative)
        {
            if (!_relatives.TryGetValue(subject, out List<Relative>? list))
            {
                _relatives[subject] = list = [];
            }

            // The same relation recorded on both sides, or by the list and by hand, is one relative.
            if (!list.Exists(r => r.SubjectId == relative.SubjectId && r.Type == relative.Type))
            {
                list.Add(relative);
            }

            _count++;
        }

        public RelationGraph Build()
        {
            Dictionary<SubjectId, ImmutableArray<Relative>> ordered = new(_relatives.Count);
            foreach ((SubjectId subject, List<Relative> relatives) in _relatives)
            {
                ordered[subject] = [.. relatives
                    .OrderBy(r => r.Type)
                    .ThenBy(r => r.List, StringComparer.Ordinal)
                    .ThenBy(r => r.SourceId, StringComparer.Ordinal)];
            }

            return new RelationGraph(ordered.ToFrozenDictionary(), _count / 2);
        }
    }
}
