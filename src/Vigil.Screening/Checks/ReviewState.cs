namespace Vigil.Screening.Checks;

/// <summary>Where a review item stands. Stored as its number: never renumbered.</summary>
public enum ReviewState
{
    /// <summary>Waiting for an analyst.</summary>
    Open = 0,

    /// <summary>Confirmed once; a no-board answer waits for a second person.</summary>
    AwaitingSecond = 1,

    /// <summary>Moved to supervisors.</summary>
    Escalated = 2,

    /// <summary>Decided: confirmed or cleared.</summary>
    Closed = 3,

    /// <summary>Withdrawn: the listed entry it was about left its list.</summary>
    Withdrawn = 4,
}
