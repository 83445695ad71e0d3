using Vigil.Formats.Diagnostics;
using Vigil.Screening.Messages;

namespace Vigil.Screening.Checks;

/// <summary>The answer to an interactive API request: the CUSRES message, and what became of the request.</summary>
/// <param name="Cusres">The UN/EDIFACT CUSRES answer, one response per traveler (or the error answer).</param>
/// <param name="Outcome">How the request read.</param>
/// <param name="Checks">The checks made, one per traveler, in request order; empty when the request could not be read.</param>
public sealed record InteractiveAnswer(byte[] Cusres, ParseOutcome Outcome, IReadOnlyList<CheckAnswer> Checks)
{
    /// <summary>The request's issues.</summary>
    public IReadOnlyList<Diagnostic> Issues { get; init; } = [];

    /// <summary>For a request that could not be answered traveler by traveler, the message kept in quarantine.</summary>
    public long? QuarantinedMessageId { get; init; }

    /// <summary>Why no traveler was answered, or null when they were.</summary>
    public string? Refusal { get; init; }
}
