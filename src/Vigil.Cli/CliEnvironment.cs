using Spectre.Console;

namespace Vigil.Cli;

/// <summary>Where the CLI writes and what it runs with: real console streams in production, writers in tests.</summary>
internal sealed class CliEnvironment
{
    private IAnsiConsole? _console;
    private IAnsiConsole? _errorConsole;

    public CliEnvironment(TextWriter output, TextWriter error, bool isInteractive, TimeProvider time, Func<Stream>? input = null)
    {
        OpenStandardInput = input ?? System.Console.OpenStandardInput;
        Output = output;
        Error = error;
        IsInteractive = isInteractive;
        Time = time;
    }

    /// <summary>Results: tables or JSON.</summary>
    public TextWriter Output { get; }

    /// <summary>Opens standard input (<c>-</c> as a file name).</summary>
    public Func<Stream> OpenStandardInput { get; }

    /// <summary>Diagnostics, progress and errors.</summary>
    public TextWriter Error { get; }

    /// <summary>True when a person watches a terminal: progress bars and colours are shown.</summary>
    public bool IsInteractive { get; }

    public TimeProvider Time { get; }

    /// <summary>Tables and progress on <see cref="Output"/>; made on first use, since a command that writes JSON or
    /// a results file never needs one (making one detects the terminal: tens of milliseconds of a one-off run).</summary>
    public IAnsiConsole Console => LazyInitializer.EnsureInitialized(ref _console, () => CreateConsole(Output, ansi: IsInteractive));

    /// <summary>Progress and colours on <see cref="Error"/>; made on first use.</summary>
    public IAnsiConsole ErrorConsole => LazyInitializer.EnsureInitialized(ref _errorConsole, () => CreateConsole(Error, ansi: IsInteractive));

    /// <summary>The user recorded as actor of changes.</summary>
    public static string DefaultActor => System.Environment.GetEnvironmentVariable("VIGIL_USER") is { Length: > 0 } user
        ? user
        : System.Environment.UserName;

    /// <summary>The user as the audit chain names him: <c>cli:NAME</c>.</summary>
    public static string AuditActor => $"cli:{DefaultActor}";

    public static CliEnvironment FromConsole()
    {
        bool interactive = !System.Console.IsErrorRedirected && !System.Console.IsOutputRedirected
            && System.Environment.GetEnvironmentVariable("CI") is null;
        return new CliEnvironment(System.Console.Out, System.Console.Error, interactive, TimeProvider.System);
    }

    private static IAnsiConsole CreateConsole(TextWriter writer, bool ansi)
    {
        IAnsiConsole console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = ansi ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = ansi ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = ansi ? InteractionSupport.Detect : InteractionSupport.No,
            Out = new AnsiConsoleOutput(writer),
        });
        if (!ansi)
        {
            // Redirected output has no terminal width; 80 columns would wrap every table and path.
            console.Profile.Width = int.TryParse(System.Environment.GetEnvironmentVariable("COLUMNS"), out int columns) && columns > 40 ? columns : 160;
        }

        return console;
    }
}
