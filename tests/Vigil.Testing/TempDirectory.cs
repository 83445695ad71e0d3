namespace Vigil.Testing;

/// <summary>A fresh directory under the system temp directory, deleted with everything in it on dispose.</summary>
public sealed class TempDirectory : IDisposable
{
    /// <summary>Creates the directory; <paramref name="prefix"/> names it for whoever finds a leftover.</summary>
    public TempDirectory(string prefix = "vigil-test-") => Path = Directory.CreateTempSubdirectory(prefix).FullName;

    /// <summary>The full path of the directory.</summary>
    public string Path { get; }

    /// <summary>The full path of a file or folder inside the directory.</summary>
    public string Combine(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);

    /// <inheritdoc />
    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A file still open (a server being stopped) must not fail the test: the OS cleans temp in the end.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
