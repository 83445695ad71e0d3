namespace Vigil.Testing;

/// <summary>Finds the repository (the folder holding <c>Vigil.slnx</c>) and the shared data beside it.</summary>
public static class RepositoryRoot
{
    private static readonly Lazy<string> Root = new(Find);

    /// <summary>The repository root.</summary>
    public static string Path => Root.Value;

    /// <summary>A path in the shared data folder beside the repository (<c>../shared/data</c>), which holds
    /// public list files too large or not ours to commit.</summary>
    public static string SharedData(params string[] parts) =>
        System.IO.Path.GetFullPath(System.IO.Path.Combine([Path, "..", "shared", "data", .. parts]));

    private static string Find()
    {
        for (DirectoryInfo? directory = new(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(directory.FullName, "Vigil.slnx")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No Vigil.slnx above {AppContext.BaseDirectory}: tests must run from a build inside the repository.");
    }
}
