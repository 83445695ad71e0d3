using Vigil.Domain;

namespace Vigil.Screening.Lists;

/// <summary>A list held in the store, with its counts.</summary>
/// <param name="Name">The list name.</param>
/// <param name="Format">The format of its last import.</param>
/// <param name="CreatedAt">When it was first imported.</param>
/// <param name="SubjectCount">Subjects currently listed (removed ones not counted).</param>
/// <param name="LastImport">The latest import, if any.</param>
public sealed record WatchListSummary(string Name, string Format, DateTimeOffset CreatedAt, int SubjectCount, ImportRecord? LastImport)
{
    /// <summary>Current subjects per custody state; states with none are absent.</summary>
    public IReadOnlyDictionary<CustodyState, int> ByCustody { get; init; } = new Dictionary<CustodyState, int>();

    /// <summary>Current subjects per listing category.</summary>
    public IReadOnlyDictionary<ListingCategory, int> ByCategory { get; init; } = new Dictionary<ListingCategory, int>();
}
