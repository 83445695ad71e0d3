namespace Vigil.Formats.Paxlst;

/// <summary>Whether a traveler of a PAXLST message is a passenger or a crew member, from the NAD party qualifier.</summary>
public enum PaxlstTravelerType
{
    /// <summary>A passenger (NAD FL, or DDU in transit).</summary>
    Passenger = 1,

    /// <summary>A crew member (NAD FM, or DDT in transit).</summary>
    Crew = 2,
}
