using System.Collections.Immutable;
using Vigil.Formats.Diagnostics;
using Vigil.Matching;

namespace Vigil.Screening.Screen;

/// <summary>The outcome of screening one line of a traveler file.</summary>
/// <param name="Line">The line of the input, from 1.</param>
/// <param name="Id">The traveler's id, or null when the line was unreadable before its id.</param>
/// <param name="Status">Clear, review, or error (the line was not screened).</param>
/// <param name="Hits">The hits, best first, at most the screener's maximum; their <see cref="MatchHit.Score"/> is
/// rounded to <see cref="BatchScreener.ScoreDecimals"/> decimals, as written. Empty for an error.</param>
/// <param name="Errors">Why the line could not be read; empty unless <paramref name="Status"/> is
/// <see cref="ScreeningStatus.Error"/>.</param>
public sealed record TravelerScreening(int Line, string? Id, ScreeningStatus Status, ImmutableArray<MatchHit> Hits, ImmutableArray<Diagnostic> Errors)
{
    /// <summary>The best hit's score, or 0 without hits.</summary>
    public double BestScore => Hits.IsDefaultOrEmpty ? 0 : Hits[0].Score;

    /// <summary>The relations of the screening run, from which each hit's subject's relatives are written.</summary>
    public Relations.RelationGraph Relations { get; init; } = Vigil.Screening.Relations.RelationGraph.Empty;
}
