namespace Vigil.Screening.Lists;

/// <summary>A list file opened by the host: the main stream and, for multi-file formats, its companions.</summary>
/// <param name="Name">The file name to show and to record in provenance (no directory).</param>
/// <param name="Main">The main file's bytes.</param>
public sealed record ListFile(string Name, Stream Main)
{
    /// <summary>Companion files by conventional name (OFAC: <c>alt.csv</c>, <c>add.csv</c>, <c>sdn_comments.csv</c>),
    /// each with its own name for messages.</summary>
    public IReadOnlyDictionary<string, (Stream Stream, string Name)> Companions { get; init; } =
        new Dictionary<string, (Stream, string)>(StringComparer.Ordinal);
}
