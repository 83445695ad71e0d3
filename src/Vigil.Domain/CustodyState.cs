namespace Vigil.Domain;

/// <summary>Custody and legal status of a subject: what public lists do not carry.</summary>
/// <remarks>Values are stored; never renumber them.</remarks>
public enum CustodyState
{
    /// <summary>No information.</summary>
    Unknown = 0,

    /// <summary>Free and whereabouts unknown or abroad.</summary>
    AtLarge = 1,

    /// <summary>Held by a state, an armed force or a camp authority (<see cref="CustodyStatus.Authority"/>).</summary>
    Detained = 2,

    /// <summary>Released from detention.</summary>
    Released = 3,

    /// <summary>Returned to a country (<see cref="CustodyStatus.Country"/>).</summary>
    Repatriated = 4,

    /// <summary>Charged and awaiting or under trial.</summary>
    UnderProsecution = 5,

    /// <summary>Convicted.</summary>
    Convicted = 6,

    /// <summary>Acquitted.</summary>
    Acquitted = 7,

    /// <summary>Reported dead, not confirmed.</summary>
    DeceasedReported = 8,

    /// <summary>Death confirmed.</summary>
    DeceasedConfirmed = 9,

    /// <summary>Citizenship revoked by a state (<see cref="CustodyStatus.Country"/>).</summary>
    CitizenshipRevoked = 10,

    /// <summary>Without any citizenship.</summary>
    Stateless = 11,
}
