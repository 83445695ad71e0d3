using System.Collections.Immutable;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using Vigil.Domain;
using Vigil.Formats.Diagnostics;
using Vigil.Formats.Json;
using Vigil.Formats.Lists;
using Vigil.Formats.Tests.Json;
using Vigil.Testing;

namespace Vigil.Formats.Tests.Lists;

public sealed class VigilJsonlReaderTests
{
    private const string Header = "# fictitious test data\n";
    private const string Good = """{"id":"A1","names":[{"full":"Yanis Belkacem"}]}""";

    private static readonly Provenance Imported = new("demo.jsonl", "00ff", new DateTimeOffset(2026, 2, 3, 4, 5, 6, TimeSpan.Zero));

    private static ListReadOptions Options(ListingCategory defaultCategory = ListingCategory.SecondaryScreening) =>
        new("national-ftf", "demo.jsonl", defaultCategory) { Provenance = Imported };

    private static ListReadResult Read(string text, ListReadOptions? options = null) => Read(Encoding.UTF8.GetBytes(text), options);

    private static ListReadResult Read(byte[] bytes, ListReadOptions? options = null)
    {
        using MemoryStream stream = new(bytes);
        return new VigilJsonlReader().Read(new ListInput(stream), options ?? Options());
    }

    private static ListReadResult ReadDemo()
    {
        using FileStream stream = File.OpenRead(Path.Combine(RepositoryRoot.Path, "data", "demo", "national-ftf.jsonl"));
        return new VigilJsonlReader().Read(new ListInput(stream), Options());
    }

    [Fact]
    public void Format_name_is_vigil_jsonl()
    {
        Assert.Equal("vigil-jsonl", new VigilJsonlReader().Format);
    }

    [Fact]
    public void Demo_list_reads_thirty_six_subjects_without_any_diagnostic()
    {
        ListReadResult result = ReadDemo();

        Assert.Empty(result.Diagnostics);
        Assert.Equal(36, result.Subjects.Length);
        Assert.Equal(36, result.Subjects.Select(s => s.Id).Distinct().Count());
        Assert.All(result.Subjects, s => Assert.StartsWith("NFL-20", s.Listing.SourceId, StringComparison.Ordinal));
    }

    [Fact]
    public void Demo_list_has_every_custody_state_and_histories_of_one_to_four_entries()
    {
        ListReadResult result = ReadDemo();

        HashSet<CustodyState> states = [.. result.Subjects.SelectMany(s => s.CustodyHistory).Select(c => c.State)];
        Assert.Equal(Enum.GetValues<CustodyState>().Order(), states.Order());
        Assert.All(result.Subjects, s => Assert.InRange(s.CustodyHistory.Length, 1, 4));
    }

    [Fact]
    public void Demo_list_has_every_kind_of_date_of_birth_category_and_original_script_names()
    {
        ListReadResult result = ReadDemo();

        HashSet<DateOfBirthKind> kinds = [.. result.Subjects.SelectMany(s => s.DatesOfBirth).Select(d => d.Kind)];
        Assert.Equal(Enum.GetValues<DateOfBirthKind>().Order(), kinds.Order());
        HashSet<ListingCategory> categories = [.. result.Subjects.Select(s => s.Listing.Category)];
        Assert.Equal(3, categories.Count);
        Assert.Contains(result.Subjects.SelectMany(s => s.Names), n => n.Quality == NameQuality.OriginalScript && n.Script == NameScript.Arabic);
        Assert.Contains(result.Subjects.SelectMany(s => s.Names), n => n.Quality == NameQuality.WeakAlias && n.Full.StartsWith("Abu ", StringComparison.Ordinal));
        Assert.Contains(result.Subjects, s => s.Nationalities.Length > 1);
    }

    [Fact]
    public void Demo_list_has_families_related_to_their_fighter_monitored_detained_or_repatriated_with_their_mother()
    {
        ListReadResult result = ReadDemo();
        Dictionary<SubjectId, Subject> byId = result.Subjects.ToDictionary(s => s.Id);

        Subject[] relatives = [.. result.Subjects.Where(s => !s.Relations.IsDefaultOrEmpty)];
        Assert.Equal(6, relatives.Length);
        Assert.All(relatives, s => Assert.Equal(ListingCategory.Monitor, s.Listing.Category));
        Assert.All(relatives.SelectMany(s => s.Relations), r => Assert.True(byId.ContainsKey(r.RelativeId), r.RelativeSourceId));
        Assert.Equal(2, relatives.Count(s => s.Relations.Any(r => r.Type == RelationType.Spouse && byId[r.RelativeId].Listing.Category == ListingCategory.NoBoard)));
        Assert.Equal(3, relatives.Count(s => s.CurrentCustody == CustodyState.Detained));
        Assert.Contains(relatives, s => s.CurrentCustody == CustodyState.Repatriated && s.Relations.Any(r => r.Type == RelationType.Parent && byId[r.RelativeId].Gender == Gender.Female));
    }

    [Fact]
    public void Demo_list_starts_with_comment_lines_saying_it_is_fictitious()
    {
        string[] lines = File.ReadAllLines(Path.Combine(RepositoryRoot.Path, "data", "demo", "national-ftf.jsonl"));

        Assert.StartsWith("#", lines[0], StringComparison.Ordinal);
        Assert.Contains(lines.TakeWhile(l => l.StartsWith('#')), l => l.Contains("FICTITIOUS", StringComparison.Ordinal));
    }

    [Fact]
    public void Line_takes_the_import_for_id_list_provenance_and_custody_record_keeping()
    {
        string line = """
            {"id":"A1","subjectId":"VXXXXXXXXXX","list":"other","provenance":{"sourceFile":"f"},
            "names":[{"full":"Yanis Belkacem"},{"full":"يانيس بلقاسم"}],
            "custody":[{"status":"detained","recordedAt":"2020-01-01T00:00:00+00:00","recordedBy":"someone","manual":true}]}
            """.ReplaceLineEndings(string.Empty);

        ListReadResult result = Read(line);

        Assert.Empty(result.Diagnostics);
        Subject subject = Assert.Single(result.Subjects);
        Assert.Equal(SubjectId.For("national-ftf", "A1"), subject.Id);
        Assert.Equal("national-ftf", subject.Listing.ListName);
        Assert.Equal(Imported, subject.Listing.Provenance);
        Assert.Equal(ListingCategory.SecondaryScreening, subject.Listing.Category);
        Assert.Equal(SubjectKind.Person, subject.Kind);
        Assert.Equal(NameQuality.Primary, subject.Names[0].Quality);
        Assert.Equal(NameQuality.StrongAlias, subject.Names[1].Quality);
        Assert.Equal(NameScript.Arabic, subject.Names[1].Script);
        CustodyStatus custody = Assert.Single(subject.CustodyHistory);
        Assert.False(custody.IsManual);
        Assert.Null(custody.RecordedBy);
        Assert.Equal(Imported.ImportedAt, custody.RecordedAt);
        Assert.True(custody.Since.IsUnknown);
    }

    [Fact]
    public void Source_id_is_accepted_for_id_so_stored_json_lines_can_be_read()
    {
        Subject stored = SubjectJsonTests.FullSubject();

        ListReadResult result = Read(SubjectJson.Serialize(stored));

        Assert.Empty(result.Diagnostics);
        Subject read = Assert.Single(result.Subjects);
        Assert.Equal("FTF-0001", read.Listing.SourceId);
        Assert.Empty(SubjectDiff.ChangedFields(stored with { CustodyHistory = [stored.CustodyHistory[0]] }, read with { CustodyHistory = [read.CustodyHistory[0]] }));
    }

    [Fact]
    public void Skips_blank_and_comment_lines_and_tolerates_bom_and_crlf()
    {
        byte[] bytes = [.. "\uFEFF"u8, .. Encoding.UTF8.GetBytes("# header\r\n\r\n   \r\n  # indented comment\r\n" + Good + "\r\n\r\n")];

        ListReadResult result = Read(bytes);

        Assert.Empty(result.Diagnostics);
        Assert.Equal("A1", Assert.Single(result.Subjects).Listing.SourceId);
    }

    [Fact]
    public void Reads_a_last_line_without_line_break_and_a_first_line_with_bom()
    {
        byte[] bytes = [.. "\uFEFF"u8, .. Encoding.UTF8.GetBytes(Good + "\n" + Good.Replace("A1", "A2", StringComparison.Ordinal))];

        ListReadResult result = Read(bytes);

        Assert.Empty(result.Diagnostics);
        Assert.Equal(["A1", "A2"], result.Subjects.Select(s => s.Listing.SourceId));
    }

    [Fact]
    public void Reads_lines_longer_than_the_read_buffer()
    {
        string remarks = new('r', 200_000);
        string line = $$"""{"id":"LONG","names":[{"full":"Yanis Belkacem"}],"remarks":"{{remarks}}"}""";

        ListReadResult result = Read(line + "\n" + Good + "\n");

        Assert.Empty(result.Diagnostics);
        Assert.Equal(remarks, result.Subjects[0].Remarks);
        Assert.Equal(2, result.Subjects.Length);
    }

    public static TheoryData<string, string, string, int> MalformedLines => new()
    {
        // line, code, field, column (UTF-16 characters from 1)
        { """{"id":"A1","names":[{"full":"X"}]""", "VGL-JSONL001", "$", 34 },
        { """{"id":"A1","names":[{"full":"X"}]} trailing""", "VGL-JSONL001", "$", 36 },
        { """{"id":"A1","names":[{"full":"X",}]}""", "VGL-JSONL001", "$.names[0]", 33 },
        { """["A1"]""", "VGL-JSONL002", "$", 1 },
        { """{"names":[{"full":"X"}]}""", "VGL-JSONL003", "$.id", 1 },
        { """{"id":"A1"}""", "VGL-JSONL005", "$.names", 1 },
        { """{"id":"A1","names":[{"given":"X"}]}""", "VGL-JSONL005", "$.names[0].full", 21 },
        { """{"id":"A1","names":[{"full":"X"}],"documents":[{"type":"passport"}]}""", "VGL-JSONL005", "$.documents[0].number", 48 },
        { """{"id":"A1","names":[{"full":"X"}],"custody":[{"since":"2019"}]}""", "VGL-JSONL005", "$.custody[0].status", 46 },
        { """{"id":"A1","names":"X"}""", "VGL-JSONL006", "$.names", 20 },
        { """{"id":7,"names":[{"full":"X"}]}""", "VGL-JSONL006", "$.id", 7 },
        { """{"id":"A1","names":[{"full":"X"}],"category":"no-fly"}""", "VGL-JSONL007", "$.category", 46 },
        { """{"id":"A1","names":[{"full":"X","quality":"alias"}]}""", "VGL-JSONL007", "$.names[0].quality", 43 },
        { """{"id":"A1","names":[{"full":"X"}],"gender":"m"}""", "VGL-JSONL007", "$.gender", 44 },
        { """{"id":"A1","names":[{"full":"X"}],"documents":[{"type":"id-card","number":"1"}]}""", "VGL-JSONL007", "$.documents[0].type", 56 },
        { """{"id":"A1","names":[{"full":"X"}],"datesOfBirth":["1988","1988-02-30"]}""", "VGL-JSONL008", "$.datesOfBirth[1]", 58 },
        { """{"id":"A1","names":[{"full":"X"}],"datesOfBirth":["1982..1978"]}""", "VGL-JSONL008", "$.datesOfBirth[0]", 51 },
        { """{"id":"A1","names":[{"full":"X"}],"custody":[{"status":"detained","since":"2019-13"}]}""", "VGL-JSONL008", "$.custody[0].since", 75 },
        { """{"id":"A1","names":[{"full":"X"}],"nationalities":["FRA","France"]}""", "VGL-JSONL009", "$.nationalities[1]", 58 },
        { """{"id":"A1","names":[{"full":"X"}],"custody":[{"status":"escaped"}]}""", "VGL-JSONL010", "$.custody[0].status", 56 },
        { """{"id":"A1","names":[]}""", "VGL-JSONL012", "$.names", 20 },
        { """{"id":" ","names":[{"full":"X"}]}""", "VGL-JSONL013", "$.id", 7 },
        { """{"id":"A1","names":[{"full":""}]}""", "VGL-JSONL013", "$.names[0].full", 29 },
    };

    [Theory]
    [MemberData(nameof(MalformedLines))]
    public void Malformed_line_is_reported_with_code_line_column_and_field(string line, string code, string field, int column)
    {
        string other = Good.Replace("A1", "G0", StringComparison.Ordinal);

        ListReadResult result = Read(Header + other + "\n" + line + "\n");

        Diagnostic diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(code, diagnostic.Code);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Equal("demo.jsonl", diagnostic.Position.Source);
        Assert.Equal(3, diagnostic.Position.Line);
        Assert.Equal(field, diagnostic.Position.Field);
        Assert.Equal(column, diagnostic.Position.Column);
        Assert.True(result.HasErrors);
        Assert.Equal("G0", Assert.Single(result.Subjects).Listing.SourceId);
    }

    [Fact]
    public void Unknown_enum_text_lists_the_allowed_values()
    {
        ListReadResult result = Read("""{"id":"A1","names":[{"full":"X"}],"category":"no-fly"}""");

        Diagnostic diagnostic = Assert.Single(result.Diagnostics);
        Assert.Contains("'no-fly'", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("'no-board', 'secondary-screening', 'monitor'", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_custody_status_lists_every_custody_state()
    {
        ListReadResult result = Read("""{"id":"A1","names":[{"full":"X"}],"custody":[{"status":"escaped"}]}""");

        Diagnostic diagnostic = Assert.Single(result.Diagnostics);
        Assert.All(CustodyStates.All, name => Assert.Contains("'" + name + "'", diagnostic.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void Duplicate_id_is_an_error_naming_the_line_of_the_first_occurrence()
    {
        string text = Header + Good + "\n" + """{"id":"A2","names":[{"full":"Y"}]}""" + "\n" + """{"names":[{"full":"Z"}],"id":"A1"}""" + "\n";

        ListReadResult result = Read(text);

        Diagnostic diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("VGL-JSONL004", diagnostic.Code);
        Assert.Equal(4, diagnostic.Position.Line);
        Assert.Equal(30, diagnostic.Position.Column);
        Assert.Equal("$.id", diagnostic.Position.Field);
        Assert.Contains("line 2", diagnostic.Message, StringComparison.Ordinal);
        Assert.Equal(["A1", "A2"], result.Subjects.Select(s => s.Listing.SourceId));
    }

    [Fact]
    public void Unknown_property_is_a_warning_and_the_subject_is_kept()
    {
        ListReadResult result = Read("""{"id":"A1","names":[{"full":"X","nick":"Y"}],"nickname":"Z"}""");

        Assert.False(result.HasErrors);
        Assert.Single(result.Subjects);
        Assert.Collection(
            result.Diagnostics,
            d => Assert.Equal(("VGL-JSONL011", DiagnosticSeverity.Warning, "$.names[0].nick", 33), (d.Code, d.Severity, d.Position.Field, d.Position.Column!.Value)),
            d => Assert.Equal(("VGL-JSONL011", DiagnosticSeverity.Warning, "$.nickname", 46), (d.Code, d.Severity, d.Position.Field, d.Position.Column!.Value)));
    }

    [Fact]
    public void Column_counts_utf16_characters_not_bytes()
    {
        // "يانيس" is five characters but ten bytes of UTF-8.
        ListReadResult result = Read("""{"id":"A1","names":[{"full":"يانيس"}],"gender":"x"}""");

        Diagnostic diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("$.gender", diagnostic.Position.Field);
        Assert.Equal(48, diagnostic.Position.Column);
    }

    [Fact]
    public void Every_error_of_the_file_is_reported_and_good_lines_are_still_read()
    {
        string text = string.Join(
            "\n",
            Header.TrimEnd('\n'),
            """{"id":"A1","names":[{"full":"X"}],"datesOfBirth":["1988-02-30"],"nationalities":["F"]}""",
            """not json""",
            Good.Replace("A1", "A3", StringComparison.Ordinal),
            """{"id":"A4","names":[{"full":"X"}],"custody":[{"status":"gone"},{"status":"detained","since":"2019-3"}]}""");

        ListReadResult result = Read(text);

        Assert.Equal(
            [("VGL-JSONL008", 2), ("VGL-JSONL009", 2), ("VGL-JSONL001", 3), ("VGL-JSONL010", 5), ("VGL-JSONL008", 5)],
            result.Diagnostics.Select(d => (d.Code, d.Position.Line!.Value)));
        Assert.Equal(["A3"], result.Subjects.Select(s => s.Listing.SourceId));
    }

    [Fact]
    public void Diagnostic_text_has_the_compiler_form_with_the_json_path()
    {
        ListReadResult result = Read(Header + """{"id":"A1","names":[{"full":"X"}],"datesOfBirth":["1988-02-30"]}""");

        Assert.Equal(
            "demo.jsonl:2:51: error VGL-JSONL008: '1988-02-30' is not a valid date; expected YYYY, YYYY-MM or YYYY-MM-DD, "
            + "optionally prefixed with '~', or a range FROM..UNTIL. (field '$.datesOfBirth[0]')",
            Assert.Single(result.Diagnostics).ToString());
    }

    [Fact]
    public void Input_beyond_the_byte_limit_stops_with_an_error()
    {
        string text = string.Concat(Enumerable.Range(0, 100).Select(i => Good.Replace("A1", "A" + i, StringComparison.Ordinal) + "\n"));

        ListReadResult result = Read(text, Options() with { MaxBytes = 1000 });

        Assert.Equal("VGL-JSONL015", Assert.Single(result.Diagnostics).Code);
        Assert.True(result.HasErrors);
    }

    [Fact]
    public void Category_on_the_line_wins_over_the_default()
    {
        ListReadResult result = Read(
            """{"id":"A1","category":"monitor","names":[{"full":"X"}]}""" + "\n" + """{"id":"A2","names":[{"full":"Y"}]}""",
            Options(ListingCategory.NoBoard));

        Assert.Equal([ListingCategory.Monitor, ListingCategory.NoBoard], result.Subjects.Select(s => s.Listing.Category));
    }

    [Fact]
    public void Writer_output_reads_back_to_the_same_subjects()
    {
        ImmutableArray<Subject> subjects = ReadDemo().Subjects;
        using MemoryStream written = new();

        VigilJsonlWriter.Write(written, subjects, ["Fictitious data, exported for a test."]);
        ListReadResult result = Read(written.ToArray());

        Assert.Empty(result.Diagnostics);
        Assert.Equal(subjects.Length, result.Subjects.Length);
        for (int i = 0; i < subjects.Length; i++)
        {
            Assert.Empty(SubjectDiff.ChangedFields(subjects[i], result.Subjects[i]));
            Assert.Equal(subjects[i].Id, result.Subjects[i].Id);
            Assert.Equal<PersonName>(subjects[i].Names, result.Subjects[i].Names);
        }
    }

    [Fact]
    public void Writer_is_deterministic_and_starts_with_its_comments()
    {
        ImmutableArray<Subject> subjects = ReadDemo().Subjects;
        using MemoryStream first = new();
        using MemoryStream second = new();

        VigilJsonlWriter.Write(first, subjects, ["one", "two\nthree"]);
        VigilJsonlWriter.Write(second, Read(first.ToArray()).Subjects, ["one", "two\nthree"]);

        Assert.Equal(first.ToArray(), second.ToArray());
        Assert.StartsWith("# one\n# two\n# three\n{\"id\":\"NFL-2019-0001\",", Encoding.UTF8.GetString(first.ToArray()), StringComparison.Ordinal);
    }

    [Fact]
    public void Writer_line_leaves_out_what_the_import_supplies()
    {
        Subject subject = SubjectJsonTests.FullSubject();

        string line = VigilJsonlWriter.ToLine(subject);

        Assert.StartsWith("""{"id":"FTF-0001","kind":"person","category":"no-board",""", line, StringComparison.Ordinal);
        Assert.DoesNotContain("subjectId", line, StringComparison.Ordinal);
        Assert.DoesNotContain("provenance", line, StringComparison.Ordinal);
        Assert.DoesNotContain("recorded", line, StringComparison.Ordinal);
        Assert.DoesNotContain("manual", line, StringComparison.Ordinal);
    }

    [Fact]
    public void Arbitrary_text_lines_never_throw()
    {
        Prop.ForAll<string[]>(lines =>
        {
            string text = string.Join("\n", (lines ?? []).Select(l => l ?? string.Empty));
            ListReadResult result = Read(text);
            return result.Diagnostics.All(d => d.Position.Line is > 0 && d.Position.Column is > 0);
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(500));
    }

    [Fact]
    public void Arbitrary_bytes_never_throw()
    {
        Prop.ForAll<byte[]>(bytes =>
        {
            ListReadResult result = Read(bytes ?? []);
            return result.Diagnostics.All(d => d.Code.StartsWith("VGL-JSONL", StringComparison.Ordinal));
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(500));
    }

    [Fact]
    public void Json_shaped_lines_with_arbitrary_values_never_throw()
    {
        string[] properties = ["id", "sourceId", "names", "full", "datesOfBirth", "custody", "status", "nationalities", "category", "x"];
        Gen<string> values = Gen.OneOf(
            ArbMap.Default.GeneratorFor<string>().Select(s => System.Text.Json.JsonSerializer.Serialize(s ?? string.Empty)),
            Gen.Elements("null", "1", "true", "[]", "{}", "[\"1988-02-30\"]", "[{\"full\":\"X\"}]", "[{\"status\":\"x\"}]"));
        Gen<string> lines =
            from count in Gen.Choose(0, 6)
            from names in Gen.Elements(properties).ArrayOf(count)
            from vals in values.ArrayOf(count)
            select "{" + string.Join(",", names.Zip(vals, (n, v) => $"\"{n}\":{v}")) + "}";

        Prop.ForAll(lines.ArrayOf().ToArbitrary(), generated =>
        {
            ListReadResult result = Read(string.Join("\n", generated));
            return result.Subjects.Length + result.Diagnostics.Length >= 0;
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(500));
    }

    [Fact]
    public void Reads_a_document_number_out_of_the_text_around_it_and_keeps_the_text_in_the_note()
    {
        // An invented number in a shape the UN list writes.
        ListReadResult result = Read("""{"id":"A1","names":[{"full":"X"}],"documents":[{"type":"passport","number":"Libyan passport No. 512345","note":"valid"},{"type":"passport","number":"A 123-4567"}]}""");

        Subject subject = Assert.Single(result.Subjects);
        TravelDocument read = subject.Documents[0];
        Assert.Equal(("512345", (CountryCode?)CountryCode.Of("LBY"), "Libyan passport No. 512345; valid"), (read.Number, read.IssuingCountry, read.Note));
        Assert.Equal(("A 123-4567", (string?)null), (subject.Documents[1].Number, subject.Documents[1].Note));
        Assert.False(result.HasErrors);
    }
}
