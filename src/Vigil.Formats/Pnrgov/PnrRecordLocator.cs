using Vigil.Formats.Edifact;

namespace Vigil.Formats.Pnrgov;

/// <summary>One record locator of a PNR (an RCI data element).</summary>
/// <param name="Carrier">The airline or system that holds the record.</param>
/// <param name="Locator">The record locator.</param>
/// <param name="CreatedAt">When the record was created, if sent.</param>
public sealed record PnrRecordLocator(string? Carrier, string? Locator, LocalDateTime? CreatedAt);
