using System.Collections.Immutable;

namespace Vigil.Screening.Statistics;

/// <summary>One period of a custody time series.</summary>
/// <param name="Label">The period's name: <c>2019-03</c>, <c>2019-Q1</c>, <c>2019</c>.</param>
/// <param name="Start">Its first day (the series' first day when that is later).</param>
/// <param name="End">Its last day (the series' last day when that is sooner): the counts are as of this day.</param>
/// <param name="Count">The subjects by status as of <paramref name="End"/>.</param>
/// <param name="Transitions">The changes of status that took effect from <paramref name="Start"/> to
/// <paramref name="End"/>, by from and to state.</param>
public sealed record CustodyPeriod(string Label, DateOnly Start, DateOnly End, CustodyCount Count, ImmutableArray<CustodyTransition> Transitions);
