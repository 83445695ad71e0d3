namespace Vigil.Cli;

/// <summary>A test hook: with <c>VIGIL_FAULT_PAUSE_AFTER=N</c> set, an import stops for ever after writing N
/// subjects, inside its transaction, after saying so on standard error. The crash tests kill the process there
/// and check that the database is exactly as before.</summary>
internal static class FaultInjection
{
    public const string PauseAfterVariable = "VIGIL_FAULT_PAUSE_AFTER";

    public static IProgress<int>? Wrap(IProgress<int>? inner, TextWriter error)
    {
        if (!int.TryParse(Environment.GetEnvironmentVariable(PauseAfterVariable), out int pauseAfter) || pauseAfter <= 0)
        {
            return inner;
        }

        bool paused = false;
        return new Output.Callback<int>(written =>
        {
            inner?.Report(written);
            if (!paused && written >= pauseAfter)
            {
                paused = true;
                error.WriteLine($"vigil: fault injection: paused after writing {written} subjects");
                error.Flush();
                Thread.Sleep(Timeout.Infinite);
            }
        });
    }
}
