using Vigil.Domain;
using Vigil.Formats.Lists;
using Vigil.Screening.Lists;
using Vigil.Screening.Registry;

namespace Vigil.Synthetic;

/// <summary>Reads a list file the way <c>vigil screen --index PATH --index-format F</c> does: the formats of
/// <see cref="FormatRegistry"/>, their companion files found beside the main file, and the list named after the
/// file or folder.</summary>
internal static class ListLoader
{
    public static readonly string[] Formats = [.. FormatRegistry.ListNames];

    /// <summary>Reads <paramref name="path"/> (for <c>ofac-csv</c>, <c>sdn.csv</c> or the folder holding it).</summary>
    /// <exception cref="FileNotFoundException">There is no such file.</exception>
    public static ListReadResult Read(string path, string format)
    {
        ListFormat listFormat = FormatRegistry.FindList(format)
            ?? throw new ArgumentException($"unknown list format '{format}'; use {string.Join(", ", Formats)}.", nameof(format));
        string full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(path));
        string file = Directory.Exists(full) && listFormat.FolderMainFile is { } main ? Path.Combine(full, main) : full;
        if (!File.Exists(file))
        {
            throw new FileNotFoundException($"no list file '{file}'.", file);
        }

        List<Stream> streams = [];
        try
        {
            Stream opened = OpenRead(file);
            streams.Add(opened);
            ListFile list = listFormat.Open(Path.GetFileName(file), opened, name =>
            {
                string companion = Path.Combine(Path.GetDirectoryName(file)!, name);
                if (!File.Exists(companion))
                {
                    return null;
                }

                Stream stream = OpenRead(companion);
                streams.Add(stream);
                return stream;
            });
            ListReadOptions options = new(Path.GetFileName(full), Path.GetFileName(file), ListingCategory.SecondaryScreening)
            {
                // Synthetic lists of millions of subjects may be larger than the default guard against runaway input.
                // Not long.MaxValue: the readers' metering adds one to the limit.
                MaxBytes = 1L << 40,
            };
            return listFormat.Reader.Read(new ListInput(list.Main) { Companions = list.Companions }, options);
        }
        finally
        {
            streams.ForEach(s => s.Dispose());
        }
    }

    private static FileStream OpenRead(string path) =>
        new(path, new FileStreamOptions { Mode = FileMode.Open, Access = FileAccess.Read, Share = FileShare.Read, BufferSize = 1 << 16 });
}
