namespace Vigil.Formats.Diagnostics;

/// <summary>How bad a problem found in input is.</summary>
public enum DiagnosticSeverity
{
    /// <summary>The input is usable but something is odd or was repaired.</summary>
    Warning = 1,

    /// <summary>The input is wrong; what it says there was not used.</summary>
    Error = 2,
}
