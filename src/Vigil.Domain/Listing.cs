using System.Collections.Immutable;

namespace Vigil.Domain;

/// <summary>Why and where a subject is listed.</summary>
/// <remarks>Equality of the collections is by reference; compare listings with <see cref="SubjectDiff"/>.</remarks>
/// <param name="ListName">The Vigil list the subject belongs to (e.g. <c>un</c>, <c>ofac</c>, <c>national-ftf</c>).</param>
/// <param name="SourceId">The list's own identifier: UN reference number (<c>QDi.123</c>), OFAC ent_num, national id.</param>
/// <param name="Category">No-board, secondary screening or monitor.</param>
public sealed record Listing(string ListName, string SourceId, ListingCategory Category)
{
    /// <summary>Sanctions programmes or list types ("SDGT", "Al-Qaida", "UN List").</summary>
    public ImmutableArray<string> Programmes { get; init; } = [];

    /// <summary>Why the subject is listed, as the list states it.</summary>
    public string? Reason { get; init; }

    /// <summary>When the subject was listed, as the list states it.</summary>
    public PartialDate ListedOn { get; init; }

    /// <summary>The file and import this listing came from; null for a subject entered by hand.</summary>
    public Provenance? Provenance { get; init; }
}
