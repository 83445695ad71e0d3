namespace Vigil.Screening.Checks;

/// <summary>What an analyst decides of a review item. Stored as its number: never renumbered.</summary>
public enum ReviewOutcome
{
    /// <summary>The traveler is the listed subject: the policy's answer stands, a contact becoming no-board (with a
    /// second person).</summary>
    Confirm = 0,

    /// <summary>A false match: the traveler boards (selectee where a secondary-screening hit on another entry
    /// remains).</summary>
    Clear = 1,

    /// <summary>Moved to supervisors, who alone decide it from then on.</summary>
    Escalate = 2,
}
