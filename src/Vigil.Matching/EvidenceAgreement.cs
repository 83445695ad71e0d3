namespace Vigil.Matching;

/// <summary>How the traveler's value compares with the listed one.</summary>
/// <remarks>The numbers are stable.</remarks>
public enum EvidenceAgreement
{
    /// <summary>The same: the same day of birth, or a nationality the subject holds.</summary>
    Same = 1,

    /// <summary>A date of birth within a listed one (its year or month, its range, two years either side of an
    /// approximate date), without being the same day.</summary>
    Within = 2,

    /// <summary>A date of birth about a year (at most a year and a half) from the closest listed one.</summary>
    Near = 3,

    /// <summary>Different: a date of birth years from every listed one, a nationality the subject is not listed with,
    /// another gender.</summary>
    Differs = 4,

    /// <summary>A date of birth so far (13 years or more: another generation) from every listed one that it is another person.</summary>
    Contradicts = 5,
}
