namespace Vigil.Cli.Tests;

/// <summary>Finds the public list data and fixtures kept beside the checkout in <c>shared/data</c>.</summary>
public static class SharedData
{
    public static string Path(params string[] parts)
    {
        for (DirectoryInfo? dir = new(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            string data = System.IO.Path.Combine(dir.FullName, "shared", "data");
            if (Directory.Exists(data))
            {
                return System.IO.Path.Combine([data, .. parts]);
            }
        }

        throw new DirectoryNotFoundException(
            $"shared/data was not found in any folder above {AppContext.BaseDirectory}; the tests read the public lists from there.");
    }

    public static string UnSample => Path("un-sample", "un-sample.xml");

    public static string OfacSdn => Path("ofac-sdn-2019", "sdn.csv");
}
