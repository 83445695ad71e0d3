namespace Vigil.Domain;

/// <summary>What a match against a listing means for the traveler's journey.</summary>
public enum ListingCategory
{
    /// <summary>Must not board: the carrier receives a no-board decision.</summary>
    NoBoard = 1,

    /// <summary>May board after secondary screening.</summary>
    SecondaryScreening = 2,

    /// <summary>Travel is recorded and the listing authority informed; the traveler is not stopped.</summary>
    Monitor = 3,
}
