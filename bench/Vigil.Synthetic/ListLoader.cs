using Vigil.Domain;
using Vigil.Formats.Lists;

namespace Vigil.Synthetic;

/// <summary>Reads a list file the way <c>vigil screen --index PATH --index-format F</c> does: the same readers, OFAC's
/// companion files found beside <c>sdn.csv</c>, and the list named after the file or folder.</summary>
internal static class ListLoader
{
    public static readonly string[] Formats = ["un-xml", "ofac-csv", "vigil-jsonl"];

    private static readonly string[] OfacCompanions = ["alt.csv", "add.csv", "sdn_comments.csv"];

    /// <summary>Reads <paramref name="path"/> (for <c>ofac-csv</c>, <c>sdn.csv</c> or the folder holding it).</summary>
    /// <exception cref="FileNotFoundException">There is no such file.</exception>
    public static ListReadResult Read(string path, string format)
    {
        IListReader reader = format switch
        {
            "un-xml" => new UnConsolidatedListReader(),
            "ofac-csv" => new OfacSdnReader(),
            "vigil-jsonl" => new VigilJsonlReader(),
            _ => throw new ArgumentException($"unknown list format '{format}'; use {string.Join(", ", Formats)}.", nameof(format)),
        };
        string full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(path));
        string file = Directory.Exists(full) && format == "ofac-csv" ? Path.Combine(full, "sdn.csv") : full;
        if (!File.Exists(file))
        {
            throw new FileNotFoundException($"no list file '{file}'.", file);
        }

        List<Stream> streams = [];
        try
        {
            Stream main = OpenRead(file);
            streams.Add(main);
            Dictionary<string, (Stream, string)> companions = new(StringComparer.Ordinal);
            if (format == "ofac-csv")
            {
                foreach (string name in OfacCompanions)
                {
                    string companion = Path.Combine(Path.GetDirectoryName(file)!, name);
                    if (File.Exists(companion))
                    {
                        Stream stream = OpenRead(companion);
                        streams.Add(stream);
                        companions[name] = (stream, name);
                    }
                }
            }

            ListReadOptions options = new(Path.GetFileName(full), Path.GetFileName(file), ListingCategory.SecondaryScreening)
            {
                // Synthetic lists of millions of subjects may be larger than the default guard against runaway input.
                // Not long.MaxValue: the readers' metering adds one to the limit.
                MaxBytes = 1L << 40,
            };
            return reader.Read(new ListInput(main) { Companions = companions }, options);
        }
        finally
        {
            streams.ForEach(s => s.Dispose());
        }
    }

    private static FileStream OpenRead(string path) =>
        new(path, new FileStreamOptions { Mode = FileMode.Open, Access = FileAccess.Read, Share = FileShare.Read, BufferSize = 1 << 16 });
}
