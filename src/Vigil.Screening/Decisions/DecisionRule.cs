namespace Vigil.Screening.Decisions;

/// <summary>The rule of the decision policy that produced a decision. Stored as its number: never renumbered.</summary>
public enum DecisionRule
{
    /// <summary>No hit at or above the review threshold: board.</summary>
    NoHit = 0,

    /// <summary>Only hits on <c>monitor</c> entries: board, and a review item for analysts.</summary>
    Monitor = 1,

    /// <summary>A hit on a <c>secondary-screening</c> entry: selectee.</summary>
    SecondaryScreening = 2,

    /// <summary>A hit on a <c>no-board</c> entry: contact the authority.</summary>
    NoBoardEntry = 3,

    /// <summary>A confident hit on a subject recorded as detained, convicted or deceased: contact the authority,
    /// reviewed first (escape, unrecorded release or identity fraud).</summary>
    CustodyAnomaly = 4,

    /// <summary>The traveler's document number equals a listed document of a <c>no-board</c> entry, and the names
    /// agree: no-board at once.</summary>
    DocumentNoBoard = 5,

    /// <summary>An analyst's decision replaced the policy's.</summary>
    Analyst = 6,
}
