using System.Collections.Immutable;
using Vigil.Formats.Diagnostics;

namespace Vigil.Screening.Lists;

/// <summary>What an import attempt gave: either a rejected file with its diagnostics, or the store's outcome.</summary>
/// <param name="Diagnostics">Every problem found in the file, errors and warnings.</param>
/// <param name="Outcome">What the store did; null when the file was rejected.</param>
/// <param name="SubjectsRead">Subjects read from the file.</param>
/// <param name="Sha256">The SHA-256 identifying the file (see <see cref="ListImportService"/>).</param>
public sealed record ListImportResult(ImmutableArray<Diagnostic> Diagnostics, ListImportOutcome? Outcome, int SubjectsRead, string Sha256)
{
    /// <summary>True when the file was rejected and nothing was written.</summary>
    public bool IsRejected => Outcome is null;
}
