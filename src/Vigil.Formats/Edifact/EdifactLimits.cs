namespace Vigil.Formats.Edifact;

/// <summary>Bounds that keep hostile or broken input from exhausting memory or time.</summary>
/// <remarks>Beyond a bound the parser reports a located error and stops reading what lies beyond it; it never
/// throws. Lengths are in bytes as received (after CR and LF are removed).</remarks>
public sealed record EdifactLimits
{
    /// <summary>The default limits: 10 MiB per interchange, 10,000 messages per interchange, 10,000 segments per
    /// message, 500 bytes per data element, 99 data elements per segment, 99 components per data element, 1,000
    /// issues.</summary>
    public static EdifactLimits Default { get; } = new();

    /// <summary>The largest interchange read, in bytes. Reading stops at the last segment that ends within it.</summary>
    public int MaxInterchangeBytes { get; init; } = 10 * 1024 * 1024;

    /// <summary>The most messages of one interchange that are read; later ones are counted for UNZ but not read.</summary>
    public int MaxMessagesPerInterchange { get; init; } = 10_000;

    /// <summary>The most segments of one message (UNH to UNT) that are read; the rest are counted but not read.</summary>
    public int MaxSegmentsPerMessage { get; init; } = 10_000;

    /// <summary>The longest data element, in bytes with its component separators; a longer one is not used.</summary>
    public int MaxElementBytes { get; init; } = 500;

    /// <summary>The most data elements of one segment (after the tag); later ones are not used.</summary>
    public int MaxElementsPerSegment { get; init; } = 99;

    /// <summary>The most components of one data element; later ones are not used.</summary>
    public int MaxComponentsPerElement { get; init; } = 99;

    /// <summary>The most issues reported; one more warning says that others were left out.</summary>
    public int MaxIssues { get; init; } = 1000;
}
