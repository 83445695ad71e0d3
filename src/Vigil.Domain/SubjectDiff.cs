using System.Collections.Immutable;

namespace Vigil.Domain;

/// <summary>Compares two versions of a subject field by field.</summary>
/// <remarks>
/// Only what the list says counts: the id, the provenance, and custody entries and relations made by hand in Vigil
/// (<see cref="CustodyStatus.IsManual"/>, <see cref="SubjectRelation.IsManual"/>) are ignored, as are the
/// record-keeping fields of custody entries and relations.
/// Field names are those of the JSON form (<c>names</c>, <c>datesOfBirth</c>, <c>custody</c>...).
/// </remarks>
public static class SubjectDiff
{
    /// <summary>The names of the fields whose values differ, in a fixed order; empty when equal.</summary>
    public static ImmutableArray<string> ChangedFields(Subject before, Subject after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        ImmutableArray<string>.Builder changed = ImmutableArray.CreateBuilder<string>();
        Check(changed, "kind", before.Kind == after.Kind);
        Check(changed, "names", Same(before.Names, after.Names));
        Check(changed, "datesOfBirth", Same(before.DatesOfBirth, after.DatesOfBirth));
        Check(changed, "placesOfBirth", Same(before.PlacesOfBirth, after.PlacesOfBirth));
        Check(changed, "nationalities", Same(before.Nationalities, after.Nationalities));
        Check(changed, "gender", before.Gender == after.Gender);
        Check(changed, "documents", Same(before.Documents, after.Documents));
        Check(changed, "addresses", Same(before.Addresses, after.Addresses));
        Check(changed, "titles", Same(before.Titles, after.Titles));
        Check(changed, "remarks", string.Equals(before.Remarks, after.Remarks, StringComparison.Ordinal));
        Check(changed, "category", before.Listing.Category == after.Listing.Category);
        Check(changed, "programmes", Same(before.Listing.Programmes, after.Listing.Programmes));
        Check(changed, "reason", string.Equals(before.Listing.Reason, after.Listing.Reason, StringComparison.Ordinal));
        Check(changed, "listedOn", before.Listing.ListedOn == after.Listing.ListedOn);
        Check(changed, "custody", Same(ListCustody(before), ListCustody(after)));
        Check(changed, "relations", Same(ListRelations(before), ListRelations(after)));
        return changed.ToImmutable();
    }

    /// <summary>The custody entries that come from the list file, stripped of record-keeping fields.</summary>
    public static ImmutableArray<CustodyStatus> ListCustody(Subject subject)
    {
        ArgumentNullException.ThrowIfNull(subject);
        ImmutableArray<CustodyStatus>.Builder entries = ImmutableArray.CreateBuilder<CustodyStatus>();
        foreach (CustodyStatus entry in subject.CustodyHistory.IsDefault ? [] : subject.CustodyHistory)
        {
            if (!entry.IsManual)
            {
                entries.Add(entry with { RecordedAt = default, RecordedBy = null });
            }
        }

        return entries.ToImmutable();
    }

    /// <summary>The relations that come from the list file, stripped of record-keeping fields.</summary>
    public static ImmutableArray<SubjectRelation> ListRelations(Subject subject)
    {
        ArgumentNullException.ThrowIfNull(subject);
        ImmutableArray<SubjectRelation>.Builder relations = ImmutableArray.CreateBuilder<SubjectRelation>();
        foreach (SubjectRelation relation in subject.Relations.IsDefault ? [] : subject.Relations)
        {
            if (!relation.IsManual)
            {
                relations.Add(relation with { RecordedAt = default, RecordedBy = null });
            }
        }

        return relations.ToImmutable();
    }

    private static void Check(ImmutableArray<string>.Builder changed, string field, bool same)
    {
        if (!same)
        {
            changed.Add(field);
        }
    }

    private static bool Same<T>(ImmutableArray<T> a, ImmutableArray<T> b)
    {
        a = a.IsDefault ? [] : a;
        b = b.IsDefault ? [] : b;
        if (a.Length != b.Length)
        {
            return false;
        }

        EqualityComparer<T> comparer = EqualityComparer<T>.Default;
        for (int i = 0; i < a.Length; i++)
        {
            if (!comparer.Equals(a[i], b[i]))
            {
                return false;
            }
        }

        return true;
    }
}
