using Vigil.Formats.Csv;

namespace Vigil.Formats.Tests.Csv;

public sealed class CsvReaderTests
{
    private static List<List<string>> ReadAll(string text, string? emptyMarker = null)
    {
        CsvReader reader = new(new StringReader(text), emptyMarker);
        List<List<string>> records = [];
        List<string> fields = [];
        while (reader.TryRead(fields))
        {
            records.Add([.. fields]);
        }

        return records;
    }

    [Fact]
    public void Reads_plain_and_quoted_fields_with_doubled_quotes_and_commas()
    {
        List<List<string>> records = ReadAll("1,\"a, b\",\"say \"\"hi\"\"\"\r\n2,x,\r\n");

        Assert.Equal(2, records.Count);
        Assert.Equal(["1", "a, b", "say \"hi\""], records[0]);
        Assert.Equal(["2", "x", string.Empty], records[1]);
    }

    [Fact]
    public void Keeps_line_breaks_inside_quotes_and_counts_lines_after_them()
    {
        CsvReader reader = new(new StringReader("1,\"two\r\nlines\"\n2,\"x\"\r3,y"));
        List<string> fields = [];

        Assert.True(reader.TryRead(fields));
        Assert.Equal("two\r\nlines", fields[1]);
        Assert.Equal(1, reader.RecordLine);
        Assert.True(reader.TryRead(fields));
        Assert.Equal(3, reader.RecordLine);
        Assert.Equal((3, 3), reader.FieldPosition(1));
        Assert.True(reader.TryRead(fields));
        Assert.Equal(4, reader.RecordLine);
        Assert.Equal(["3", "y"], fields);
        Assert.False(reader.TryRead(fields));
    }

    [Theory]
    [InlineData("-0-")]
    [InlineData("-0- ")]
    [InlineData(" -0- ")]
    public void Reads_the_empty_marker_as_an_empty_field(string marker)
    {
        List<List<string>> records = ReadAll($"1,{marker},\"-0-x\"", "-0-");

        Assert.Equal(["1", string.Empty, "-0-x"], records[0]);
    }

    [Fact]
    public void Skips_empty_lines_and_the_dos_end_of_file_mark()
    {
        List<List<string>> records = ReadAll("1,a\r\n\r\n2,b\r\n\u001A");

        Assert.Equal(2, records.Count);
        Assert.Equal(["2", "b"], records[1]);
    }

    [Fact]
    public void Reports_an_unterminated_quote_at_its_opening_quote()
    {
        CsvReader reader = new(new StringReader("1,a\r\n2,\"open\r\nstill open"));
        List<string> fields = [];
        reader.TryRead(fields);

        Assert.True(reader.TryRead(fields));

        CsvProblem problem = Assert.Single(reader.Problems);
        Assert.Equal(new CsvProblem(CsvProblemKind.UnterminatedQuote, 2, 3, 1), problem);
        Assert.Equal("open\r\nstill open", fields[1]);
        Assert.False(reader.TryRead(fields));
    }

    [Theory]
    [InlineData("1,\"a\"b,c", nameof(CsvProblemKind.TextAfterClosingQuote), 1, 6, 1, "ab")]
    [InlineData("1,a\"b,c", nameof(CsvProblemKind.QuoteInUnquotedField), 1, 4, 1, "a\"b")]
    public void Keeps_stray_quotes_as_data_and_reports_where(string text, string kindName, int line, int column, int field, string value)
    {
        CsvProblemKind kind = Enum.Parse<CsvProblemKind>(kindName);
        CsvReader reader = new(new StringReader(text));
        List<string> fields = [];

        Assert.True(reader.TryRead(fields));

        Assert.Equal(new CsvProblem(kind, line, column, field), Assert.Single(reader.Problems));
        Assert.Equal(value, fields[field]);
        Assert.Equal(3, fields.Count);
    }

    [Fact]
    public void Reads_a_field_that_spans_the_internal_buffer()
    {
        string big = new('x', 40_000);

        List<List<string>> records = ReadAll($"1,\"{big}\",2\n3,4,5");

        Assert.Equal(big, records[0][1]);
        Assert.Equal(["3", "4", "5"], records[1]);
    }
}
