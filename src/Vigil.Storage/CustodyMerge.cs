using System.Collections.Immutable;
using Vigil.Domain;

namespace Vigil.Storage;

/// <summary>Merges the custody history a list file gives with the entries made by hand in Vigil.</summary>
internal static class CustodyMerge
{
    /// <summary>The list's entries, followed by the stored manual entries, ordered by when they took effect.</summary>
    /// <remarks>A list entry that carries no record-keeping keeps that of the same stored entry, so it still says
    /// which import first recorded it; a new one is stamped with this import. The order is stable: entries of the
    /// same day keep the list's order, then the manual order. An entry whose <see cref="CustodyStatus.Since"/> is
    /// unknown takes the day it was recorded.</remarks>
    public static ImmutableArray<CustodyStatus> Merge(
        ImmutableArray<CustodyStatus> incoming, ImmutableArray<CustodyStatus> stored, DateTimeOffset importedAt, string importActor)
    {
        stored = stored.IsDefault ? [] : stored;
        List<CustodyStatus> unclaimed = [.. stored.Where(e => !e.IsManual)];
        List<CustodyStatus> merged = [];
        foreach (CustodyStatus entry in incoming.IsDefault ? [] : incoming)
        {
            if (entry.RecordedAt != default || entry.RecordedBy is not null)
            {
                merged.Add(entry);
                continue;
            }

            int same = unclaimed.FindIndex(e => Unstamped(e) == entry);
            if (same >= 0)
            {
                merged.Add(entry with { RecordedAt = unclaimed[same].RecordedAt, RecordedBy = unclaimed[same].RecordedBy });
                unclaimed.RemoveAt(same);
            }
            else
            {
                merged.Add(entry with { RecordedAt = importedAt, RecordedBy = importActor });
            }
        }

        int fromList = merged.Count;
        foreach (CustodyStatus entry in stored)
        {
            // A file exported from Vigil may carry the very manual entries already stored: keep one copy.
            if (entry.IsManual && merged.IndexOf(entry, 0, fromList) < 0)
            {
                merged.Add(entry);
            }
        }

        return [.. merged.OrderBy(EffectiveDay)];
    }

    private static CustodyStatus Unstamped(CustodyStatus entry) => entry with { RecordedAt = default, RecordedBy = null };

    private static DateOnly EffectiveDay(CustodyStatus entry) =>
        entry.Since.EarliestDay ?? DateOnly.FromDateTime(entry.RecordedAt.UtcDateTime);
}
