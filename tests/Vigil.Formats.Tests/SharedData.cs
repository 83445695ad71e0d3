namespace Vigil.Formats.Tests;

/// <summary>Finds the shared test data (<c>shared/data</c>), which lives beside the repository, never in it.</summary>
internal static class SharedData
{
    private static readonly Lazy<string> Root = new(Find);

    /// <summary>The full path of a file or folder under <c>shared/data</c>, such as <c>un-sample/un-sample.xml</c>.</summary>
    public static string PathOf(string relative)
    {
        string path = Path.Combine(Root.Value, relative);
        if (!File.Exists(path) && !Directory.Exists(path))
        {
            throw new FileNotFoundException($"Shared test data '{relative}' is missing from {Root.Value}.", path);
        }

        return path;
    }

    private static string Find()
    {
        for (DirectoryInfo? dir = new(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            string candidate = Path.Combine(dir.FullName, "shared", "data");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException(
            $"No 'shared/data' folder was found above {AppContext.BaseDirectory}. The tests read the UN and OFAC sample "
            + "files from shared/data beside the repository (for example /work/shared/data next to /work/main).");
    }
}
