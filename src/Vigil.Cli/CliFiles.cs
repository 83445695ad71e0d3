using Vigil.Cli.Output;

namespace Vigil.Cli;

/// <summary>The files a command reads and writes, where <c>-</c> means standard input or standard output.</summary>
internal static class CliFiles
{
    /// <summary>The name that stands for standard input or output.</summary>
    public const string Standard = "-";

    public static bool IsStandard(string path) => path == Standard;

    /// <summary>The name shown in messages and recorded as source: the file name, or <c>stdin</c>.</summary>
    public static string SourceName(string path) => IsStandard(path) ? "stdin" : Path.GetFileName(path);

    /// <summary>Opens a file to read, or standard input for <c>-</c>.</summary>
    /// <param name="env">The environment (standard input).</param>
    /// <param name="path">The path or <c>-</c>.</param>
    /// <param name="what">What the file should hold, for the message when <paramref name="path"/> is a folder.</param>
    public static Stream OpenInput(CliEnvironment env, string path, string what)
    {
        if (IsStandard(path))
        {
            return env.OpenStandardInput();
        }

        if (!File.Exists(path))
        {
            throw new CliException(Directory.Exists(path) ? $"'{path}' is a directory; give the {what}." : $"no file '{path}'.");
        }

        return ListFiles.OpenRead(path);
    }

    /// <summary>Creates (or replaces) a file to write, or gives standard output for <c>-</c>.</summary>
    public static Stream CreateOutput(CliEnvironment env, string path) => IsStandard(path)
        ? new TextWriterStream(env.Output)
        : new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);

    /// <summary>Creates an empty output (a file of nothing, or nothing on standard output).</summary>
    public static async Task CreateEmptyAsync(CliEnvironment env, string path)
    {
        await using Stream stream = CreateOutput(env, path);
    }

    /// <summary>Says where results went: the file's path, or <c>standard output</c>.</summary>
    public static string Describe(string path) => IsStandard(path) ? "standard output" : path;
}
