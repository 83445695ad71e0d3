namespace Vigil.Screening.Messages;

/// <summary>What parsing a received message gave, as a whole. Stored as its number: never renumbered.</summary>
public enum ParseOutcome
{
    /// <summary>No error (warnings may remain): every traveler was read.</summary>
    Valid = 0,

    /// <summary>Errors were found, but the structure held: the travelers that could be read are screened.</summary>
    Invalid = 1,

    /// <summary>Nothing usable: the message is kept in quarantine for an operator.</summary>
    Unreadable = 2,
}
