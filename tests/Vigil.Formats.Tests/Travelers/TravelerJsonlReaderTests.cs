using System.Text;
using FsCheck;
using FsCheck.Fluent;
using Vigil.Domain;
using Vigil.Formats.Diagnostics;
using Vigil.Formats.Travelers;

namespace Vigil.Formats.Tests.Travelers;

public sealed class TravelerJsonlReaderTests
{
    private static List<TravelerLine> Read(string text, string? source = "travelers.jsonl") => Read(Encoding.UTF8.GetBytes(text), source);

    private static List<TravelerLine> Read(byte[] bytes, string? source = "travelers.jsonl")
    {
        using MemoryStream stream = new(bytes);
        return [.. TravelerJsonlReader.Read(stream, source)];
    }

    private static TravelerRecord Single(string line)
    {
        List<TravelerLine> lines = Read(line);
        TravelerLine only = Assert.Single(lines);
        Assert.True(only.Traveler is not null, string.Join("; ", only.Errors));
        return only.Traveler;
    }

    [Fact]
    public void Reads_a_traveler_with_a_whole_name_and_every_optional_field()
    {
        TravelerRecord traveler = Single(
            """{"id":"t-1","name":"Testperson Example","dob":"1979-05-12","nationality":"fra","gender":"F","document":{"number":"X123","country":"BEL","type":"passport"}}""");

        Assert.Equal("t-1", traveler.Id);
        Assert.Equal("Testperson Example", traveler.Name);
        Assert.Null(traveler.GivenNames);
        Assert.Null(traveler.FamilyName);
        Assert.Equal(PartialDate.Of(1979, 5, 12), traveler.DateOfBirth);
        Assert.Equal(CountryCode.Of("FRA"), traveler.Nationality);
        Assert.Equal(Gender.Female, traveler.Gender);
        Assert.Equal("X123", traveler.DocumentNumber);
        Assert.Equal(CountryCode.Of("BEL"), traveler.DocumentCountry);
        Assert.Equal(DocumentType.Passport, traveler.DocumentType);
    }

    [Fact]
    public void Reads_a_name_in_parts_and_leaves_absent_fields_unknown()
    {
        TravelerRecord traveler = Single("""{"id":"t-2","givenNames":"Anna Maria","familyName":"Beispiel"}""");

        Assert.Equal(("Anna Maria", "Beispiel"), (traveler.GivenNames, traveler.FamilyName));
        Assert.Null(traveler.Name);
        Assert.Equal(PartialDate.Unknown, traveler.DateOfBirth);
        Assert.Null(traveler.Nationality);
        Assert.Equal(Gender.Unknown, traveler.Gender);
        Assert.Null(traveler.DocumentNumber);
    }

    [Theory]
    [InlineData("1979", DatePrecision.Year)]
    [InlineData("1979-05", DatePrecision.Month)]
    [InlineData("1979-05-12", DatePrecision.Day)]
    [InlineData("", DatePrecision.Unknown)]
    public void Reads_every_precision_of_date_of_birth(string dob, DatePrecision precision)
    {
        TravelerRecord traveler = Single($$"""{"id":"t","name":"A B","dob":"{{dob}}"}""");

        Assert.Equal(precision, traveler.DateOfBirth.Precision);
        Assert.Equal(dob, traveler.DateOfBirth.ToString());
    }

    [Fact]
    public void Keeps_names_in_any_script_exactly_as_written()
    {
        TravelerRecord traveler = Single("""{"id":"t","name":"  مثال  اختبار ","nationality":"","gender":""}""");

        Assert.Equal("  مثال  اختبار ", traveler.Name);
        Assert.Null(traveler.Nationality);
        Assert.Equal(Gender.Unknown, traveler.Gender);
    }

    [Fact]
    public void Ignores_unknown_properties_such_as_evaluation_labels()
    {
        TravelerRecord traveler = Single(
            """{"id":"q1","kind":"typo","name":"A B","expect":"123","namesakeOf":null,"extra":{"deep":[1,{"x":2}]},"dob":null}""");

        Assert.Equal(("q1", "A B"), (traveler.Id, traveler.Name));
    }

    [Fact]
    public void Takes_a_numeric_id_as_its_text()
    {
        Assert.Equal("12345", Single("""{"id":12345,"name":"A B"}""").Id);
    }

    [Fact]
    public void Skips_blank_lines_but_counts_them()
    {
        List<TravelerLine> lines = Read("{\"id\":\"a\",\"name\":\"A B\"}\n\n   \r\n\t\n{\"id\":\"b\",\"name\":\"C D\"}\r\n\n");

        Assert.Equal([(1, "a"), (5, "b")], lines.Select(l => (l.Line, l.Id)));
        Assert.All(lines, l => Assert.False(l.IsError));
    }

    [Fact]
    public void Tolerates_a_byte_order_mark_and_counts_columns_after_it()
    {
        byte[] bytes = [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes("{\"id\":\"a\",\"name\":\"A B\"}\n{\"id\":\"b\",\"name\":1}")];

        List<TravelerLine> lines = Read(bytes);

        Assert.Equal("a", lines[0].Traveler!.Id);
        Diagnostic error = Assert.Single(lines[1].Errors);
        Assert.Equal((2, 18), (error.Position.Line, error.Position.Column));
    }

    [Fact]
    public void Reads_a_last_line_without_a_line_feed()
    {
        List<TravelerLine> lines = Read("{\"id\":\"a\",\"name\":\"A B\"}\n{\"id\":\"b\",\"name\":\"C D\"}");

        Assert.Equal(["a", "b"], lines.Select(l => l.Id));
    }

    public static TheoryData<string, string, int, string, string?> MalformedLines => new()
    {
        // line, code, column (UTF-16, from 1), field, id when readable
        { """{"id":"t1","name":"A B" """, TravelerDiagnostics.InvalidJsonCode, 25, "$", "t1" },
        { """{"id":"t1","name":"A B"} x""", TravelerDiagnostics.InvalidJsonCode, 26, "$", "t1" },
        { """["t1","A B"]""", TravelerDiagnostics.NotAnObjectCode, 1, "$", null },
        { """  "t1" """, TravelerDiagnostics.NotAnObjectCode, 3, "$", null },
        { """{"name":"A B"}""", TravelerDiagnostics.MissingIdCode, 1, "$", null },
        { """{"id":"","name":"A B"}""", TravelerDiagnostics.MissingIdCode, 7, "$.id", null },
        { """{"id":"t1"}""", TravelerDiagnostics.MissingNameCode, 1, "$", "t1" },
        { """{"id":"t1","name":" ","givenNames":null}""", TravelerDiagnostics.MissingNameCode, 1, "$", "t1" },
        { """{"id":"t1","name":42}""", TravelerDiagnostics.WrongTypeCode, 19, "$.name", "t1" },
        { """{"id":true,"name":"A B"}""", TravelerDiagnostics.WrongTypeCode, 7, "$.id", null },
        { """{"id":"t1","name":"A B","document":"X1"}""", TravelerDiagnostics.WrongTypeCode, 36, "$.document", "t1" },
        { """{"id":"t1","name":"A B","dob":"1988-02-30"}""", TravelerDiagnostics.InvalidDateCode, 31, "$.dob", "t1" },
        { """{"id":"t1","name":"A B","dob":"12/05/1979"}""", TravelerDiagnostics.InvalidDateCode, 31, "$.dob", "t1" },
        { """{"id":"t1","name":"Ünal Ö","nationality":"France"}""", TravelerDiagnostics.InvalidCountryCode, 42, "$.nationality", "t1" },
        { """{"id":"t1","name":"A B","gender":"W"}""", TravelerDiagnostics.InvalidGenderCode, 34, "$.gender", "t1" },
        { """{"id":"t1","name":"A B","document":{"number":"X1","type":"library-card"}}""", TravelerDiagnostics.UnknownDocumentTypeCode, 58, "$.document.type", "t1" },
        { """{"id":"t1","name":"A B","document":{"number":"X1","country":"Belgium"}}""", TravelerDiagnostics.InvalidCountryCode, 61, "$.document.country", "t1" },
        { """{"id":"t1","name":"A B","document":{"country":"BEL"}}""", TravelerDiagnostics.MissingDocumentNumberCode, 36, "$.document", "t1" },
        { """{"name":"A B","id":"t1","dob":"soon"}""", TravelerDiagnostics.InvalidDateCode, 31, "$.dob", "t1" },
    };

    [Theory]
    [MemberData(nameof(MalformedLines))]
    public void Reports_a_malformed_line_with_its_code_line_and_column(string line, string code, int column, string field, string? id)
    {
        string text = "{\"id\":\"ok\",\"name\":\"Fine Name\"}\n\n" + line + "\n{\"id\":\"after\",\"name\":\"Fine Name\"}\n";

        List<TravelerLine> lines = Read(text);

        Assert.Equal(3, lines.Count);
        TravelerLine bad = lines[1];
        Assert.True(bad.IsError);
        Assert.Null(bad.Traveler);
        Assert.Equal(3, bad.Line);
        Assert.Equal(id, bad.Id);
        Diagnostic error = bad.Errors[0];
        Assert.Equal(code, error.Code);
        Assert.Equal(DiagnosticSeverity.Error, error.Severity);
        Assert.Equal(("travelers.jsonl", 3, column, field), (error.Position.Source, error.Position.Line, error.Position.Column, error.Position.Field));
        Assert.Equal("after", lines[2].Traveler!.Id);
    }

    [Fact]
    public void Reports_every_error_of_a_line_not_just_the_first()
    {
        TravelerLine line = Assert.Single(Read("""{"id":"t1","name":"A B","dob":"x","gender":"?","nationality":"12"}"""));

        Assert.Equal(
            [TravelerDiagnostics.InvalidDateCode, TravelerDiagnostics.InvalidGenderCode, TravelerDiagnostics.InvalidCountryCode],
            line.Errors.Select(e => e.Code));
    }

    [Fact]
    public void A_diagnostic_prints_in_the_compiler_form()
    {
        TravelerLine line = Assert.Single(Read("""{"id":"t1","name":"A B","gender":"W"}"""));

        Assert.Equal(
            "travelers.jsonl:1:34: error VGL-TRV008: 'W' is not a gender; expected M, F, X or \"\". (field '$.gender')",
            line.Errors[0].ToString());
    }

    [Fact]
    public void Skips_an_overlong_line_and_reads_on()
    {
        string longName = new('a', TravelerJsonlReader.MaxLineBytes + 10);
        string text = "{\"id\":\"a\",\"name\":\"" + longName + "\"}\n{\"id\":\"b\",\"name\":\"C D\"}\n";

        List<TravelerLine> lines = Read(text);

        Assert.Equal(TravelerDiagnostics.LineTooLongCode, lines[0].Errors[0].Code);
        Assert.Equal(1, lines[0].Line);
        Assert.Equal((2, "b"), (lines[1].Line, lines[1].Traveler!.Id));
    }

    [Fact]
    public void Reads_the_dev_eval_queries_without_error()
    {
        using FileStream stream = File.OpenRead(SharedData.PathOf("dev-eval/queries.jsonl"));

        List<TravelerLine> lines = [.. TravelerJsonlReader.Read(stream, "queries.jsonl")];

        Assert.Equal(17_200, lines.Count);
        Assert.All(lines, l => Assert.False(l.IsError, string.Join("; ", l.Errors)));
    }

    [Fact]
    public void Arbitrary_bytes_never_throw_and_every_error_has_a_position()
    {
        Prop.ForAll<byte[]>(bytes =>
        {
            List<TravelerLine> lines = Read(bytes ?? []);
            return lines.All(l => l.IsError == !l.Errors.IsEmpty
                && l.Errors.All(e => e.Code.StartsWith("VGL-TRV", StringComparison.Ordinal) && e.Position.Line == l.Line && e.Position.Column > 0));
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(500));
    }

    [Fact]
    public void Json_shaped_lines_with_arbitrary_values_never_throw()
    {
        string[] properties = ["id", "name", "givenNames", "familyName", "dob", "nationality", "gender", "document", "number", "country", "type", "kind"];
        Gen<string> values = Gen.OneOf(
            ArbMap.Default.GeneratorFor<string>().Select(s => System.Text.Json.JsonSerializer.Serialize(s ?? string.Empty)),
            Gen.Elements("null", "1", "true", "[]", "{}", "\"\"", "\"1979-02\"", "\"FRA\"", "\"M\"", "{\"number\":\"X\"}", "{\"type\":\"P\",\"country\":1}", "\"\\ud800\""));
        Gen<string> lines =
            from count in Gen.Choose(0, 7)
            from names in Gen.Elements(properties).ArrayOf(count)
            from vals in values.ArrayOf(count)
            select "{" + string.Join(",", names.Zip(vals, (n, v) => $"\"{n}\":{v}")) + "}";

        Prop.ForAll(lines.ArrayOf().ToArbitrary(), text =>
        {
            List<TravelerLine> read = Read(string.Join("\n", text));
            return read.All(l => l.IsError
                ? !l.Errors.IsEmpty
                : l.Traveler!.Id.Length > 0 && (l.Traveler.Name ?? l.Traveler.GivenNames ?? l.Traveler.FamilyName) is not null);
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(500));
    }
}
