namespace Vigil.Formats.Edifact;

/// <summary>The status of transfer of a message sent in parts (UNH data element S010): which part, and whether more
/// are to come.</summary>
/// <param name="Sequence">The part's sequence number (<c>01</c> is 1), or null when not a number.</param>
/// <param name="IsFinal">True for the final part (<c>F</c>), false when more are to come (<c>C</c>), null when not
/// given.</param>
public readonly record struct MessagePart(int? Sequence, bool? IsFinal);
