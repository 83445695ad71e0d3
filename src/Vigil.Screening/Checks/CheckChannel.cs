namespace Vigil.Screening.Checks;

/// <summary>How the traveler of a check reached Vigil. Stored as its number: never renumbered.</summary>
public enum CheckChannel
{
    /// <summary>One traveler asked about before boarding (<c>POST /api/v1/checks</c>, JSON or interactive PAXLST).</summary>
    Check = 0,

    /// <summary>A traveler of a received manifest (PAXLST or PNRGOV), through the API or the command line.</summary>
    Manifest = 1,
}
