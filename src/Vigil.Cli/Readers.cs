using Vigil.Formats.Lists;

namespace Vigil.Cli;

/// <summary>The list formats the CLI can import.</summary>
internal static class Readers
{
    public static IReadOnlyList<IListReader> All { get; } =
    [
        new UnConsolidatedListReader(),
        new OfacSdnReader(),
        new VigilJsonlReader(),
    ];

    public static string[] Formats { get; } = [.. All.Select(r => r.Format)];
}
