using Vigil.Screening.Lists;

namespace Vigil.Cli;

/// <summary>Opens a list file and, for OFAC's legacy CSV, the companion files found beside it.</summary>
internal static class ListFiles
{
    private static readonly string[] OfacCompanions = ["alt.csv", "add.csv", "sdn_comments.csv"];

    /// <summary>Opens <paramref name="path"/>; the caller disposes the returned handle, which closes every stream.</summary>
    public static OpenedListFile Open(string path, string format)
    {
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
            Dictionary<string, (Stream, string)> companions = new(StringComparer.Ordinal);
            if (format == "ofac-csv")
            {
                foreach (string name in OfacCompanions)
                {
                    string companion = Path.Combine(file.DirectoryName!, name);
                    if (File.Exists(companion))
                    {
                        Stream stream = OpenRead(companion);
                        streams.Add(stream);
                        companions[name] = (stream, name);
                    }
                }
            }

            return new OpenedListFile(new ListFile(file.Name, main) { Companions = companions }, streams);
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
