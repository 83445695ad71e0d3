using System.Collections.Immutable;

namespace Vigil.Screening.Statistics;

/// <summary>Custody counts over time, replayed from the custody histories, with the transitions of each period.</summary>
/// <param name="From">The first day.</param>
/// <param name="To">The last day.</param>
/// <param name="Every">The length of the periods.</param>
/// <param name="By">The grouping fields.</param>
/// <param name="Periods">The periods, oldest first.</param>
public sealed record CustodySeries(DateOnly From, DateOnly To, CustodyInterval Every, ImmutableArray<CustodyGroupField> By, ImmutableArray<CustodyPeriod> Periods);
