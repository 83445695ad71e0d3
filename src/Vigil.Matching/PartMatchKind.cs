namespace Vigil.Matching;

/// <summary>How a traveler name part met a list name part.</summary>
/// <remarks>The numbers are stable. A pair of an explanation (<see cref="NamePartPair.How"/>) is never
/// <see cref="None"/>.</remarks>
public enum PartMatchKind : byte
{
    /// <summary>No match.</summary>
    None = 0,

    /// <summary>The same folded spelling.</summary>
    Exact = 1,

    /// <summary>Another romanization of the same name (same sound skeleton, or a listed variant).</summary>
    Transliteration = 2,

    /// <summary>A typo: within the edit-distance budget of the part's length.</summary>
    EditDistance = 3,

    /// <summary>Sound skeletons one sound apart.</summary>
    Phonetic = 4,

    /// <summary>An initial for a whole part.</summary>
    Initial = 5,

    /// <summary>One part on one side, two or three adjacent parts on the other (Abdulrahman / Abdul Rahman).</summary>
    Joined = 6,

    /// <summary>The same name with and without its "Abd" prefix (Abd al-Rahman / Rahman).</summary>
    WithoutPrefix = 7,

    /// <summary>The same name with and without its "-ullah" ending (Ghodratollah / Ghodrat).</summary>
    WithoutSuffix = 8,

    /// <summary>A name and its nisba, the name with an "-i" ending (Ahmad / Ahmadi): related, not the same.</summary>
    Nisba = 9,

    /// <summary>The same once letters a character reader confuses are read back ("Qasirn" / "Qasim").</summary>
    Ocr = 10,

    /// <summary>A long part written cut short to its beginning ("Maximil" / "Maximilian"): weaker than a
    /// transliteration.</summary>
    Shortened = 11,
}
