namespace Vigil.Formats.Mrz;

/// <summary>The check digits of machine readable zones (ICAO Doc 9303 Part 3, section 4.9).</summary>
/// <remarks>Each character has a value (digits as themselves, <c>A</c> = 10 ... <c>Z</c> = 35, the filler
/// <c>&lt;</c> = 0); the values are multiplied by the repeating weights 7, 3, 1 from the first character and
/// summed; the check digit is the sum modulo 10.</remarks>
public static class CheckDigit
{
    /// <summary>The value of one character, or -1 for a character outside <c>A-Z</c>, <c>0-9</c> and <c>&lt;</c>.</summary>
    public static int ValueOf(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= 'A' and <= 'Z' => c - 'A' + 10,
        '<' => 0,
        _ => -1,
    };

    /// <summary>Computes the check digit of <paramref name="data"/>.</summary>
    /// <returns>The digit 0 to 9, or -1 when the data holds a character outside <c>A-Z</c>, <c>0-9</c> and <c>&lt;</c>.</returns>
    public static int Compute(ReadOnlySpan<char> data)
    {
        int sum = 0;
        for (int i = 0; i < data.Length; i++)
        {
            int value = ValueOf(data[i]);
            if (value < 0)
            {
                return -1;
            }

            sum += value * (i % 3) switch { 0 => 7, 1 => 3, _ => 1 };
        }

        return sum % 10;
    }

    /// <summary>Computes the check digit of data given in several parts, read one after the other (the composite check).</summary>
    /// <returns>The digit 0 to 9, or -1 when a part holds a character outside <c>A-Z</c>, <c>0-9</c> and <c>&lt;</c>.</returns>
    public static int Compute(ReadOnlySpan<char> first, ReadOnlySpan<char> second, ReadOnlySpan<char> third = default, ReadOnlySpan<char> fourth = default)
    {
        int sum = 0, position = 0;
        return Add(first, ref sum, ref position) && Add(second, ref sum, ref position) && Add(third, ref sum, ref position)
            && Add(fourth, ref sum, ref position)
            ? sum % 10
            : -1;
    }

    /// <summary>True when <paramref name="checkDigit"/> is the right check digit for <paramref name="data"/>.</summary>
    /// <remarks>When the data is only fillers (an empty optional field), both <c>&lt;</c> and <c>0</c> are accepted,
    /// as Doc 9303 allows.</remarks>
    public static bool IsValid(ReadOnlySpan<char> data, char checkDigit)
    {
        int computed = Compute(data);
        if (computed < 0)
        {
            return false;
        }

        return checkDigit == (char)('0' + computed) || (checkDigit == '<' && IsAllFillers(data));
    }

    /// <summary>True when the span is empty or holds only fillers (<c>&lt;</c>).</summary>
    internal static bool IsAllFillers(ReadOnlySpan<char> data) => !data.ContainsAnyExcept('<');

    private static bool Add(ReadOnlySpan<char> part, ref int sum, ref int position)
    {
        foreach (char c in part)
        {
            int value = ValueOf(c);
            if (value < 0)
            {
                return false;
            }

            sum += value * (position % 3) switch { 0 => 7, 1 => 3, _ => 1 };
            position++;
        }

        return true;
    }
}
