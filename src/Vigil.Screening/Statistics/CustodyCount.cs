using System.Collections.Immutable;

namespace Vigil.Screening.Statistics;

/// <summary>Subjects counted by their custody status as of one day, in groups.</summary>
/// <param name="At">The day.</param>
/// <param name="By">The grouping fields.</param>
/// <param name="Groups">The groups that hold at least one subject, ordered by their keys.</param>
/// <param name="Total">The subjects counted, each once, whatever the number of groups it is in.</param>
public sealed record CustodyCount(DateOnly At, ImmutableArray<CustodyGroupField> By, ImmutableArray<CustodyGroup> Groups, int Total);
