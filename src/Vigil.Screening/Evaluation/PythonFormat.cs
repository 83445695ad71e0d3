using System.Globalization;
using System.Numerics;

namespace Vigil.Screening.Evaluation;

/// <summary>Number formatting as Python's format mini-language does it, so tables match <c>score.py</c> to the digit.</summary>
internal static class PythonFormat
{
    /// <summary>Python's <c>f'{value:.{decimals}f}'</c>: the exact binary value rounded half to even.</summary>
    /// <remarks>.NET's <c>F3</c> rounds an exact tie (0.0625) away from zero where Python rounds it to even, so the
    /// digits are computed exactly here.</remarks>
    public static string Fixed(double value, int decimals)
    {
        if (double.IsNaN(value))
        {
            return "nan";
        }

        if (double.IsInfinity(value))
        {
            return value > 0 ? "inf" : "-inf";
        }

        long bits = BitConverter.DoubleToInt64Bits(Math.Abs(value));
        int exponent = (int)((bits >> 52) & 0x7FF);
        long mantissa = bits & 0xF_FFFF_FFFF_FFFFL;
        if (exponent == 0)
        {
            exponent = 1;
        }
        else
        {
            mantissa |= 1L << 52;
        }

        exponent -= 1075;
        BigInteger scaled = mantissa * BigInteger.Pow(10, decimals);
        BigInteger rounded;
        if (exponent >= 0)
        {
            rounded = scaled << exponent;
        }
        else
        {
            BigInteger denominator = BigInteger.One << -exponent;
            BigInteger quotient = BigInteger.DivRem(scaled, denominator, out BigInteger remainder);
            int half = (remainder * 2).CompareTo(denominator);
            rounded = half > 0 || (half == 0 && !quotient.IsEven) ? quotient + 1 : quotient;
        }

        string digits = rounded.ToString(CultureInfo.InvariantCulture).PadLeft(decimals + 1, '0');
        string text = decimals == 0 ? digits : string.Concat(digits.AsSpan(0, digits.Length - decimals), ".", digits.AsSpan(digits.Length - decimals));
        return double.IsNegative(value) ? "-" + text : text;
    }
}
