using System.CommandLine;

namespace Vigil.Cli.Commands;

/// <summary>Options every command accepts, before or after its arguments.</summary>
internal static class CommonOptions
{
    public static Option<string?> Db { get; } = new("--db")
    {
        Description = "Database: a SQLite file path or a PostgreSQL connection string (Host=...;Database=... or postgres://...). "
            + "Default: $VIGIL_DB, else the SQLite file in the user's data directory.",
        Recursive = true,
        HelpName = "PATH|CONNECTION",
    };

    public static Option<bool> Json { get; } = new("--json")
    {
        Description = "Write machine-readable JSON to standard output instead of tables.",
        Recursive = true,
    };
}
