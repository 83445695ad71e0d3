using System.Collections.Immutable;
using Vigil.Formats.Lists;
using Vigil.Screening.Lists;

namespace Vigil.Screening.Registry;

/// <summary>A watch-list file format Vigil imports: its name, its reader, and the files that go with it.</summary>
/// <param name="Name">The name used on the command line, in the API and in provenance (<c>un-xml</c>).</param>
/// <param name="Description">What it is, for help texts.</param>
/// <param name="Reader">The reader.</param>
public sealed record ListFormat(string Name, string Description, IListReader Reader)
{
    /// <summary>File name endings that say a file is in this format (<c>.xml</c>), lower case.</summary>
    public ImmutableArray<string> Extensions { get; init; } = [];

    /// <summary>Files read beside the main file when they exist there (OFAC: <c>alt.csv</c>, <c>add.csv</c>,
    /// <c>sdn_comments.csv</c>).</summary>
    public ImmutableArray<string> Companions { get; init; } = [];

    /// <summary>The main file when a folder is given instead of a file (OFAC: <c>sdn.csv</c>), or null when the
    /// format is one file.</summary>
    public string? FolderMainFile { get; init; }

    /// <summary>Makes the list file of a main stream and its companions.</summary>
    /// <param name="name">The main file's name, without folder.</param>
    /// <param name="main">The main file's bytes.</param>
    /// <param name="openCompanion">Opens a companion by name from beside the main file, or gives null when there
    /// is none; the caller disposes what it opened.</param>
    public ListFile Open(string name, Stream main, Func<string, Stream?> openCompanion)
    {
        ArgumentNullException.ThrowIfNull(openCompanion);
        Dictionary<string, (Stream, string)> companions = new(StringComparer.Ordinal);
        foreach (string companion in Companions)
        {
            if (openCompanion(companion) is { } stream)
            {
                companions[companion] = (stream, companion);
            }
        }

        return new ListFile(name, main) { Companions = companions };
    }
}
