using Vigil.Domain;

namespace Vigil.Screening.Lists;

/// <summary>What an import did.</summary>
/// <param name="Diff">Subjects added, changed and removed.</param>
/// <param name="Import">The import as recorded; null for a dry run or when nothing changed.</param>
/// <param name="AlreadyImported">The earlier import of the very same file (same SHA-256) when this one was a no-op because of it.</param>
public sealed record ListImportOutcome(ListDiff Diff, ImportRecord? Import, ImportRecord? AlreadyImported)
{
    /// <summary>True when the store is unchanged.</summary>
    public bool IsNoOp => Import is null;
}
