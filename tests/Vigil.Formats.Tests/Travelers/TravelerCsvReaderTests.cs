using System.Text;
using Vigil.Domain;
using Vigil.Formats.Diagnostics;
using Vigil.Formats.Travelers;

namespace Vigil.Formats.Tests.Travelers;

public sealed class TravelerCsvReaderTests
{
    private static List<TravelerLine> Read(string text, string? source = "travelers.csv")
    {
        using MemoryStream stream = new(Encoding.UTF8.GetBytes(text));
        return [.. TravelerCsvReader.Read(stream, source)];
    }

    private static Diagnostic SingleError(TravelerLine line) => Assert.Single(line.Errors);

    [Fact]
    public void Reads_every_field_under_header_names_in_any_order_and_case()
    {
        List<TravelerLine> lines = Read(
            "Document_Number,SURNAME,Given Names,id,Sex,Date of Birth,nationality,documentCountry,document-type,seat\n"
            + "X123,Testperson,Anna Maria,t-1,F,1979-05,fra,BEL,P,12A\n");

        TravelerLine line = Assert.Single(lines);
        TravelerRecord traveler = Assert.IsType<TravelerRecord>(line.Traveler);
        Assert.Equal(2, line.Line);
        Assert.Equal("t-1", traveler.Id);
        Assert.Null(traveler.Name);
        Assert.Equal("Anna Maria", traveler.GivenNames);
        Assert.Equal("Testperson", traveler.FamilyName);
        Assert.Equal(PartialDate.OfYearMonth(1979, 5), traveler.DateOfBirth);
        Assert.Equal(CountryCode.Of("FRA"), traveler.Nationality);
        Assert.Equal(Gender.Female, traveler.Gender);
        Assert.Equal("X123", traveler.DocumentNumber);
        Assert.Equal(CountryCode.Of("BEL"), traveler.DocumentCountry);
        Assert.Equal(DocumentType.Passport, traveler.DocumentType);
    }

    [Fact]
    public void Keeps_quoted_commas_quotes_and_line_breaks_as_data()
    {
        List<TravelerLine> lines = Read("id,name\r\nt-1,\"Example, \"\"Tester\"\"\nJunior\"\r\nt-2,Plain Name\r\n");

        Assert.Equal(2, lines.Count);
        Assert.Equal("Example, \"Tester\"\nJunior", lines[0].Traveler!.Name);
        Assert.Equal(4, lines[1].Line);
        Assert.Equal("Plain Name", lines[1].Traveler!.Name);
    }

    [Fact]
    public void A_byte_order_mark_and_blank_lines_are_tolerated()
    {
        List<TravelerLine> lines = Read("\uFEFFid,name\n\nt-1,Sample Person\n\n");

        TravelerLine line = Assert.Single(lines);
        Assert.Equal(3, line.Line);
        Assert.Equal("t-1", line.Traveler!.Id);
    }

    [Fact]
    public void Each_bad_value_is_an_error_at_its_line_column_and_header_name_and_reading_goes_on()
    {
        List<TravelerLine> lines = Read(
            "id,name,dob,nationality,gender,documentType\n"
            + "t-1,Sample Person,1988-02-30,France,W,library-card\n"
            + "t-2,Other Person,1990,DEU,M,\n");

        Assert.Equal(2, lines.Count);
        Assert.Null(lines[0].Traveler);
        Assert.Equal("t-1", lines[0].Id);
        Assert.Equal(
            [
                (TravelerDiagnostics.InvalidDateCode, 2, 19, "dob"),
                (TravelerDiagnostics.InvalidCountryCode, 2, 30, "nationality"),
                (TravelerDiagnostics.InvalidGenderCode, 2, 37, "gender"),
                (TravelerDiagnostics.UnknownDocumentTypeCode, 2, 39, "documentType"),
            ],
            lines[0].Errors.Select(e => (e.Code, e.Position.Line!.Value, e.Position.Column!.Value, e.Position.Field!)));
        Assert.Equal("travelers.csv", lines[0].Errors[0].Position.Source);
        Assert.Equal("Other Person", lines[1].Traveler!.Name);
    }

    [Fact]
    public void A_record_with_too_many_fields_is_located_at_the_first_extra_field()
    {
        List<TravelerLine> lines = Read("id,name\nt-1,Doe, John\n");

        Diagnostic error = SingleError(Assert.Single(lines));
        Assert.Equal(TravelerDiagnostics.FieldCountCode, error.Code);
        Assert.Equal((2, 9), (error.Position.Line, error.Position.Column));
        Assert.Contains("3 fields where the header has 2", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_record_with_too_few_fields_is_an_error()
    {
        List<TravelerLine> lines = Read("id,name,dob\nt-1,Sample Person\n");

        Diagnostic error = SingleError(Assert.Single(lines));
        Assert.Equal(TravelerDiagnostics.FieldCountCode, error.Code);
        Assert.Equal("t-1", lines[0].Id);
    }

    [Fact]
    public void Missing_id_name_and_document_number_are_errors_of_the_record()
    {
        List<TravelerLine> lines = Read("id,name,documentNumber,documentCountry\n,,,FRA\n");

        Assert.Equal(
            [TravelerDiagnostics.MissingIdCode, TravelerDiagnostics.MissingNameCode, TravelerDiagnostics.MissingDocumentNumberCode],
            Assert.Single(lines).Errors.Select(e => e.Code));
    }

    [Theory]
    [InlineData("passenger,name\n", "no 'id' column")]
    [InlineData("id,seat\n", "no 'name' column")]
    [InlineData("id,surname,lastName\n", "columns 'surname' and 'lastName' both give the family name")]
    public void A_header_without_what_is_needed_makes_the_file_unreadable_with_one_located_error(string header, string why)
    {
        List<TravelerLine> lines = Read(header + "t-1,x\nt-2,y\n");

        Diagnostic error = SingleError(Assert.Single(lines));
        Assert.Equal(TravelerDiagnostics.BadHeaderCode, error.Code);
        Assert.Equal(1, error.Position.Line);
        Assert.Contains(why, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unterminated_quote_is_an_error_where_the_field_starts()
    {
        List<TravelerLine> lines = Read("id,name\nt-1,\"Sample Person\n");

        Diagnostic error = Assert.Single(lines).Errors.First(e => e.Code == TravelerDiagnostics.CsvSyntaxCode);
        Assert.Equal((2, 5), (error.Position.Line, error.Position.Column));
        Assert.Equal("name", error.Position.Field);
    }

    [Fact]
    public void A_field_longer_than_the_limit_is_cut_and_reported_without_holding_it_whole()
    {
        string huge = new('a', TravelerCsvReader.MaxFieldChars * 50);
        List<TravelerLine> lines = Read($"id,name\nt-1,{huge}\nt-2,Sample Person\n");

        Assert.Equal(2, lines.Count);
        Diagnostic error = SingleError(lines[0]);
        Assert.Equal(TravelerDiagnostics.CsvSyntaxCode, error.Code);
        Assert.Contains("longer than 4096 characters", error.Message, StringComparison.Ordinal);
        Assert.Equal("Sample Person", lines[1].Traveler!.Name);
    }

    [Fact]
    public void An_empty_file_gives_no_travelers()
    {
        Assert.Empty(Read(string.Empty));
    }
}
