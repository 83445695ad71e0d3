namespace Vigil.Screening.Messages;

/// <summary>Where a stored message stands. Stored as its number: never renumbered.</summary>
public enum MessageState
{
    /// <summary>Stored and parsed, its travelers not screened yet. A message stays here when the process stops
    /// between recording and screening, so an operator can find it and replay it.</summary>
    Received = 0,

    /// <summary>Its travelers were screened (<see cref="MessageRecord.ScreeningSummary"/> says how it went).</summary>
    Screened = 1,

    /// <summary>Unreadable, or invalid with no traveler recovered: kept whole for an operator to look at and replay.</summary>
    Quarantined = 2,

    /// <summary>A copy of an earlier message (<see cref="MessageRecord.DuplicateOf"/>): stored, never screened.</summary>
    Duplicate = 3,

    /// <summary>Superseded by a copy with corrected bytes (<see cref="MessageRecord.ReplacedBy"/>).</summary>
    Replayed = 4,
}
