using Vigil.Formats.Lists;
using Vigil.Screening.Flights;
using Vigil.Screening.Messages;

namespace Vigil.Screening.Registry;

/// <summary>Every format Vigil reads, in one place: watch lists, traveler files and travel messages. Hosts take
/// their choices, help texts and format guesses from here.</summary>
public static class FormatRegistry
{
    /// <summary>Watch-list formats, in the order help texts list them.</summary>
    public static IReadOnlyList<ListFormat> Lists { get; } =
    [
        new("un-xml", "UN Security Council consolidated list (XML)", new UnConsolidatedListReader()) { Extensions = [".xml"] },
        new("ofac-csv", "OFAC SDN legacy CSV: sdn.csv with alt.csv, add.csv and sdn_comments.csv beside it", new OfacSdnReader())
        {
            Extensions = [".csv"],
            Companions = ["alt.csv", "add.csv", "sdn_comments.csv"],
            FolderMainFile = "sdn.csv",
        },
        new("vigil-jsonl", "Vigil's own list format, one subject per JSON line", new VigilJsonlReader()) { Extensions = [".jsonl"] },
    ];

    /// <summary>Traveler file formats.</summary>
    public static IReadOnlyList<TravelerFormat> Travelers { get; } =
    [
        new(MessageFormats.Jsonl, "one JSON object per line") { Extensions = [".jsonl", ".json"] },
        new(MessageFormats.Csv, "CSV with a header row naming the columns") { Extensions = [".csv"] },
    ];

    /// <summary>Travel message formats.</summary>
    public static IReadOnlyList<MessageFormat> Messages { get; } =
    [
        new(MessageFormats.Paxlst, "UN/EDIFACT PAXLST: advance passenger information (passenger and crew lists)"),
        new(MessageFormats.Pnrgov, "UN/EDIFACT PNRGOV: passenger name records"),
        new(MessageFormats.Mrz, "the machine readable zone of a passport, card or visa (ICAO 9303)"),
    ];

    /// <summary>The names of the list formats.</summary>
    public static IReadOnlyList<string> ListNames { get; } = [.. Lists.Select(f => f.Name)];

    /// <summary>The names of the message formats.</summary>
    public static IReadOnlyList<string> MessageNames { get; } = [.. Messages.Select(f => f.Name)];

    /// <summary>The names of everything <c>vigil screen --in</c> reads: traveler files, then messages.</summary>
    public static IReadOnlyList<string> ScreenableNames { get; } = [.. Travelers.Select(f => f.Name), .. MessageNames];

    /// <summary>The list format of this name, or null.</summary>
    public static ListFormat? FindList(string? name) => Lists.FirstOrDefault(f => string.Equals(f.Name, name, StringComparison.Ordinal));

    /// <summary>True when <paramref name="name"/> is a message format.</summary>
    public static bool IsMessage(string? name) => MessageNames.Contains(name, StringComparer.Ordinal);

    /// <summary>The list format a path names by its ending; a folder is a format read from a folder (OFAC).</summary>
    /// <returns>The format, or null when nothing tells.</returns>
    public static ListFormat? GuessList(string path, bool isDirectory)
    {
        ArgumentNullException.ThrowIfNull(path);
        return isDirectory
            ? Lists.FirstOrDefault(f => f.FolderMainFile is not null)
            : Lists.FirstOrDefault(f => f.Extensions.Any(e => path.EndsWith(e, StringComparison.OrdinalIgnoreCase)));
    }

    /// <summary>The format of a file given to <c>vigil screen</c>: by its name's ending, else by its first bytes
    /// (a JSON object is a traveler line; a UNH naming PAXLST or PNRGOV, or a zone, is a message).</summary>
    /// <param name="fileName">The file name (an ending may say the format), or null for standard input.</param>
    /// <param name="head">The first bytes of the file (4 KiB are enough).</param>
    /// <returns>A traveler or message format name; <c>jsonl</c> when nothing tells.</returns>
    public static string GuessScreenable(string? fileName, ReadOnlySpan<byte> head)
    {
        if (fileName is not null && Travelers.FirstOrDefault(f => f.Extensions.Any(e => fileName.EndsWith(e, StringComparison.OrdinalIgnoreCase))) is { } traveler)
        {
            return traveler.Name;
        }

        return head.TrimStart(" \t\r\n\uFEFF"u8).StartsWith("{"u8) ? MessageFormats.Jsonl : MessageReader.Sniff(head) ?? MessageFormats.Jsonl;
    }
}
