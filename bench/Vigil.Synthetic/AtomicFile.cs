namespace Vigil.Synthetic;

/// <summary>Writes generated files so that a file that exists is complete: the benchmarks cache generated files by
/// their name.</summary>
internal static class AtomicFile
{
    /// <summary>Writes to <c>PATH.partial</c>, then renames it to <paramref name="path"/>; returns the length.</summary>
    public static long Write(string path, Action<Stream> write)
    {
        string full = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        string temporary = full + ".partial";
        long length;
        using (FileStream stream = new(temporary, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 20))
        {
            write(stream);
            length = stream.Length;
        }

        File.Move(temporary, full, overwrite: true);
        return length;
    }
}
