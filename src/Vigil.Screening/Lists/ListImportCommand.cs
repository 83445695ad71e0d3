using Vigil.Domain;

namespace Vigil.Screening.Lists;

/// <summary>How to import a list file.</summary>
/// <param name="ListName">The list to import into.</param>
/// <param name="Format">The file format (<c>un-xml</c>, <c>ofac-csv</c>, <c>vigil-jsonl</c>).</param>
/// <param name="DefaultCategory">The listing category for formats that carry none.</param>
/// <param name="Actor">Who runs the import.</param>
public sealed record ListImportCommand(string ListName, string Format, ListingCategory DefaultCategory, string Actor)
{
    /// <summary>Who runs the import as the audit chain names it (<c>cli:NAME</c>, <c>key:ID</c>); null for <see cref="Actor"/>.</summary>
    public string? AuditActor { get; init; }

    /// <summary>Compute the diff only.</summary>
    public bool DryRun { get; init; }

    /// <summary>Bytes of the main file read so far.</summary>
    public IProgress<long>? ReadProgress { get; init; }

    /// <summary>Subjects written so far.</summary>
    public IProgress<int>? WriteProgress { get; init; }
}
