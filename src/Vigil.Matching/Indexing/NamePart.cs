namespace Vigil.Matching.Indexing;

/// <summary>One part of a name, ready for comparison: a Latin spelling, its sound skeleton and its weight.</summary>
/// <param name="Original">The part as written (before romanization), for explanations.</param>
/// <param name="Text">The Latin, folded spelling.</param>
/// <param name="Key">The sound skeleton of <see cref="Text"/>.</param>
/// <param name="IsParticle">True for particles (al, bin, abu, de...): they count little and may be missing on either side.</param>
internal sealed record NamePart(string Original, string Text, string Key, bool IsParticle)
{
    /// <summary>Other plausible spellings (romanization variants; for Latin input a French ch read sh, or a Korean
    /// syllable in the other romanization) with their keys; usually empty for Latin input.</summary>
    public (string Text, string Key)[] Variants { get; init; } = [];

    /// <summary>For a part joined from "Abd" and the next name ("abdrahman"), the key of that next name alone, so
    /// that a document writing the two apart, or mistyping the prefix, still finds it; otherwise null.</summary>
    public string? TailKey { get; init; }

    /// <summary>For a part holding letters a character reader confuses ("rn" read for "m", "vv" for "w"), the part
    /// with them read back ("qasirn" → "qasim") and its key; otherwise null.</summary>
    public (string Text, string Key)? OcrReading { get; init; }

    /// <summary>For a name with the "-ullah" ending ("Ghodratollah"), the key of the name without it, so that a
    /// document writing the short form ("Ghodrat") still finds it; otherwise null.</summary>
    public string? HeadKey { get; init; }
}
