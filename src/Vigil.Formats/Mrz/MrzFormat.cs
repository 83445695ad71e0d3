namespace Vigil.Formats.Mrz;

/// <summary>The layout of a machine readable zone (ICAO Doc 9303 Parts 4 to 7).</summary>
/// <remarks>The JSON form is the name in capitals without a hyphen: <c>TD1</c>, <c>TD2</c>, <c>TD3</c>,
/// <c>MRVA</c>, <c>MRVB</c>.</remarks>
public enum MrzFormat
{
    /// <summary>Three lines of 30 characters: identity cards (Doc 9303 Part 5).</summary>
    Td1 = 1,

    /// <summary>Two lines of 36 characters: larger identity cards (Doc 9303 Part 6).</summary>
    Td2 = 2,

    /// <summary>Two lines of 44 characters: passports (Doc 9303 Part 4).</summary>
    Td3 = 3,

    /// <summary>Two lines of 44 characters: full-size visas, document code starting with <c>V</c> (Doc 9303 Part 7).</summary>
    MrvA = 4,

    /// <summary>Two lines of 36 characters: smaller visas, document code starting with <c>V</c> (Doc 9303 Part 7).</summary>
    MrvB = 5,
}
