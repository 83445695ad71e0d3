using System.Collections.Immutable;
using Vigil.Formats.Diagnostics;
using Vigil.Formats.Travelers;

namespace Vigil.Screening.Evaluation;

/// <summary>A labelled query file read: the labels to score with and the travelers to screen.</summary>
/// <param name="Queries">The labels of every scorable line, in file order.</param>
/// <param name="Travelers">Every non-blank line as a traveler to screen (a line with bad traveler fields is an error
/// line, which the scoring counts as clear, as <c>score.py</c> counts an engine's error line).</param>
/// <param name="Skipped">The errors of lines that cannot be scored at all: not a JSON object, or no id.</param>
public sealed record LabelledQuerySet(ImmutableArray<LabelledQuery> Queries, ImmutableArray<TravelerLine> Travelers, ImmutableArray<Diagnostic> Skipped);
