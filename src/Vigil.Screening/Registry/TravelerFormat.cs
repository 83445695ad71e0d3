using System.Collections.Immutable;

namespace Vigil.Screening.Registry;

/// <summary>A format of traveler files screened in batch.</summary>
/// <param name="Name">The name used on the command line (<c>jsonl</c>).</param>
/// <param name="Description">What it is, for help texts.</param>
public sealed record TravelerFormat(string Name, string Description)
{
    /// <summary>File name endings that say a file is in this format, lower case.</summary>
    public ImmutableArray<string> Extensions { get; init; } = [];
}
