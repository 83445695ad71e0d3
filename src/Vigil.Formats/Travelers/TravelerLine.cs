using System.Collections.Immutable;
using Vigil.Formats.Diagnostics;

namespace Vigil.Formats.Travelers;

/// <summary>What one non-blank line of a traveler file gave: a traveler, or the errors that kept it from being read.</summary>
/// <remarks>
/// Exactly one of <see cref="Traveler"/> and a non-empty <see cref="Errors"/> is set. <see cref="Id"/> is the
/// traveler's id whenever it could be read, also on a line with errors, so that a result can still be matched to
/// its input.
/// </remarks>
/// <param name="Line">The line number in the file, from 1 (blank lines count).</param>
/// <param name="Id">The traveler's id, or null when it could not be read.</param>
/// <param name="Traveler">The traveler, or null when the line has an error.</param>
/// <param name="Errors">Every error of the line, in the order found; empty when <paramref name="Traveler"/> is set.</param>
public sealed record TravelerLine(int Line, string? Id, TravelerRecord? Traveler, ImmutableArray<Diagnostic> Errors)
{
    /// <summary>True when the line could not be read as a traveler.</summary>
    public bool IsError => Traveler is null;

    /// <summary>A line read without error.</summary>
    public static TravelerLine Of(int line, TravelerRecord traveler)
    {
        ArgumentNullException.ThrowIfNull(traveler);
        return new TravelerLine(line, traveler.Id, traveler, []);
    }
}
