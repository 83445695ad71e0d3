namespace Vigil.Matching.Scoring;

/// <summary>How a traveler name part met a list name part.</summary>
internal enum MatchKind : byte
{
    /// <summary>No match.</summary>
    None,

    /// <summary>The same folded spelling.</summary>
    Exact,

    /// <summary>Another romanization of the same name (same sound skeleton, or a listed variant).</summary>
    Transliteration,

    /// <summary>A typo: within the edit-distance budget of the part's length.</summary>
    EditDistance,

    /// <summary>Sound skeletons one sound apart.</summary>
    Phonetic,

    /// <summary>An initial for a whole part.</summary>
    Initial,

    /// <summary>One part on one side, two adjacent parts on the other (Abdulrahman / Abdul Rahman).</summary>
    Joined,

    /// <summary>The same name with and without its "Abd" prefix (Abd al-Rahman / Rahman).</summary>
    WithoutPrefix,

    /// <summary>The same name with and without its "-ullah" ending (Ghodratollah / Ghodrat).</summary>
    WithoutSuffix,

    /// <summary>A name and its nisba, the name with an "-i" ending (Ahmad / Ahmadi): related, not the same.</summary>
    Nisba,

    /// <summary>The same once letters a character reader confuses are read back ("Qasirn" / "Qasim").</summary>
    Ocr,
}

/// <summary>The similarity of two name parts in 0..1, and how it was found.</summary>
/// <param name="Similarity">1 for the same spelling; 0 for unrelated parts.</param>
/// <param name="Kind">How the parts met.</param>
/// <param name="Distance">The edit distance, for <see cref="MatchKind.EditDistance"/>.</param>
internal readonly record struct PartMatch(float Similarity, MatchKind Kind, byte Distance = 0)
{
    public static PartMatch None => default;

    /// <summary>The explanation's words for how the parts met.</summary>
    public string How => Kind switch
    {
        MatchKind.Exact => "exact",
        MatchKind.Transliteration => "transliteration",
        MatchKind.EditDistance => Distance == 1 ? "edit distance 1" : $"edit distance {Distance}",
        MatchKind.Phonetic => "phonetic, one sound apart",
        MatchKind.Initial => "initial",
        MatchKind.Joined => "joined",
        MatchKind.WithoutPrefix => "without the Abd prefix",
        MatchKind.Nisba => "nisba ending",
        MatchKind.WithoutSuffix => "without the -ullah ending",
        MatchKind.Ocr => "character reading (rn/m, vv/w)",
        _ => "none",
    };
}
