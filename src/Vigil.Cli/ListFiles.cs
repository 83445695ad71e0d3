using Vigil.Screening.Lists;
using Vigil.Screening.Registry;

namespace Vigil.Cli;

/// <summary>Opens a list file and the companion files its format reads from beside it (OFAC's legacy CSV).</summary>
internal static class ListFiles
{
    /// <summary>Opens <paramref name="path"/>; the caller disposes the returned handle, which closes every stream.</summary>
    public static OpenedListFile Open(string path, string format)
    {
        ListFormat listFormat = FormatRegistry.FindList(format) ?? throw new CliException($"unknown list format '{format}'.", ExitCodes.Usage);
        FileInfo file = new(path);
        if (!file.Exists)
        {
            throw new CliException(Directory.Exists(path)
                ? $"'{path}' is a directory; give the list file itself (for OFAC: the sdn.csv, with alt.csv, add.csv and sdn_comments.csv beside it)."
                : $"no file '{path}'.");
        }

        List<Stream> streams = [];
        try
        {
            Stream main = OpenRead(file.FullName);
            streams.Add(main);
            ListFile opened = listFormat.Open(file.Name, main, name =>
            {
                string companion = Path.Combine(file.DirectoryName!, name);
                if (!File.Exists(companion))
                {
                    return null;
                }

                Stream stream = OpenRead(companion);
                streams.Add(stream);
                return stream;
            });
            return new OpenedListFile(opened, streams);
        }
        catch
        {
            streams.ForEach(s => s.Dispose());
            throw;
        }
    }

    /// <summary>Opens an input file for sequential reading, shared with other readers.</summary>
    public static FileStream OpenRead(string path) =>
        new(path, new FileStreamOptions { Mode = FileMode.Open, Access = FileAccess.Read, Share = FileShare.Read, BufferSize = 1 << 16 });
}

/// <summary>A list file with its open streams.</summary>
internal sealed class OpenedListFile(ListFile file, List<Stream> streams) : IDisposable
{
    public ListFile File { get; } = file;

    public IReadOnlyList<Stream> Streams => streams;

    public void Dispose() => streams.ForEach(s => s.Dispose());
}
