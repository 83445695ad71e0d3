namespace Vigil.Formats.Mrz;

/// <summary>What reading a machine readable zone gave, as a whole.</summary>
public enum MrzOutcome
{
    /// <summary>No error: every field was read and every check digit agrees (warnings may remain).</summary>
    Valid = 0,

    /// <summary>Errors were found (a failed check digit, a wrong line, a bad character...); every field that could
    /// be read is still returned.</summary>
    Invalid = 1,

    /// <summary>Nothing usable: the input is empty, too large, or does not have the shape of a machine readable zone.</summary>
    Unreadable = 2,
}
