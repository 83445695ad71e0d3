namespace Vigil.Screening.Messages;

/// <summary>What became of a received message.</summary>
public enum IntakeDisposition
{
    /// <summary>Its travelers were screened (and, when recorded, their decisions stored).</summary>
    Screened,

    /// <summary>It repeats an earlier message: stored, not screened again.</summary>
    Duplicate,

    /// <summary>Unreadable, or invalid with no traveler: kept in quarantine.</summary>
    Quarantined,

    /// <summary>Unreadable and not recorded (the caller asked not to keep it).</summary>
    Unreadable,
}
