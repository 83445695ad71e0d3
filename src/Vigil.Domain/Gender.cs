namespace Vigil.Domain;

/// <summary>Gender as a list or a travel document gives it.</summary>
public enum Gender
{
    /// <summary>Not given.</summary>
    Unknown = 0,

    /// <summary>Male.</summary>
    Male = 1,

    /// <summary>Female.</summary>
    Female = 2,

    /// <summary>Unspecified (ICAO 9303 "X").</summary>
    Unspecified = 3,
}
