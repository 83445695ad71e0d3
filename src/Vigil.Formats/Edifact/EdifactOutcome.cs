namespace Vigil.Formats.Edifact;

/// <summary>What became of an interchange: read whole, read with errors, or not readable at all.</summary>
public enum EdifactOutcome
{
    /// <summary>No error was found; there may be warnings.</summary>
    Valid = 0,

    /// <summary>Errors were found; everything that could be recovered is still returned.</summary>
    Invalid = 1,

    /// <summary>No usable data: for example the service characters cannot be determined, or the input is empty.</summary>
    Unreadable = 2,
}
