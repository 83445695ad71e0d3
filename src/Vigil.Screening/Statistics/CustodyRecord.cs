using System.Collections.Immutable;
using Vigil.Domain;

namespace Vigil.Screening.Statistics;

/// <summary>What custody statistics need of one subject: who it is, how it is listed, and its custody history.</summary>
/// <remarks>A lean projection of <see cref="Subject"/>, so that a store can hand over a hundred thousand of them
/// without reading names, documents and addresses.</remarks>
/// <param name="Id">Vigil's subject id.</param>
/// <param name="ListName">The list the subject belongs to.</param>
/// <param name="Kind">Person, organization, vessel or aircraft.</param>
/// <param name="Category">The listing category the subject has now.</param>
public sealed record CustodyRecord(SubjectId Id, string ListName, SubjectKind Kind, ListingCategory Category)
{
    /// <summary>The subject's gender (<see cref="Gender.Unknown"/> when the store was not asked to read it).</summary>
    public Gender Gender { get; init; }

    /// <summary>Nationalities and citizenships (empty when the store was not asked to read them).</summary>
    public ImmutableArray<CountryCode> Nationalities { get; init; } = [];

    /// <summary>The custody history as stored, in the order the subject's document keeps it.</summary>
    public ImmutableArray<CustodyStatus> History { get; init; } = [];

    /// <summary>The day (UTC) the subject was removed from its list, or null while it is listed.</summary>
    public DateOnly? RemovedOn { get; init; }
}
