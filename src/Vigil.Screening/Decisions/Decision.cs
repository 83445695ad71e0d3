namespace Vigil.Screening.Decisions;

/// <summary>What the carrier is told for one traveler. Stored as its number: never renumbered.</summary>
/// <remarks>Ordered by severity: a larger value is a stronger answer, and the strongest answer any hit calls for
/// is the traveler's.</remarks>
public enum Decision
{
    /// <summary>Board: no hit at or above the review threshold, or only hits that change nothing for the carrier.</summary>
    Board = 0,

    /// <summary>Board, with secondary screening at the gate.</summary>
    Selectee = 1,

    /// <summary>Boarding pass inhibited until the authority answers.</summary>
    Contact = 2,

    /// <summary>Do not board.</summary>
    NoBoard = 3,
}
