using Vigil.Domain;
using Vigil.Screening.Lists;

namespace Vigil.Screening.Statistics;

/// <summary>Which subjects custody statistics count.</summary>
public sealed record CustodyRecordQuery
{
    /// <summary>The lists to count; empty for every list.</summary>
    public IReadOnlyList<string> Lists { get; init; } = [];

    /// <summary>The kind of subject to count; null for every kind. Persons by default.</summary>
    public SubjectKind? Kind { get; init; } = SubjectKind.Person;

    /// <summary>Only subjects of this gender; null for every gender.</summary>
    public Gender? Gender { get; init; }

    /// <summary>False when the records need no nationalities (nothing is grouped by them), which spares the store
    /// reading them out of every subject's document. True by default.</summary>
    public bool WithNationalities { get; init; } = true;

    /// <summary>False when nothing is grouped by the authority, country or place of custody entries, which spares a
    /// store telling the tallies of a count apart by them (<see cref="IWatchListStore.TallyCustodyAsync"/>). True by
    /// default.</summary>
    public bool WithCustodyPlaces { get; init; } = true;

    /// <summary>True when <paramref name="record"/> is one of the subjects asked for.</summary>
    public bool Admits(CustodyRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return (Kind is null || record.Kind == Kind)
            && (Gender is null || record.Gender == Gender)
            && (Lists.Count == 0 || Lists.Contains(record.ListName, StringComparer.Ordinal));
    }
}
