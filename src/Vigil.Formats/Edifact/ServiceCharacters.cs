namespace Vigil.Formats.Edifact;

/// <summary>The six service characters of an EDIFACT interchange, from its UNA segment or the defaults
/// (ISO 9735-1 §7 and §8).</summary>
/// <remarks>
/// The UNA segment gives them in this order: component separator, data element separator, decimal mark, release
/// character, repetition separator (syntax version 4; a space means "not used"), segment terminator. Every character
/// is printable ASCII. <see cref="Default"/> is <c>:</c> <c>+</c> <c>.</c> <c>?</c> <c>*</c> <c>'</c>.
/// </remarks>
/// <param name="ComponentSeparator">Separates the components of a composite data element (default <c>:</c>).</param>
/// <param name="DataElementSeparator">Separates the data elements of a segment (default <c>+</c>).</param>
/// <param name="DecimalMark">The decimal mark of numeric values (default <c>.</c>).</param>
/// <param name="ReleaseCharacter">Makes the next character literal (default <c>?</c>).</param>
/// <param name="RepetitionSeparator">Separates repeated data elements in syntax version 4 (default <c>*</c>); a space
/// when not used.</param>
/// <param name="SegmentTerminator">Ends a segment (default <c>'</c>).</param>
public readonly record struct ServiceCharacters(
    char ComponentSeparator,
    char DataElementSeparator,
    char DecimalMark,
    char ReleaseCharacter,
    char RepetitionSeparator,
    char SegmentTerminator)
{
    /// <summary>The service characters used when an interchange has no UNA: <c>:+.?*'</c>.</summary>
    public static ServiceCharacters Default { get; } = new(':', '+', '.', '?', '*', '\'');

    /// <summary>The six characters as a UNA segment writes them after <c>UNA</c>.</summary>
    public override string ToString() =>
        new([ComponentSeparator, DataElementSeparator, DecimalMark, ReleaseCharacter, RepetitionSeparator, SegmentTerminator]);

    /// <summary>Reads the six characters that follow <c>UNA</c>, checking that they can be used.</summary>
    /// <param name="text">The six bytes after <c>UNA</c>.</param>
    /// <param name="characters">The service characters when the result is null.</param>
    /// <returns>Null when usable, else why not (one sentence, for a diagnostic).</returns>
    /// <remarks>Each character must be printable ASCII and neither a letter nor a digit (letters and digits make
    /// segment tags); only the repetition separator may be a space; no two may be the same, spaces aside
    /// (ISO 9735-1 §7.1).</remarks>
    internal static string? TryRead(ReadOnlySpan<byte> text, out ServiceCharacters characters)
    {
        characters = default;
        if (text.Length < 6)
        {
            return $"UNA must be followed by six service characters; found {text.Length}";
        }

        string[] names = ["component separator", "data element separator", "decimal mark", "release character", "repetition separator", "segment terminator"];
        for (int i = 0; i < 6; i++)
        {
            byte b = text[i];
            if (b == (byte)' ' && i == 4)
            {
                continue;
            }

            if (b is <= 0x20 or >= 0x7F || char.IsAsciiLetterOrDigit((char)b))
            {
                return $"the {names[i]} in UNA is {Describe(b)}, which cannot be a service character";
            }

            for (int j = 0; j < i; j++)
            {
                if (text[j] == b)
                {
                    return $"the {names[j]} and the {names[i]} in UNA are the same character '{(char)b}'";
                }
            }
        }

        characters = new((char)text[0], (char)text[1], (char)text[2], (char)text[3], (char)text[4], (char)text[5]);
        return null;
    }

    /// <summary>A byte as a diagnostic shows it: the character for printable ASCII, else its hexadecimal value.</summary>
    internal static string Describe(byte b) => b is > 0x20 and < 0x7F ? $"'{(char)b}'" : b == 0x20 ? "a space" : $"the byte 0x{b:X2}";
}
