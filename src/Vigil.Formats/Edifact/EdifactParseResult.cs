using Vigil.Formats.Diagnostics;

namespace Vigil.Formats.Edifact;

/// <summary>What reading an interchange gave: the outcome, every issue, the interchange header and the messages.</summary>
/// <typeparam name="TMessage">The message model (PAXLST or PNRGOV).</typeparam>
/// <param name="Outcome">Valid, invalid (errors, data still returned) or unreadable (no usable data).</param>
/// <param name="Issues">Every problem found, in the order found; each carries its segment position.</param>
/// <param name="Interchange">The UNB header, or null when the input has none.</param>
/// <param name="Messages">One per UNH, in file order, including messages with errors.</param>
public sealed record EdifactParseResult<TMessage>(
    EdifactOutcome Outcome,
    IReadOnlyList<Diagnostic> Issues,
    EdifactInterchange? Interchange,
    IReadOnlyList<TMessage> Messages)
    where TMessage : class
{
    /// <summary>True when at least one issue is an error.</summary>
    public bool HasErrors => Outcome != EdifactOutcome.Valid;
}
