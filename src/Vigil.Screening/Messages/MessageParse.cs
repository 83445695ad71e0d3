namespace Vigil.Screening.Messages;

/// <summary>What parsing a message gave, as the store keeps it: the outcome, the issues, how many travelers were
/// read, and the envelope data used to recognise duplicates.</summary>
/// <param name="Outcome">Valid, invalid (travelers still read) or unreadable.</param>
/// <param name="IssuesJson">The parser's issues as a JSON document (an array, as written by <c>vigil parse --json</c>);
/// opaque to the store, which keeps and returns the text exactly.</param>
/// <param name="TravelerCount">Travelers read, which will be screened.</param>
public sealed record MessageParse(ParseOutcome Outcome, string IssuesJson, int TravelerCount)
{
    /// <summary>Issues that are errors.</summary>
    public int ErrorCount { get; init; }

    /// <summary>Issues that are warnings.</summary>
    public int WarningCount { get; init; }

    /// <summary>The interchange sender (UNB element 2), or null when the format has none or it could not be read.</summary>
    public string? Sender { get; init; }

    /// <summary>The interchange recipient (UNB element 3), or null.</summary>
    public string? Recipient { get; init; }

    /// <summary>The interchange control reference (UNB element 5), or null.</summary>
    /// <remarks>With <see cref="Sender"/>, identifies an interchange: a second one with the same pair is a duplicate.</remarks>
    public string? InterchangeControlReference { get; init; }

    /// <summary>A short description of the content for listings (<c>PAXLST 745 XX123 2026-03-01</c>), or null.</summary>
    public string? Summary { get; init; }

    /// <summary>True when the message goes to quarantine rather than to screening: it is unreadable, or invalid
    /// without a single traveler recovered (an operator must look at it, since nothing of it would be screened).</summary>
    public bool RequiresQuarantine => Outcome == ParseOutcome.Unreadable || (Outcome == ParseOutcome.Invalid && TravelerCount == 0);
}
