using System.Collections.Immutable;

namespace Vigil.Domain;

/// <summary>What importing a new version of a list changes: subjects added, changed (with their fields) and removed.</summary>
/// <remarks>Subjects are paired by <see cref="Listing.SourceId"/> (ordinal). Each collection is ordered by source id.</remarks>
public sealed record ListDiff(
    ImmutableArray<Subject> Added,
    ImmutableArray<SubjectChange> Changed,
    ImmutableArray<Subject> Removed,
    int Unchanged)
{
    /// <summary>True when the new version changes nothing.</summary>
    public bool IsEmpty => Added.IsEmpty && Changed.IsEmpty && Removed.IsEmpty;

    /// <summary>Compares the current subjects of a list with the incoming ones.</summary>
    /// <exception cref="ArgumentException">Two incoming subjects share a source id (importers reject that first).</exception>
    public static ListDiff Compute(IEnumerable<Subject> current, IEnumerable<Subject> incoming)
    {
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(incoming);
        Dictionary<string, Subject> before = new(StringComparer.Ordinal);
        foreach (Subject subject in current)
        {
            before[subject.Listing.SourceId] = subject;
        }

        HashSet<string> seen = new(StringComparer.Ordinal);
        List<Subject> added = [];
        List<SubjectChange> changed = [];
        int unchanged = 0;
        foreach (Subject subject in incoming)
        {
            if (!seen.Add(subject.Listing.SourceId))
            {
                throw new ArgumentException($"Two subjects share the source id '{subject.Listing.SourceId}'.", nameof(incoming));
            }

            if (!before.TryGetValue(subject.Listing.SourceId, out Subject? old))
            {
                added.Add(subject);
                continue;
            }

            ImmutableArray<string> fields = SubjectDiff.ChangedFields(old, subject);
            if (fields.IsEmpty)
            {
                unchanged++;
            }
            else
            {
                changed.Add(new SubjectChange(old, subject, fields));
            }
        }

        List<Subject> removed = [];
        foreach (Subject subject in before.Values)
        {
            if (!seen.Contains(subject.Listing.SourceId))
            {
                removed.Add(subject);
            }
        }

        added.Sort((a, b) => string.CompareOrdinal(a.Listing.SourceId, b.Listing.SourceId));
        changed.Sort((a, b) => string.CompareOrdinal(a.After.Listing.SourceId, b.After.Listing.SourceId));
        removed.Sort((a, b) => string.CompareOrdinal(a.Listing.SourceId, b.Listing.SourceId));
        return new ListDiff([.. added], [.. changed], [.. removed], unchanged);
    }
}
