namespace Vigil.Formats.Tests.Mrz;

/// <summary>Builds machine readable zones of fictitious documents with correct check digits.</summary>
/// <remarks>The check digit here is written independently of <c>CheckDigit</c> (from the Doc 9303 definition), so
/// the tests do not trust the code under test to build their input.</remarks>
internal static class MrzSamples
{
    /// <summary>The reference date of the tests.</summary>
    public static readonly DateOnly Today = new(2025, 6, 1);

    public static char Check(string data)
    {
        int[] weights = [7, 3, 1];
        int sum = 0;
        for (int i = 0; i < data.Length; i++)
        {
            char c = data[i];
            int value = c == '<' ? 0 : char.IsAsciiDigit(c) ? c - '0' : c - 'A' + 10;
            sum += value * weights[i % 3];
        }

        return (char)('0' + (sum % 10));
    }

    public static string Pad(string text, int length) => text.PadRight(length, '<');

    public static string Text(params string[] lines) => string.Join('\n', lines) + "\n";

    /// <summary>A TD3 passport (2 x 44), or an MRV-A visa when the code starts with V (no personal number check, no
    /// composite).</summary>
    public static string[] Td3(
        string code = "P<", string state = "NOR", string name = "TESTPERSON<<AUGUSTA<MAE", string number = "VG4417203",
        string nationality = "NOR", string dob = "810314", char sex = 'F', string expiry = "330902", string personal = "AB12345")
    {
        string line1 = Pad(code + state + name, 44);
        if (code[0] == 'V')
        {
            string visa = Pad(number, 9) + Check(Pad(number, 9)) + nationality + dob + Check(dob) + sex + expiry + Check(expiry) + Pad(personal, 16);
            return [line1, visa];
        }

        string personalField = Pad(personal, 14);
        char personalCheck = personal.Length == 0 ? '<' : Check(personalField);
        string body = Pad(number, 9) + Check(Pad(number, 9)) + nationality + dob + Check(dob) + sex + expiry + Check(expiry) + personalField + personalCheck;
        string composite = body[..10] + body[13..20] + body[21..43];
        return [line1, body + Check(composite)];
    }

    /// <summary>A TD2 card (2 x 36), or an MRV-B visa when the code starts with V; long TD2 numbers overflow into
    /// the optional data.</summary>
    public static string[] Td2(
        string code = "I<", string state = "NOR", string name = "TESTPERSON<<AUGUSTA<MAE", string number = "VG4417203",
        string nationality = "NOR", string dob = "810314", char sex = 'F', string expiry = "330902", string optional = "")
    {
        string line1 = Pad(code + state + name, 36);
        string numberField, optionalField;
        if (number.Length > 9)
        {
            numberField = number[..9] + "<";
            optionalField = number[9..] + Check(number) + "<" + optional;
        }
        else
        {
            numberField = Pad(number, 9) + Check(Pad(number, 9));
            optionalField = optional;
        }

        string dates = nationality + dob + Check(dob) + sex + expiry + Check(expiry);
        if (code[0] == 'V')
        {
            return [line1, numberField + dates + Pad(optionalField, 8)];
        }

        string body = numberField + dates + Pad(optionalField, 7);
        string composite = body[..10] + body[13..20] + body[21..35];
        return [line1, body + Check(composite)];
    }

    /// <summary>A TD1 card (3 x 30); long numbers overflow into the optional data of the upper line.</summary>
    public static string[] Td1(
        string code = "I<", string state = "NOR", string number = "VG4417203", string optional1 = "",
        string dob = "810314", char sex = 'F', string expiry = "330902", string nationality = "NOR", string optional2 = "",
        string name = "TESTPERSON<<AUGUSTA<MAE")
    {
        string line1 = number.Length > 9
            ? Pad(code + state + number[..9] + "<" + number[9..] + Check(number) + "<" + optional1, 30)
            : Pad(code + state + Pad(number, 9) + Check(Pad(number, 9)) + optional1, 30);
        string line2Body = dob + Check(dob) + sex + expiry + Check(expiry) + nationality + Pad(optional2, 11);
        string composite = line1[5..30] + line2Body[..7] + line2Body[8..15] + line2Body[18..29];
        return [line1, line2Body + Check(composite), Pad(name, 30)];
    }

    /// <summary>Replaces the character at a column (from 1) of a line (from 1).</summary>
    public static string[] With(string[] lines, int line, int column, char c)
    {
        string[] copy = [.. lines];
        char[] chars = copy[line - 1].ToCharArray();
        chars[column - 1] = c;
        copy[line - 1] = new string(chars);
        return copy;
    }

    /// <summary>Recomputes the composite check digit of a TD1, TD2 or TD3 zone after a change, so that only the
    /// changed field's own check can fail.</summary>
    public static string[] WithComposite(string[] lines)
    {
        if (lines.Length == 3)
        {
            string body = lines[1][..29];
            return [lines[0], body + Check(lines[0][5..30] + body[..7] + body[8..15] + body[18..29]), lines[2]];
        }

        if (lines[0][0] == 'V')
        {
            return lines;
        }

        int width = lines[1].Length;
        string data = lines[1][..(width - 1)];
        return [lines[0], data + Check(data[..10] + data[13..20] + data[21..(width - 1)])];
    }

    /// <summary>Another digit than <paramref name="c"/>, for breaking a check digit.</summary>
    public static char OtherDigit(char c) => c == '7' ? '2' : '7';
}
