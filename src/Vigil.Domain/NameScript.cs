namespace Vigil.Domain;

/// <summary>The writing system a name is written in.</summary>
public enum NameScript
{
    /// <summary>Not determined (empty, digits only, or mixed without a dominant script).</summary>
    Unknown = 0,

    /// <summary>Latin, with or without diacritics.</summary>
    Latin = 1,

    /// <summary>Arabic script (Arabic, Persian, Urdu, Pashto...).</summary>
    Arabic = 2,

    /// <summary>Cyrillic.</summary>
    Cyrillic = 3,

    /// <summary>Greek.</summary>
    Greek = 4,

    /// <summary>Hebrew.</summary>
    Hebrew = 5,

    /// <summary>Chinese characters (Han).</summary>
    Han = 6,

    /// <summary>Korean Hangul.</summary>
    Hangul = 7,

    /// <summary>Japanese kana.</summary>
    Kana = 8,

    /// <summary>Devanagari and other Brahmic scripts.</summary>
    Brahmic = 9,

    /// <summary>Another script.</summary>
    Other = 10,
}
