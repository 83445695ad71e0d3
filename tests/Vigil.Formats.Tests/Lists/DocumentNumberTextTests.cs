using System.Text;
using FsCheck;
using FsCheck.Fluent;
using Vigil.Domain;
using Vigil.Formats.Lists;

namespace Vigil.Formats.Tests.Lists;

/// <summary>The numbers below are invented; the shapes around them are those the UN and OFAC lists write.</summary>
public sealed class DocumentNumberTextTests
{
    [Theory]
    [InlineData("Libyan passport No. 512345", "512345", "LBY")]
    [InlineData("CAR diplomatic passport no. D00001234", "D00001234", "CAF")]
    [InlineData("British number 091234567", "091234567", "GBR")]
    [InlineData("401234567 (US)", "401234567", "USA")]
    [InlineData("Provisional passport No.: 28123456", "28123456", null)]
    [InlineData("Central African Republic number O00012345", "O00012345", "CAF")]
    [InlineData("Laissez-passer no. N°123/MINEX/DIR/SP", "123/MINEX/DIR/SP", null)]
    [InlineData("No12345/678", "12345/678", null)]
    [InlineData("Booklet A1234567", "A1234567", null)]
    [InlineData("Booklet: A7654321", "A7654321", null)]
    [InlineData("#H0012345", "H0012345", null)]
    [InlineData("# ABC-123456", "ABC-123456", null)]
    [InlineData("CNIC: 12345-6789012-3", "12345-6789012-3", null)]
    [InlineData("No.: 0123456, Eritrea, Issue Date 21 August 2006, Expire Date 20 August 2008)", "0123456", "ERI")]
    [InlineData("D000000123, Diplomatic", "D000000123", null)]
    [InlineData("AB123456 Colombia", "AB123456", "COL")]
    [InlineData("C 1234567 - 16/2/1421H", "C 1234567", null)]
    [InlineData("Passport number 12 345 678", "12 345 678", null)]
    public void Reads_the_number_out_of_the_text_around_it(string text, string number, string? country)
    {
        DocumentNumberReading reading = Assert.Single(DocumentNumberText.Read(text));

        Assert.Equal((number, country is null ? null : CountryCode.Of(country), true), (reading.Number, reading.Country, reading.IsReadOutOfText));
    }

    [Theory]
    [InlineData("A1234567")]
    [InlineData("RL 0123456")]
    [InlineData("45 626 584")]
    [InlineData("D123456(7)")]
    [InlineData("TR-P 123456")]
    [InlineData("IMO 1234567")]
    [InlineData("GBR 012345678")]
    [InlineData("50-012345F 50")]
    [InlineData("(ABC)012345")]
    public void Keeps_a_text_that_is_only_a_number_as_written(string text)
    {
        DocumentNumberReading reading = Assert.Single(DocumentNumberText.Read(" " + text + " "));

        Assert.Equal((text, (CountryCode?)null, false), (reading.Number, reading.Country, reading.IsReadOutOfText));
    }

    [Theory]
    [InlineData("issued in Ulm")]
    [InlineData("0-16 Reg 123")]
    [InlineData("61 Some Street")]
    [InlineData("Passport No. 12")]
    [InlineData("expires 2019")]
    public void Keeps_a_text_without_a_recognisable_number_whole(string text)
    {
        DocumentNumberReading reading = Assert.Single(DocumentNumberText.Read(text));

        Assert.Equal((text, false), (reading.Number, reading.IsReadOutOfText));
    }

    [Theory]
    [InlineData("A1234567, B7654321", new[] { "A1234567", "B7654321" })]
    [InlineData("123456789 and 987654321", new[] { "123456789", "987654321" })]
    [InlineData("A1234567; B7654321 or C1112223", new[] { "A1234567", "B7654321", "C1112223" })]
    public void Gives_one_reading_per_number_when_the_text_is_only_numbers(string text, string[] numbers)
    {
        IReadOnlyList<DocumentNumberReading> readings = DocumentNumberText.Read(text);

        Assert.Equal(numbers, readings.Select(r => r.Number));
        Assert.All(readings, r => Assert.True(r.IsReadOutOfText));
    }

    [Fact]
    public void Gives_the_first_number_when_other_numbers_are_dates_or_prose()
    {
        DocumentNumberReading reading = Assert.Single(DocumentNumberText.Read("Passport No. A1234567 issued 12 May 2001, renewed as A7654321"));

        Assert.Equal("A1234567", reading.Number);
    }

    [Theory]
    [InlineData("ID card No. 1234567")]
    [InlineData("NO. 1234567")]
    [InlineData("In Passport No. 1234567")]
    public void Does_not_read_a_word_that_is_also_a_two_letter_code_as_the_country(string text)
    {
        DocumentNumberReading reading = Assert.Single(DocumentNumberText.Read(text));

        Assert.Equal(("1234567", (CountryCode?)null), (reading.Number, reading.Country));
    }

    [Theory]
    [InlineData("No. A1234567,A7654321", "A1234567")]
    [InlineData("Passport No. B2345678;C3456789 (expired)", "B2345678")]
    public void A_comma_or_semicolon_inside_a_word_ends_the_number_after_a_marker(string text, string number)
    {
        DocumentNumberReading reading = Assert.Single(DocumentNumberText.Read(text));

        Assert.Equal(number, reading.Number);
    }

    [Fact]
    public void A_number_read_out_of_text_reads_again_as_itself()
    {
        // Random strings rarely hold markers, countries and numbers; this text is made of them.
        string[] pieces = ["No. ", "No", "N°", "#", "number ", "Booklet: ", "A1234567", "12345", "0", " ", ",", ";", " and ", "(US)", "(",
            ")", "Libyan ", "passport ", "-", "/", ".", "C ", "RL ", "Eritrea", "x", ":"];
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(2000), Prop.ForAll<int[]>(seed =>
        {
            StringBuilder text = new();
            foreach (int i in seed)
            {
                text.Append(pieces[(i & int.MaxValue) % pieces.Length]);
            }

            IReadOnlyList<DocumentNumberReading> readings = DocumentNumberText.Read(text.ToString());
            return readings.Count > 0 && readings.All(r =>
                DocumentNumberText.Read(r.Number) is [{ IsReadOutOfText: false } again] && again.Number == r.Number);
        }));
    }
}
