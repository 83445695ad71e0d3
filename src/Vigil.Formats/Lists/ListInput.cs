namespace Vigil.Formats.Lists;

/// <summary>The bytes of a list: one main stream plus, for multi-file formats, named companion streams.</summary>
/// <remarks>
/// OFAC's legacy CSV comes as <c>sdn.csv</c> with <c>alt.csv</c>, <c>add.csv</c> and <c>sdn_comments.csv</c>
/// beside it; the host opens the files it finds and passes them by those names. The reader does not own or
/// dispose the streams.
/// </remarks>
/// <param name="Main">The main file.</param>
public sealed record ListInput(Stream Main)
{
    /// <summary>Companion files by their conventional name (<c>alt.csv</c>...), each with the name to use in diagnostics.</summary>
    public IReadOnlyDictionary<string, (Stream Stream, string SourceName)> Companions { get; init; } =
        new Dictionary<string, (Stream, string)>(StringComparer.Ordinal);
}
