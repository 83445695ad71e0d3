namespace Vigil.Cli;

/// <summary>What <c>vigil</c> exits with. Documented in the README; scripts depend on them.</summary>
internal static class ExitCodes
{
    /// <summary>Done.</summary>
    public const int Ok = 0;

    /// <summary>Input rejected: a malformed file, an unknown subject, an invalid value.</summary>
    public const int BadInput = 1;

    /// <summary>The command line itself is wrong.</summary>
    public const int Usage = 2;

    /// <summary>The environment failed: database unreachable, file unreadable.</summary>
    public const int Environment = 3;
}
