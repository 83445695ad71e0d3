using Vigil.Domain;

namespace Vigil.Formats.Lists;

/// <summary>What a list reader needs to know besides the bytes.</summary>
/// <param name="ListName">The Vigil list the subjects go to; part of each <see cref="SubjectId"/>.</param>
/// <param name="SourceName">The name of the input used in diagnostics (usually the file name as given).</param>
/// <param name="DefaultCategory">The listing category for formats that do not carry one (UN, OFAC).</param>
public sealed record ListReadOptions(string ListName, string SourceName, ListingCategory DefaultCategory)
{
    /// <summary>Set on every listing read; null to leave it unset.</summary>
    public Provenance? Provenance { get; init; }

    /// <summary>Largest input accepted, in bytes; beyond it the reader stops with an error.</summary>
    public long MaxBytes { get; init; } = 512L * 1024 * 1024;

    /// <summary>Told the number of bytes read so far, now and then, for a progress bar.</summary>
    public IProgress<long>? Progress { get; init; }
}
