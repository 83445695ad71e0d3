using System.Collections.Immutable;
using Vigil.Domain;

namespace Vigil.Screening.Statistics;

/// <summary>Subjects whose custody status went from one state to another within a period.</summary>
/// <param name="From">The status before (<see cref="CustodyState.Unknown"/> for a subject's first entry).</param>
/// <param name="To">The status after.</param>
/// <param name="Subjects">Who moved, each once per move (a subject that moved twice the same way within the period is
/// named twice), in subject id order.</param>
public sealed record CustodyTransition(CustodyState From, CustodyState To, ImmutableArray<SubjectId> Subjects)
{
    /// <summary>How many moves.</summary>
    public int Count => Subjects.Length;
}
