using Vigil.Formats.Mrz;

namespace Vigil.Formats.Tests.Mrz;

public sealed class CheckDigitTests
{
    [Theory]
    [InlineData("740812", 2)] // FORMATS.md §4: 7x7 + 4x3 + 0x1 + 8x7 + 1x3 + 2x1 = 122
    [InlineData("L898902C<", 3)] // Doc 9303 Part 4 specimen passport number
    [InlineData("D23145890", 7)] // Doc 9303 Part 5 specimen card number
    [InlineData("D23145890734", 9)] // the long number of the Part 5 example, over all its characters
    [InlineData("120415", 9)]
    [InlineData("ZE184226B<<<<<", 1)]
    [InlineData("<<<<<<", 0)]
    [InlineData("", 0)]
    public void Computes_the_check_digit_with_weights_7_3_1(string data, int expected)
    {
        Assert.Equal(expected, CheckDigit.Compute(data));
    }

    [Fact]
    public void Agrees_with_the_independent_implementation_of_the_tests_on_every_character()
    {
        const string alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ<";
        Random random = new(9303);
        for (int i = 0; i < 2_000; i++)
        {
            char[] data = new char[random.Next(1, 40)];
            for (int j = 0; j < data.Length; j++)
            {
                data[j] = alphabet[random.Next(alphabet.Length)];
            }

            string text = new(data);
            Assert.Equal(MrzSamples.Check(text) - '0', CheckDigit.Compute(text));
        }
    }

    [Fact]
    public void Gives_minus_one_for_a_character_outside_the_zone_alphabet()
    {
        Assert.Equal(-1, CheckDigit.Compute("L898a02C<"));
        Assert.Equal(-1, CheckDigit.Compute("L898 02C<"));
        Assert.Equal(-1, CheckDigit.ValueOf('é'));
    }

    [Fact]
    public void Composite_of_parts_equals_the_check_digit_of_the_parts_joined()
    {
        // Doc 9303 Part 4 specimen: composite check digit 0 over line 2 columns 1-10, 14-20 and 22-43.
        Assert.Equal(0, CheckDigit.Compute("L898902C36", "7408122", "1204159ZE184226B<<<<<1"));
        Assert.Equal(CheckDigit.Compute("ABC123XYZ"), CheckDigit.Compute("ABC", "123", "XY", "Z"));
    }

    [Fact]
    public void An_empty_field_may_carry_a_filler_or_zero_but_a_filled_one_needs_its_digit()
    {
        Assert.True(CheckDigit.IsValid("<<<<<<<<<<<<<<", '<'));
        Assert.True(CheckDigit.IsValid("<<<<<<<<<<<<<<", '0'));
        Assert.False(CheckDigit.IsValid("<<<<<<<<<<<<<<", '1'));
        Assert.True(CheckDigit.IsValid("740812", '2'));
        Assert.False(CheckDigit.IsValid("740812", '<'));
        Assert.False(CheckDigit.IsValid("740812", '3'));
    }
}
