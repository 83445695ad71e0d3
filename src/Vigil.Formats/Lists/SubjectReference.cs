using Vigil.Formats.Diagnostics;

namespace Vigil.Formats.Lists;

/// <summary>A subject of another list that a list file names (a relative written <c>LIST:ID</c>), and where.</summary>
/// <param name="ListName">The list named.</param>
/// <param name="SourceId">The list's identifier of the subject.</param>
/// <param name="Position">Where the file names it (line, column, JSON path).</param>
public sealed record SubjectReference(string ListName, string SourceId, SourcePosition Position)
{
    /// <summary>The located error saying that the database has no such subject (<c>VGL-JSONL016</c>).</summary>
    public Diagnostic NotFound() => VigilJsonlDiagnostics.UnknownRelativeInList(Position, ListName, SourceId);
}
