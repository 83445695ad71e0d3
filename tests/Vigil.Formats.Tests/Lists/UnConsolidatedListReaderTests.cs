using System.Text;
using System.Xml.Linq;
using FsCheck;
using FsCheck.Fluent;
using Vigil.Domain;
using Vigil.Formats.Diagnostics;
using Vigil.Formats.Lists;

namespace Vigil.Formats.Tests.Lists;

public sealed class UnConsolidatedListReaderTests
{
    private static readonly Lazy<byte[]> SampleBytes = new(() => File.ReadAllBytes(SharedData.PathOf("un-sample/un-sample.xml")));
    private static readonly Lazy<ListReadResult> Sample = new(() => Read(SampleBytes.Value));

    private static ListReadOptions Options(long maxBytes = 512L * 1024 * 1024) =>
        new("un", "un.xml", ListingCategory.NoBoard) { MaxBytes = maxBytes };

    private static ListReadResult Read(byte[] bytes, long maxBytes = 512L * 1024 * 1024) =>
        new UnConsolidatedListReader().Read(new ListInput(new MemoryStream(bytes)), Options(maxBytes));

    private static ListReadResult Read(string xml, long maxBytes = 512L * 1024 * 1024) => Read(Encoding.UTF8.GetBytes(xml), maxBytes);

    /// <summary>The sample parsed whole with LINQ to XML: an independent way to count what the reader should find.</summary>
    private static XDocument SampleDocument() => XDocument.Load(new MemoryStream(SampleBytes.Value));

    private static string Individual(string reference, string inner = "") =>
        $"<INDIVIDUAL><DATAID>1</DATAID><FIRST_NAME>A</FIRST_NAME><REFERENCE_NUMBER>{reference}</REFERENCE_NUMBER>{inner}</INDIVIDUAL>\n";

    private static string List(params string[] individuals) =>
        "<CONSOLIDATED_LIST>\n<INDIVIDUALS>\n" + string.Concat(individuals) + "</INDIVIDUALS>\n<ENTITIES/>\n</CONSOLIDATED_LIST>\n";

    private static Subject Get(string reference) => Sample.Value.Subjects.Single(s => s.Listing.SourceId == reference);

    [Fact]
    public void Reads_the_sample_without_problems()
    {
        Assert.Empty(Sample.Value.Diagnostics);
    }

    [Fact]
    public void Reads_twenty_individuals_and_five_entities_in_file_order()
    {
        ListReadResult result = Sample.Value;

        Assert.Equal(20, result.Subjects.Count(s => s.Kind == SubjectKind.Person));
        Assert.Equal(5, result.Subjects.Count(s => s.Kind == SubjectKind.Organization));
        Assert.Equal(
            SampleDocument().Descendants("REFERENCE_NUMBER").Select(e => e.Value.Trim()),
            result.Subjects.Select(s => s.Listing.SourceId));
        Assert.Equal(["CDi.011", "CFi.007"], result.Subjects.Take(2).Select(s => s.Listing.SourceId));
        Assert.Equal("KPe.030", result.Subjects[^1].Listing.SourceId);
    }

    [Fact]
    public void Counts_names_by_quality()
    {
        // Independent count with LINQ to XML: one alias per ALIAS_NAME with text, except "Abas Rashidi; Abbas Rashedi;
        // Abas Rashedi" (IRi.032), which names three; QUALITY Good 26 (28 names), Low 9, a.k.a. 6.
        XDocument document = SampleDocument();
        int Aliases(string quality) => document.Descendants()
            .Where(e => e.Name.LocalName is "INDIVIDUAL_ALIAS" or "ENTITY_ALIAS" && (string?)e.Element("QUALITY") == quality && ((string?)e.Element("ALIAS_NAME"))?.Length > 0)
            .Sum(e => ((string)e.Element("ALIAS_NAME")!).Split(';').Length);

        List<PersonName> names = [.. Sample.Value.Subjects.SelectMany(s => s.Names)];

        Assert.Equal(25, names.Count(n => n.Quality == NameQuality.Primary));
        Assert.Equal(document.Descendants("NAME_ORIGINAL_SCRIPT").Count(), names.Count(n => n.Quality == NameQuality.OriginalScript));
        Assert.Equal(7, names.Count(n => n.Quality == NameQuality.OriginalScript));
        Assert.All(names.Where(n => n.Quality == NameQuality.OriginalScript), n => Assert.Equal(NameScript.Arabic, n.Script));
        Assert.Equal(Aliases("Good") + Aliases("a.k.a."), names.Count(n => n.Quality == NameQuality.StrongAlias));
        Assert.Equal(34, names.Count(n => n.Quality == NameQuality.StrongAlias));
        Assert.Equal(Aliases("Low"), names.Count(n => n.Quality == NameQuality.WeakAlias));
        Assert.Equal(9, names.Count(n => n.Quality == NameQuality.WeakAlias));
    }

    [Fact]
    public void Counts_dates_of_birth_by_kind()
    {
        // 25 INDIVIDUAL_DATE_OF_BIRTH elements: 14 EXACT with DATE, 9 EXACT with YEAR, 1 APPROXIMATELY with YEAR,
        // and one empty (IRi.032). YEi.007 has none.
        XDocument document = SampleDocument();
        int withDate = document.Descendants("INDIVIDUAL_DATE_OF_BIRTH").Count(e => e.Element("DATE") is not null);
        int withYear = document.Descendants("INDIVIDUAL_DATE_OF_BIRTH").Count(e => e.Element("YEAR") is not null);

        List<DateOfBirth> dates = [.. Sample.Value.Subjects.SelectMany(s => s.DatesOfBirth)];

        Assert.Equal(withDate + withYear, dates.Count);
        Assert.Equal(24, dates.Count);
        Assert.Equal(14, dates.Count(d => d.Kind == DateOfBirthKind.Exact));
        Assert.Equal(9, dates.Count(d => d.Kind == DateOfBirthKind.Year));
        Assert.Equal([PartialDate.OfYear(1957, approximate: true)], dates.Where(d => d.Kind == DateOfBirthKind.Approximate).Select(d => d.Date));
        Assert.Empty(Get("IRi.032").DatesOfBirth);
        Assert.Empty(Get("YEi.007").DatesOfBirth);
    }

    [Fact]
    public void Counts_documents_nationalities_titles_and_places()
    {
        XDocument document = SampleDocument();
        ListReadResult result = Sample.Value;
        List<TravelDocument> documents = [.. result.Subjects.SelectMany(s => s.Documents)];

        Assert.Equal(document.Descendants("INDIVIDUAL_DOCUMENT").Count(e => e.Element("NUMBER") is not null), documents.Count);
        Assert.Equal(11, documents.Count);
        Assert.Equal(8, documents.Count(d => d.Type == DocumentType.Passport));
        Assert.Equal(3, documents.Count(d => d.Type == DocumentType.NationalId));
        Assert.Equal(document.Descendants("NATIONALITY").Elements("VALUE").Count(), result.Subjects.Sum(s => s.Nationalities.Length));
        Assert.Equal(16, result.Subjects.Sum(s => s.Nationalities.Length));
        Assert.Equal(document.Descendants().Where(e => e.Name.LocalName is "DESIGNATION" or "TITLE").Elements("VALUE").Count(), result.Subjects.Sum(s => s.Titles.Length));
        Assert.Equal(document.Descendants("INDIVIDUAL_PLACE_OF_BIRTH").Count(e => e.Elements().Any(c => c.Value.Trim().Length > 0)), result.Subjects.Sum(s => s.PlacesOfBirth.Length));
        Assert.Equal(3, result.Subjects.Count(s => s.Gender == Gender.Male));
        Assert.All(result.Subjects, s => Assert.Equal(["UN List"], s.Listing.Programmes.Skip(1)));
    }

    [Fact]
    public void Reads_cdi_011_field_by_field()
    {
        Subject subject = Get("CDi.011");

        Assert.Equal(SubjectId.For("un", "CDi.011"), subject.Id);
        Assert.Equal(SubjectKind.Person, subject.Kind);
        Assert.Equal(("un", ListingCategory.NoBoard), (subject.Listing.ListName, subject.Listing.Category));
        Assert.Equal(["DRC", "UN List"], subject.Listing.Programmes);
        Assert.Equal(PartialDate.Of(2005, 11, 1), subject.Listing.ListedOn);
        Assert.Equal(Gender.Male, subject.Gender);
        PersonName primary = subject.Names[0];
        Assert.Equal(("IRUTA DOUGLAS MPAMO", "IRUTA DOUGLAS", null, NameQuality.Primary, NameScript.Latin), (primary.Full, primary.GivenNames, primary.FamilyName, primary.Quality, primary.Script));
        Assert.Equal(
            [("Douglas Iruta Mpamo", NameQuality.StrongAlias), ("Mpano", NameQuality.WeakAlias)],
            subject.Names.Skip(1).Select(n => (n.Full, n.Quality)));
        Assert.Equal([DateOfBirth.On(PartialDate.Of(1965, 12, 28)), DateOfBirth.On(PartialDate.Of(1965, 12, 29))], subject.DatesOfBirth);
        Assert.Equal([CountryCode.Of("COD")], subject.Nationalities);
        Assert.Equal(
            ["Bashali, Masisi, Democratic Republic of the Congo", "Goma, Democratic Republic of the Congo", "Uvira, Democratic Republic of the Congo"],
            subject.PlacesOfBirth.Select(p => p.Text));
        Assert.Equal(("Bashali", "Masisi", (CountryCode?)CountryCode.Of("COD")), (subject.PlacesOfBirth[0].City, subject.PlacesOfBirth[0].Region, subject.PlacesOfBirth[0].Country));
        Address address = Assert.Single(subject.Addresses);
        Assert.Equal(("Gisenyi", (CountryCode?)CountryCode.Of("RWA"), "Rwanda", "As of June 2011."), (address.City, address.Country, address.CountryText, address.Note));
        Assert.Empty(subject.Documents);
        Assert.StartsWith("No known occupation since two of the planes", subject.Remarks, StringComparison.Ordinal);
    }

    [Fact]
    public void Reads_original_script_documents_and_alias_notes()
    {
        Subject aziz = Get("IQi.025");
        Subject maleki = Get("IRi.022");
        Subject shaer = Get("YEi.007");

        PersonName original = Assert.Single(aziz.Names, n => n.Quality == NameQuality.OriginalScript);
        Assert.Equal(("طارق عزيز", NameScript.Arabic), (original.Full, original.Script));
        Assert.Equal("city of birth Baghdad; country of birth Iraq", Assert.Single(aziz.Names, n => n.Full == "Tariq Mikhail Aziz").Note);
        TravelDocument passport = Assert.Single(aziz.Documents);
        Assert.Equal((DocumentType.Passport, "34409/129", (CountryCode?)null, "No34409/129; (July 1997)"), (passport.Type, passport.Number, passport.IssuingCountry, passport.Note));

        Assert.Equal(
            [(DocumentType.Passport, "A0003039", "Passport"), (DocumentType.NationalId, "0035011785", "National Identification Number")],
            maleki.Documents.Select(d => (d.Type, d.Number, d.TypeText!)));
        Assert.All(maleki.Documents, d => Assert.Equal(CountryCode.Of("IRN"), d.IssuingCountry));
        Assert.Equal(2, maleki.Titles.Length);
        Assert.StartsWith("Head of Shahid Hemmat Industrial Group (SHIG), which is designated under resolution", maleki.Titles[0], StringComparison.Ordinal);

        TravelDocument first = shaer.Documents[0];
        Assert.Equal(("05274639", (CountryCode?)CountryCode.Of("YEM"), PartialDate.Of(2013, 10, 7), "Expiration date: 7 Oct 2019"), (first.Number, first.IssuingCountry, first.IssuedOn, first.Note));
        Assert.Equal("صالح مسفر صالح الشاعر", shaer.Names.Single(n => n.Quality == NameQuality.OriginalScript).Full);
    }

    [Fact]
    public void Reads_document_numbers_out_of_the_text_around_them_and_keeps_the_text_as_note()
    {
        ListReadResult result = Sample.Value;
        List<TravelDocument> documents = [.. result.Subjects.SelectMany(s => s.Documents)];
        XDocument document = SampleDocument();
        string[] texts = [.. document.Descendants("INDIVIDUAL_DOCUMENT").Elements("NUMBER").Select(e => e.Value.Trim())];

        string[] readOut = [.. texts.Where(t => !documents.Any(d => d.Number == t))];
        TravelDocument central = Assert.Single(documents, d => d.Number == "O00065772");
        TravelDocument laissezPasser = Assert.Single(documents, d => d.Number == "235/MISPAT/DIRCAB/DGPC/DGAEI/SI/SP");

        // Three of the sample's eleven numbers are written inside text.
        Assert.Equal(["Central African Republic number O00065772", "Laissez-passer no. N°235/MISPAT/DIRCAB/DGPC/DGAEI/SI/SP", "No34409/129"], readOut);
        Assert.All(readOut, t => Assert.Single(documents, d => d.Note?.StartsWith(t + "; ", StringComparison.Ordinal) == true));
        Assert.Equal(CountryCode.Of("CAF"), central.IssuingCountry);
        Assert.Equal("Central African Republic number O00065772; letter O followed by 3 zeros), expires 30 Dec. 2019", central.Note);
        Assert.Equal("Laissez-passer no. N°235/MISPAT/DIRCAB/DGPC/DGAEI/SI/SP; issued by the Minister of Interior of the Central African Republic", laissezPasser.Note);
    }

    [Fact]
    public void Reads_an_entity_with_its_aliases_and_addresses()
    {
        Subject office = Get("KPe.030");

        Assert.Equal(SubjectKind.Organization, office.Kind);
        Assert.Equal(("OFFICE 39", null), (office.Names[0].Full, office.Names[0].GivenNames));
        Assert.Equal(6, office.Names.Count(n => n.Quality == NameQuality.StrongAlias));
        Assert.Equal(3, office.Addresses.Length);
        Assert.All(office.Addresses, a => Assert.Equal(CountryCode.Of("PRK"), a.Country));
        Assert.Equal(["DPRK", "UN List"], office.Listing.Programmes);
    }

    [Fact]
    public void Splits_an_alias_that_lists_several_names()
    {
        Assert.Equal(
            ["Abas Rashidi", "Abbas Rashedi", "Abas Rashedi"],
            Get("IRi.032").Names.Where(n => n.Quality == NameQuality.StrongAlias).Select(n => n.Full));
    }

    [Theory]
    [InlineData("Pak Yong-sik (original script: 박영식)", "Pak Yong-sik", "박영식", NameScript.Hangul)]
    [InlineData("Pak Yong-sik (Original Script: 박영식", "Pak Yong-sik", "박영식", NameScript.Hangul)]
    [InlineData("박영식 (original script)", null, "박영식", NameScript.Hangul)]
    [InlineData("(original script: ياسين الزرقوني)", null, "ياسين الزرقوني", NameScript.Arabic)]
    public void An_alias_in_original_script_becomes_an_original_script_name(string alias, string? latin, string original, NameScript script)
    {
        string inner = $"<INDIVIDUAL_ALIAS><QUALITY>Good</QUALITY><ALIAS_NAME>{alias}</ALIAS_NAME></INDIVIDUAL_ALIAS>";

        ListReadResult result = Read(List(Individual("XXi.002", inner)));

        Assert.Empty(result.Diagnostics);
        PersonName[] names = [.. result.Subjects.Single().Names];
        PersonName written = Assert.Single(names, n => n.Quality == NameQuality.OriginalScript);
        Assert.Equal(original, written.Full);
        Assert.Equal(script, written.Script);
        Assert.Equal(latin is null ? [] : [latin], names.Where(n => n.Quality == NameQuality.StrongAlias).Select(n => n.Full));
        Assert.DoesNotContain(names, n => n.Quality != NameQuality.OriginalScript && n.Full.Contains("original", StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [InlineData("<TYPE_OF_DATE>EXACT</TYPE_OF_DATE><DATE>1965-12-28T00:00:00</DATE>", "1965-12-28")]
    [InlineData("<TYPE_OF_DATE>APPROXIMATELY</TYPE_OF_DATE><DATE>1965-12-28</DATE>", "~1965-12-28")]
    [InlineData("<TYPE_OF_DATE>APPROXIMATELY</TYPE_OF_DATE><YEAR>1965</YEAR>", "~1965")]
    [InlineData("<TYPE_OF_DATE>BETWEEN</TYPE_OF_DATE><FROM_YEAR>1960</FROM_YEAR><TO_YEAR>1965</TO_YEAR>", "1960..1965")]
    [InlineData("<YEAR>1965</YEAR>", "1965")]
    public void Reads_each_kind_of_date_of_birth(string inner, string expected)
    {
        ListReadResult result = Read(List(Individual("XXi.001", $"<INDIVIDUAL_DATE_OF_BIRTH>{inner}</INDIVIDUAL_DATE_OF_BIRTH>")));

        Assert.Empty(result.Diagnostics);
        Assert.Equal(expected, Assert.Single(Assert.Single(result.Subjects).DatesOfBirth).ToString());
    }

    public static TheoryData<string, string, int?, int?, string?, string?> MalformedInputs => new()
    {
        // xml, expected code, line, column, path, field. Columns of elements point at the element name, after '<',
        // as XmlReader counts them.
        {
            "<CONSOLIDATED_LIST>\n<INDIVIDUALS>\n<INDIVIDUAL><FIRST_NAME>A",
            "VGL-UN001", 3, 26, "/CONSOLIDATED_LIST/INDIVIDUALS/INDIVIDUAL[1]/FIRST_NAME", null
        },
        {
            "<CONSOLIDATED_LIST>\n<INDIVIDUALS>\n<INDIVIDUAL><FIRST_NAME>A</SECOND_NAME>",
            "VGL-UN001", 3, 28, "/CONSOLIDATED_LIST/INDIVIDUALS/INDIVIDUAL[1]/FIRST_NAME", null
        },
        {
            "<?xml version=\"1.0\"?>\n<!DOCTYPE CONSOLIDATED_LIST [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>\n<CONSOLIDATED_LIST>&xxe;</CONSOLIDATED_LIST>",
            "VGL-UN002", 2, 1, null, null
        },
        {
            "<CONSOLIDATED_LIST><INDIVIDUALS><INDIVIDUAL><FIRST_NAME>&xxe;</FIRST_NAME></INDIVIDUAL></INDIVIDUALS></CONSOLIDATED_LIST>",
            "VGL-UN001", 1, 58, "/CONSOLIDATED_LIST/INDIVIDUALS/INDIVIDUAL[1]/FIRST_NAME", null
        },
        {
            List(Individual("XXi.001"), Individual("XXi.002"), Individual("XXi.003", "<INDIVIDUAL_DATE_OF_BIRTH><TYPE_OF_DATE>EXACT</TYPE_OF_DATE><DATE>1965-02-30</DATE></INDIVIDUAL_DATE_OF_BIRTH>")),
            "VGL-UN004", 5, 162, "/CONSOLIDATED_LIST/INDIVIDUALS/INDIVIDUAL[3]/INDIVIDUAL_DATE_OF_BIRTH[1]/DATE", "DATE"
        },
        {
            List(Individual("XXi.001", "<INDIVIDUAL_DATE_OF_BIRTH><TYPE_OF_DATE>EXACT</TYPE_OF_DATE><YEAR>19x5</YEAR></INDIVIDUAL_DATE_OF_BIRTH>")),
            "VGL-UN004", 3, 162, "/CONSOLIDATED_LIST/INDIVIDUALS/INDIVIDUAL[1]/INDIVIDUAL_DATE_OF_BIRTH[1]/YEAR", "YEAR"
        },
        {
            List(Individual("XXi.001"), Individual("XXi.001")),
            "VGL-UN005", 4, 58, "/CONSOLIDATED_LIST/INDIVIDUALS/INDIVIDUAL[2]/REFERENCE_NUMBER", "REFERENCE_NUMBER"
        },
        {
            "<sdnList><sdnEntry/></sdnList>",
            "VGL-UN012", 1, 2, "/sdnList", null
        },
        {
            string.Empty,
            "VGL-UN001", null, null, null, null
        },
    };

    [Theory]
    [MemberData(nameof(MalformedInputs))]
    public void Reports_malformed_input_with_its_code_and_position(string xml, string code, int? line, int? column, string? path, string? field)
    {
        ListReadResult result = Read(xml);

        Diagnostic diagnostic = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal(code, diagnostic.Code);
        Assert.Equal((line, column, path, field), (diagnostic.Position.Line, diagnostic.Position.Column, diagnostic.Position.Path, diagnostic.Position.Field));
        Assert.Equal("un.xml", diagnostic.Position.Source);
    }

    [Fact]
    public void Says_that_dtds_are_not_allowed()
    {
        ListReadResult result = Read("<!DOCTYPE CONSOLIDATED_LIST SYSTEM \"http://example.invalid/list.dtd\">\n<CONSOLIDATED_LIST/>");

        Diagnostic diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("VGL-UN002", diagnostic.Code);
        Assert.Contains("DTDs and external entities are not allowed", diagnostic.Message, StringComparison.Ordinal);
        Assert.Empty(result.Subjects);
    }

    [Fact]
    public void Keeps_the_records_read_before_the_file_breaks()
    {
        string xml = List(Individual("XXi.001"), Individual("XXi.002"));

        ListReadResult result = Read(xml[..^40]);

        Assert.Equal(["XXi.001", "XXi.002"], result.Subjects.Select(s => s.Listing.SourceId));
        Assert.Equal("VGL-UN001", Assert.Single(result.Diagnostics).Code);
    }

    [Fact]
    public void Falls_back_to_dataid_with_a_warning_when_the_reference_number_is_missing()
    {
        ListReadResult result = Read(List("<INDIVIDUAL><DATAID>42</DATAID><FIRST_NAME>A</FIRST_NAME></INDIVIDUAL>"));

        Assert.Equal("DATAID:42", Assert.Single(result.Subjects).Listing.SourceId);
        Diagnostic diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(("VGL-UN006", DiagnosticSeverity.Warning), (diagnostic.Code, diagnostic.Severity));
    }

    [Fact]
    public void Warns_about_an_unknown_nationality_and_keeps_it_in_the_remarks()
    {
        ListReadResult result = Read(List(Individual("XXi.001", "<NATIONALITY><VALUE>Atlantis</VALUE></NATIONALITY>")));

        Subject subject = Assert.Single(result.Subjects);
        Assert.Empty(subject.Nationalities);
        Assert.Equal("Nationality: Atlantis", subject.Remarks);
        Diagnostic diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(("VGL-UN009", "/CONSOLIDATED_LIST/INDIVIDUALS/INDIVIDUAL[1]/NATIONALITY[1]/VALUE"), (diagnostic.Code, diagnostic.Position.Path));
    }

    [Fact]
    public void Stops_with_an_error_when_the_file_exceeds_the_size_limit()
    {
        ListReadResult result = Read(SampleBytes.Value, maxBytes: 10_000);

        Assert.Equal("VGL-UN003", Assert.Single(result.Diagnostics).Code);
    }

    [Fact]
    public void Reports_progress_up_to_the_whole_file()
    {
        List<long> reports = [];

        new UnConsolidatedListReader().Read(new ListInput(new MemoryStream(SampleBytes.Value)), Options() with { Progress = new SyncProgress(reports) });

        Assert.Equal(SampleBytes.Value.Length, reports[^1]);
    }

    [Fact]
    public void Arbitrary_bytes_never_throw()
    {
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(300), Prop.ForAll<byte[]>(bytes =>
        {
            ListReadResult result = Read(bytes);
            return !result.Subjects.IsDefault && (result.HasErrors || bytes.Length > 0);
        }));
    }

    [Fact]
    public void The_sample_cut_anywhere_is_rejected_with_an_error_and_never_throws()
    {
        byte[] sample = SampleBytes.Value;
        int end = Encoding.UTF8.GetString(sample).TrimEnd().Length;
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(200), Prop.ForAll<int>(cut =>
        {
            int length = (int)((uint)cut % (uint)end);
            ListReadResult result = Read(sample[..length]);
            return result.HasErrors;
        }));
    }

    [Fact]
    public void The_sample_with_any_byte_changed_never_throws()
    {
        byte[] sample = SampleBytes.Value;
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(200), Prop.ForAll<int, byte>((at, value) =>
        {
            byte[] changed = (byte[])sample.Clone();
            changed[(int)((uint)at % (uint)changed.Length)] = value;
            return !Read(changed).Subjects.IsDefault;
        }));
    }

    private sealed class SyncProgress(List<long> reports) : IProgress<long>
    {
        public void Report(long value) => reports.Add(value);
    }
}
