namespace Vigil.Formats.Diagnostics;

/// <summary>A problem found in input: a stable code, a severity, a message and where.</summary>
/// <param name="Code">A stable code from the format's catalogue, such as <c>VGL-UN004</c>.</param>
/// <param name="Severity">Error or warning.</param>
/// <param name="Message">What was expected and what was found, in one sentence.</param>
/// <param name="Position">Where.</param>
public sealed record Diagnostic(string Code, DiagnosticSeverity Severity, string Message, SourcePosition Position)
{
    /// <summary>True for an error.</summary>
    public bool IsError => Severity == DiagnosticSeverity.Error;

    /// <summary>The compiler-style form: <c>file:line:column: CODE: message (field 'x', at /path)</c>.</summary>
    public override string ToString()
    {
        string detail = Position.ToDetail();
        return $"{Position.ToPrefix()}: {(IsError ? "error" : "warning")} {Code}: {Message}{(detail.Length == 0 ? string.Empty : " " + detail)}";
    }
}
