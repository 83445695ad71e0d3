using System.Collections.Immutable;
using Vigil.Domain;

namespace Vigil.Storage;

/// <summary>Merges the relations a list file gives with the relations recorded by hand in Vigil.</summary>
internal static class RelationMerge
{
    /// <summary>The list's relations, in the list's order, followed by the stored manual ones.</summary>
    /// <remarks>A list relation that carries no recorder keeps the record-keeping of the same stored relation, so it
    /// still says which import first recorded it; a new one is stamped with this import. A relation the file no longer
    /// gives is dropped (the history keeps it); one recorded by hand is kept.</remarks>
    public static ImmutableArray<SubjectRelation> Merge(
        ImmutableArray<SubjectRelation> incoming, ImmutableArray<SubjectRelation> stored, DateTimeOffset importedAt, string importActor)
    {
        stored = stored.IsDefault ? [] : stored;
        List<SubjectRelation> unclaimed = [.. stored.Where(r => !r.IsManual)];
        ImmutableArray<SubjectRelation>.Builder merged = ImmutableArray.CreateBuilder<SubjectRelation>();
        foreach (SubjectRelation relation in incoming.IsDefault ? [] : incoming)
        {
            if (relation.RecordedBy is not null)
            {
                merged.Add(relation);
                continue;
            }

            SubjectRelation unstamped = Unstamped(relation);
            int same = unclaimed.FindIndex(r => Unstamped(r) == unstamped);
            if (same >= 0)
            {
                merged.Add(relation with { RecordedAt = unclaimed[same].RecordedAt, RecordedBy = unclaimed[same].RecordedBy });
                unclaimed.RemoveAt(same);
            }
            else
            {
                merged.Add(relation with { RecordedAt = importedAt, RecordedBy = importActor, IsManual = false });
            }
        }

        foreach (SubjectRelation relation in stored)
        {
            if (relation.IsManual)
            {
                merged.Add(relation);
            }
        }

        return merged.ToImmutable();
    }

    private static SubjectRelation Unstamped(SubjectRelation relation) => relation with { RecordedAt = default, RecordedBy = null };
}
