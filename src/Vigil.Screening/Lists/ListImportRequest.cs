using System.Collections.Immutable;
using Vigil.Domain;

namespace Vigil.Screening.Lists;

/// <summary>A parsed list file, ready to be applied to the store as one transaction.</summary>
/// <param name="ListName">The list.</param>
/// <param name="Format">The format it was read from.</param>
/// <param name="Provenance">File name, SHA-256 and time of the import.</param>
/// <param name="Actor">Who runs the import.</param>
/// <param name="Subjects">Every subject of the new version of the list.</param>
public sealed record ListImportRequest(string ListName, string Format, Provenance Provenance, string Actor, ImmutableArray<Subject> Subjects)
{
    /// <summary>Compute and return the diff without changing anything.</summary>
    public bool DryRun { get; init; }

    /// <summary>Told how many subjects were written so far, for a progress bar.</summary>
    public IProgress<int>? Progress { get; init; }
}
