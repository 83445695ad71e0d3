namespace Vigil.LoadTest;

/// <summary>The decision a check answered, as a small code kept per request.</summary>
internal enum DecisionSeen : byte
{
    /// <summary>No response, or one without a decision (an error status).</summary>
    None = 0,
    Board = 1,
    Selectee = 2,
    Contact = 3,
    NoBoard = 4,

    /// <summary>A <c>decision</c> that is none of the four.</summary>
    Unknown = 5,
}
