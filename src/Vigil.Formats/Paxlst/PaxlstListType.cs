namespace Vigil.Formats.Paxlst;

/// <summary>Whom a PAXLST message lists: passengers or crew, never both (WCO/IATA/ICAO API Guidelines).</summary>
public enum PaxlstListType
{
    /// <summary>Passengers (BGM 745; also 266 flight close-out and 655 gate pass).</summary>
    Passenger = 1,

    /// <summary>Crew (BGM 250; also 336 master crew list).</summary>
    Crew = 2,
}
