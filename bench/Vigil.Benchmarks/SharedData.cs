namespace Vigil.Benchmarks;

/// <summary>Finds the repository (the folder holding <c>Vigil.slnx</c>) and the shared data beside it
/// (<c>../shared/data</c>), which holds public list files that are not committed.</summary>
internal static class SharedData
{
    private static readonly Lazy<string> Root = new(FindRoot);

    /// <summary>A path in the shared data folder.</summary>
    public static string Path(params string[] parts) =>
        System.IO.Path.GetFullPath(System.IO.Path.Combine([Root.Value, "..", "shared", "data", .. parts]));

    private static string FindRoot()
    {
        // BenchmarkDotNet runs each benchmark in a process built below this project's bin folder; the working
        // directory is the second place to look, for runs from elsewhere.
        foreach (string start in new[] { AppContext.BaseDirectory, Environment.CurrentDirectory })
        {
            for (DirectoryInfo? directory = new(start); directory is not null; directory = directory.Parent)
            {
                if (File.Exists(System.IO.Path.Combine(directory.FullName, "Vigil.slnx")))
                {
                    return directory.FullName;
                }
            }
        }

        throw new InvalidOperationException(
            $"No Vigil.slnx above {AppContext.BaseDirectory} or {Environment.CurrentDirectory}: run the benchmarks from a build inside the repository.");
    }
}
