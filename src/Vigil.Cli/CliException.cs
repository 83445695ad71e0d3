namespace Vigil.Cli;

/// <summary>A failure to report to the user in one short line, with the exit code it maps to.</summary>
internal sealed class CliException(string message, int exitCode = ExitCodes.BadInput) : Exception(message)
{
    public int ExitCode { get; } = exitCode;
}
