using System.Collections.Immutable;

namespace Vigil.Screening.Statistics;

/// <summary>One group of a count: its key, one value per grouping field, and how many subjects it holds.</summary>
/// <param name="Keys">The value of each field, in the order of the fields; null when the subject's status entry
/// (or the subject) gives none, such as the authority of an <c>at-large</c> entry.</param>
/// <param name="Count">The number of subjects in the group, each counted once.</param>
public sealed record CustodyGroup(ImmutableArray<string?> Keys, int Count);
