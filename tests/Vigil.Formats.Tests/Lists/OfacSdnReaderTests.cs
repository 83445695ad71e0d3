using System.Text;
using System.Text.RegularExpressions;
using FsCheck;
using FsCheck.Fluent;
using Vigil.Domain;
using Vigil.Formats.Diagnostics;
using Vigil.Formats.Lists;

namespace Vigil.Formats.Tests.Lists;

public sealed partial class OfacSdnReaderTests
{
    private static readonly Lazy<ListReadResult> Real = new(() => ReadFolder(SharedData.PathOf("ofac-sdn-2019")));

    private static ListReadOptions Options(long maxBytes = 512L * 1024 * 1024) =>
        new("ofac", "sdn.csv", ListingCategory.SecondaryScreening) { MaxBytes = maxBytes };

    private static ListReadResult ReadFolder(string folder)
    {
        using FileStream sdn = File.OpenRead(Path.Combine(folder, "sdn.csv"));
        using FileStream alt = File.OpenRead(Path.Combine(folder, "alt.csv"));
        using FileStream add = File.OpenRead(Path.Combine(folder, "add.csv"));
        using FileStream comments = File.OpenRead(Path.Combine(folder, "sdn_comments.csv"));
        ListInput input = new(sdn)
        {
            Companions = new Dictionary<string, (Stream, string)>(StringComparer.Ordinal)
            {
                ["alt.csv"] = (alt, "alt.csv"),
                ["add.csv"] = (add, "add.csv"),
                ["sdn_comments.csv"] = (comments, "sdn_comments.csv"),
            },
        };
        return new OfacSdnReader().Read(input, Options());
    }

    private static ListReadResult ReadText(string sdn, string? alt = null, long maxBytes = 512L * 1024 * 1024)
    {
        Dictionary<string, (Stream, string)> companions = new(StringComparer.Ordinal);
        if (alt is not null)
        {
            companions["alt.csv"] = (new MemoryStream(Encoding.UTF8.GetBytes(alt)), "alt.csv");
        }

        return new OfacSdnReader().Read(new ListInput(new MemoryStream(Encoding.UTF8.GetBytes(sdn))) { Companions = companions }, Options(maxBytes));
    }

    /// <summary>One sdn.csv row in OFAC's layout, with the vessel columns empty.</summary>
    private static string Row(int entNum, string name, string type, string remarks) =>
        $"{entNum},\"{name}\",{(type == "-0-" ? "-0- " : $"\"{type}\"")},\"SDGT\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,{(remarks.Length == 0 ? "-0- " : $"\"{remarks}\"")}\r\n";

    private static string RawSdn() => File.ReadAllText(SharedData.PathOf("ofac-sdn-2019/sdn.csv"));

    [Fact]
    public void Reads_the_2019_list_without_errors()
    {
        ListReadResult result = Real.Value;

        Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics.Where(d => d.IsError).Take(10)));
    }

    [Fact]
    public void Reads_every_record_of_the_2019_list_with_its_kind()
    {
        // Independent count: every sdn.csv record is one line starting with its ent_num, and an individual's
        // SDN_Type is the quoted field "individual" (the README gives 8,976 and 4,620).
        string[] lines = File.ReadAllLines(SharedData.PathOf("ofac-sdn-2019/sdn.csv"));
        int records = lines.Count(l => l.Length > 0 && char.IsAsciiDigit(l[0]));
        int individuals = lines.Count(l => l.Contains(",\"individual\",", StringComparison.Ordinal));

        ListReadResult result = Real.Value;

        Assert.Equal(8976, records);
        Assert.Equal(records, result.Subjects.Length);
        Assert.Equal(4620, individuals);
        Assert.Equal(individuals, result.Subjects.Count(s => s.Kind == SubjectKind.Person));
        Assert.Equal(406, result.Subjects.Count(s => s.Kind == SubjectKind.Vessel));
        Assert.Equal(277, result.Subjects.Count(s => s.Kind == SubjectKind.Aircraft));
        Assert.Equal(3673, result.Subjects.Count(s => s.Kind == SubjectKind.Organization));
    }

    [Fact]
    public void Reads_every_alternate_name_of_alt_csv_as_a_strong_alias()
    {
        // Independent count: one alt.csv line per alternate name; fka and nka counted with grep.
        string[] lines = File.ReadAllLines(SharedData.PathOf("ofac-sdn-2019/alt.csv"));
        int alternates = lines.Count(l => l.Length > 0 && char.IsAsciiDigit(l[0]));

        List<PersonName> strong = [.. Real.Value.Subjects.SelectMany(s => s.Names).Where(n => n.Quality == NameQuality.StrongAlias)];

        Assert.Equal(11910, alternates);
        Assert.Equal(alternates, strong.Count);
        Assert.Equal(369, strong.Count(n => n.Note == "f.k.a."));
        Assert.Equal(18, strong.Count(n => n.Note == "n.k.a."));
    }

    [Fact]
    public void Reads_the_a_k_a_items_of_remarks_as_weak_aliases()
    {
        // Independent count: a.k.a./f.k.a./n.k.a. items in the raw remarks (the continuation file holds two more).
        int items = RemarksItem().Matches(RawSdn()).Count(m => m.Groups["kind"].Value is "a.k.a. " or "f.k.a. " or "n.k.a. ");
        int inContinuation = Regex.Count(File.ReadAllText(SharedData.PathOf("ofac-sdn-2019/sdn_comments.csv")), @"; a\.k\.a\. ");

        int weak = Real.Value.Subjects.SelectMany(s => s.Names).Count(n => n.Quality == NameQuality.WeakAlias);

        Assert.Equal(2, inContinuation);
        Assert.Equal(items + inContinuation, weak);
        Assert.Equal(2441, weak);
    }

    [Fact]
    public void Reads_every_date_of_birth_with_its_precision()
    {
        // Independent count: "DOB " items in the raw file (none is in the continuation file). The split by kind
        // was counted with Python's csv module over the joined remarks: 4,025 "10 Dec 1948", 862 "1948",
        // 48 "Dec 1948", 77 "circa ...", 113 "... to ..." or "circa 1979-1982".
        int items = RemarksItem().Matches(RawSdn()).Count(m => m.Groups["kind"].Value == "DOB ");

        List<DateOfBirth> dates = [.. Real.Value.Subjects.SelectMany(s => s.DatesOfBirth)];

        Assert.Equal(5125, items);
        Assert.Equal(items, dates.Count);
        Assert.Equal(4025, dates.Count(d => d.Kind == DateOfBirthKind.Exact));
        Assert.Equal(862, dates.Count(d => d.Kind == DateOfBirthKind.Year));
        Assert.Equal(48, dates.Count(d => d.Kind == DateOfBirthKind.YearMonth));
        Assert.Equal(77, dates.Count(d => d.Kind == DateOfBirthKind.Approximate));
        Assert.Equal(113, dates.Count(d => d.Kind == DateOfBirthKind.Range));
    }

    [Fact]
    public void Reads_passports_identity_documents_genders_and_places_of_birth()
    {
        // Independent counts with the same item regex over the raw file; a passport item without any digit is
        // prose ("Passport issued in Sarajevo, Bosnia-Herzegovina"), not a document. The split by label was counted
        // with Python: 1,538 Passport, 713 Cedula, 579 National ID, 421 NIT #, 356 R.F.C., 349 C.U.R.P., 201 Tax ID,
        // 134 Identification Number, 42 D.N.I., 22 Driver's License, 12 SSN, 11 Residency Number items, of which
        // three have no number (two Passport, one "NIT # Provisional").
        string raw = RawSdn();
        int passportsInContinuation = Regex.Count(File.ReadAllText(SharedData.PathOf("ofac-sdn-2019/sdn_comments.csv")), "; (?:alt\\. )?Passport ");
        List<Match> items = [.. RemarksItem().Matches(raw).Cast<Match>()];
        ListReadResult result = Real.Value;
        List<TravelDocument> documents = [.. result.Subjects.SelectMany(s => s.Documents)];

        Assert.Equal(1, passportsInContinuation);
        Assert.Equal(
            items.Count(m => m.Groups["kind"].Value == "Passport " && m.Groups["rest"].ValueSpan.ContainsAnyInRange('0', '9')) + passportsInContinuation,
            documents.Count(d => d.Type == DocumentType.Passport));
        Assert.Equal(1536, documents.Count(d => d.Type == DocumentType.Passport));
        Assert.Equal(4375, documents.Count);
        Assert.Equal(1762, documents.Count(d => d.Type == DocumentType.NationalId));
        Assert.Equal(989, documents.Count(d => d.Type == DocumentType.TaxNumber));
        Assert.Equal(Regex.Count(raw, "Gender Male"), result.Subjects.Count(s => s.Gender == Gender.Male));
        Assert.Equal(1384, result.Subjects.Count(s => s.Gender == Gender.Male));
        Assert.Equal(129, result.Subjects.Count(s => s.Gender == Gender.Female));
        Assert.Equal(items.Count(m => m.Groups["kind"].Value == "POB "), result.Subjects.Sum(s => s.PlacesOfBirth.Length));
    }

    [Fact]
    public void Resolves_nationalities_and_citizenships_to_countries_once_each()
    {
        // Python over the joined remarks: 3,055 nationality/citizen items, 2,692 distinct texts per record, three
        // of which are "possibly Palestinian" (not resolved: OFAC does not say the subject is Palestinian).
        ListReadResult result = Real.Value;

        int nationalities = result.Subjects.Sum(s => s.Nationalities.Length);
        List<Diagnostic> unknown = [.. result.Diagnostics.Where(d => d.Code == "VGL-OFAC010")];

        Assert.Equal(3, unknown.Count);
        Assert.All(unknown, d => Assert.Contains("possibly Palestinian", d.Message, StringComparison.Ordinal));
        Assert.Equal(2689, nationalities);
        Assert.All(result.Subjects, s => Assert.Equal(s.Nationalities.Length, s.Nationalities.Distinct().Count()));
    }

    [Fact]
    public void Splits_an_individual_name_into_family_and_given_names_and_keeps_it_whole()
    {
        Subject subject = Real.Value.Subjects.Single(s => s.Listing.SourceId == "7843");

        PersonName primary = subject.PrimaryName!;
        Assert.Equal(SubjectKind.Person, subject.Kind);
        Assert.Equal("AL-TIKRITI, Saddam Hussein", primary.Full);
        Assert.Equal("AL-TIKRITI", primary.FamilyName);
        Assert.Equal("Saddam Hussein", primary.GivenNames);
        Assert.Equal(NameScript.Latin, primary.Script);
        Assert.Equal([DateOfBirth.On(PartialDate.Of(1937, 4, 28))], subject.DatesOfBirth);
        Assert.Equal("al-Awja, near Tikrit, Iraq", Assert.Single(subject.PlacesOfBirth).Text);
        Assert.Equal(CountryCode.Of("IRQ"), subject.PlacesOfBirth[0].Country);
        Assert.Equal([CountryCode.Of("IRQ")], subject.Nationalities);
        Assert.Equal(["IRAQ2"], subject.Listing.Programmes);
        Assert.Contains(subject.Names, n => n.Full == "ABU ALI" && n.Quality == NameQuality.WeakAlias);
    }

    [Fact]
    public void Reads_a_whole_record_with_its_companion_rows()
    {
        ListReadResult result = Real.Value;
        Subject bank = result.Subjects.Single(s => s.Listing.SourceId == "306");
        Subject joined = result.Subjects.Single(s => s.Listing.SourceId == "12300");

        Assert.Equal(SubjectKind.Organization, bank.Kind);
        Assert.Equal(SubjectId.For("ofac", "306"), bank.Id);
        Assert.Equal(["CUBA"], bank.Listing.Programmes);
        Assert.Equal("BANCO NACIONAL DE CUBA", bank.PrimaryName!.Full);
        Assert.Null(bank.PrimaryName.FamilyName);
        Assert.Contains(bank.Names, n => n.Full == "NATIONAL BANK OF CUBA" && n.Quality == NameQuality.StrongAlias);
        Assert.Contains(bank.Names, n => n.Full == "BNC" && n.Quality == NameQuality.WeakAlias);
        Assert.Equal("a.k.a. 'BNC'.", bank.Remarks);
        Address zurich = Assert.Single(bank.Addresses, a => a.City == "Zurich CH-8022");
        Assert.Equal("Zweierstrasse 35", zurich.Street);
        Assert.Equal(CountryCode.Of("CHE"), zurich.Country);
        Assert.Equal("Switzerland", zurich.CountryText);

        // Remarks cut at OFAC's length limit go on in sdn_comments.csv, mid-word.
        Assert.Contains("PROMO RAIZ S.A.S.; Linked To: RED MUNDIAL", joined.Remarks, StringComparison.Ordinal);
        Assert.EndsWith("Linked To: R D I S.A.", joined.Remarks, StringComparison.Ordinal);
    }

    [Fact]
    public void Splits_bracketed_programme_lists()
    {
        Subject subject = Real.Value.Subjects.Single(s => s.Listing.SourceId == "11620");

        Assert.Equal(["IRAN", "NPWMD", "IFSR"], subject.Listing.Programmes);
    }

    [Theory]
    [InlineData("Passport Booklet: A1234567 (Pakistan)", "A1234567", "PAK", "Booklet: A1234567")]
    [InlineData("Passport No.: 0123456, Eritrea, Issue Date 21 August 2006", "0123456", "ERI", "No.: 0123456, Eritrea, Issue Date 21 August 2006")]
    [InlineData("Passport D000000123, Diplomatic (Syria)", "D000000123", "SYR", "D000000123, Diplomatic")]
    [InlineData("Passport #H0012345 (Iraq) issued 01 Jan 2000", "H0012345", "IRQ", "#H0012345")]
    public void Reads_a_passport_number_out_of_the_text_around_it(string item, string number, string country, string note)
    {
        // Invented numbers, in shapes the 2019 list writes.
        ListReadResult result = ReadText(Row(7, "DOE, Jane", "individual", item + "; Gender Female."));

        TravelDocument passport = Assert.Single(Assert.Single(result.Subjects).Documents);
        Assert.Equal((DocumentType.Passport, number, (CountryCode?)CountryCode.Of(country), note), (passport.Type, passport.Number, passport.IssuingCountry, passport.Note));
    }

    [Fact]
    public void Reads_remarks_items_into_dates_places_documents_and_nationalities()
    {
        string remarks = "DOB 10 Dec 1948; alt. DOB circa 1950; DOB 1951 to 1953; DOB Feb 1949; POB Culiacan, Sinaloa, Mexico; "
            + "nationality Iraq; citizen Iraq; citizenship Korea, North; Passport A1234567 (Iraq) issued 01 Jan 2000 expires 31 Dec 2020; "
            + "National ID No. 123-45 (Colombia); Tax ID No. 99 (Freedonia); Driver's License No. 180839 (Mexico); Gender Female; "
            + "a.k.a. 'ALI, Abu'; Linked To: SOMETHING.";

        ListReadResult result = ReadText(Row(7, "DOE, Jane Ann", "individual", remarks));

        Subject subject = Assert.Single(result.Subjects);
        Assert.Equal(["1948-12-10", "~1950", "1951..1953", "1949-02"], subject.DatesOfBirth.Select(d => d.ToString()));
        PlaceOfBirth place = Assert.Single(subject.PlacesOfBirth);
        Assert.Equal(("Culiacan, Sinaloa, Mexico", "Culiacan", "Sinaloa", (CountryCode?)CountryCode.Of("MEX")), (place.Text, place.City, place.Region, place.Country));
        Assert.Equal([CountryCode.Of("IRQ"), CountryCode.Of("PRK")], subject.Nationalities);
        Assert.Equal(Gender.Female, subject.Gender);
        TravelDocument passport = subject.Documents[0];
        Assert.Equal((DocumentType.Passport, "A1234567", (CountryCode?)CountryCode.Of("IRQ")), (passport.Type, passport.Number, passport.IssuingCountry));
        Assert.Equal((PartialDate.Of(2000, 1, 1), PartialDate.Of(2020, 12, 31)), (passport.IssuedOn, passport.ExpiresOn));
        Assert.Equal([DocumentType.Passport, DocumentType.NationalId, DocumentType.TaxNumber, DocumentType.DrivingLicence], subject.Documents.Select(d => d.Type));
        Assert.Equal("Freedonia", subject.Documents[2].Note);
        PersonName weak = Assert.Single(subject.Names, n => n.Quality == NameQuality.WeakAlias);
        Assert.Equal(("ALI, Abu", "ALI", "Abu"), (weak.Full, weak.FamilyName, weak.GivenNames));
        Assert.Equal(remarks, subject.Remarks);
        Assert.False(result.HasErrors);
    }

    public static TheoryData<string, string?, string, string, int, int, string?> MalformedInputs => new()
    {
        // sdn.csv text, alt.csv text, expected code, source, line, column, field
        { Row(1, "A", "-0-", string.Empty) + "2,\"B\",-0- ,\"SDGT\"\r\n", null, "VGL-OFAC001", "sdn.csv", 2, 1, null },
        { Row(1, "A", "-0-", string.Empty), "1,10,\"aka\",\"X\"\r\n", "VGL-OFAC001", "alt.csv", 1, 1, null },
        { Row(1, "A", "-0-", string.Empty) + "2,\"B,-0- ,-0- \r\n", null, "VGL-OFAC002", "sdn.csv", 2, 3, "SDN_Name" },
        { Row(1, "A", "-0-", string.Empty) + Row(3, "DOE, John", "individual", "Passport 1; DOB 31 Feb 1970"), null, "VGL-OFAC008", "sdn.csv", 2, 70, "Remarks" },
        { Row(1, "A", "-0-", string.Empty) + Row(3, "DOE, John", "individual", "DOB 1972 to 1970"), null, "VGL-OFAC008", "sdn.csv", 2, 70, "Remarks" },
        { Row(1, "A", "-0-", string.Empty) + Row(1, "B", "-0-", string.Empty), null, "VGL-OFAC005", "sdn.csv", 2, 1, "ent_num" },
        { "x1,\"A\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n", null, "VGL-OFAC004", "sdn.csv", 1, 1, "ent_num" },
        { Row(1, " ", "-0-", string.Empty), null, "VGL-OFAC007", "sdn.csv", 1, 3, "SDN_Name" },
    };

    [Theory]
    [MemberData(nameof(MalformedInputs))]
    public void Reports_malformed_input_with_its_code_and_position(string sdn, string? alt, string code, string source, int line, int column, string? field)
    {
        ListReadResult result = ReadText(sdn, alt);

        Diagnostic diagnostic = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal(code, diagnostic.Code);
        Assert.Equal((source, line, column, field), (diagnostic.Position.Source, diagnostic.Position.Line, diagnostic.Position.Column, diagnostic.Position.Field));
    }

    [Fact]
    public void Keeps_reading_after_a_bad_row_so_every_problem_is_reported()
    {
        string sdn = Row(1, "A", "-0-", string.Empty) + "2,\"B\"\r\n" + Row(3, "C", "-0-", "DOB 30 Feb 1970") + Row(4, "D", "-0-", string.Empty);

        ListReadResult result = ReadText(sdn);

        Assert.Equal(["VGL-OFAC001", "VGL-OFAC008"], result.Diagnostics.Select(d => d.Code));
        Assert.Equal(["1", "3", "4"], result.Subjects.Select(s => s.Listing.SourceId));
    }

    [Fact]
    public void Warns_about_alternate_names_of_records_that_do_not_exist()
    {
        ListReadResult result = ReadText(Row(1, "A", "-0-", string.Empty), "9,10,\"aka\",\"X\",-0- \r\n");

        Diagnostic diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(("VGL-OFAC012", DiagnosticSeverity.Warning, "alt.csv", 1), (diagnostic.Code, diagnostic.Severity, diagnostic.Position.Source, diagnostic.Position.Line));
    }

    [Fact]
    public void Stops_with_an_error_when_the_files_exceed_the_size_limit()
    {
        ListReadResult result = ReadText(Row(1, "A", "-0-", string.Empty) + Row(2, "B", "-0-", string.Empty), maxBytes: 60);

        Diagnostic diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("VGL-OFAC013", diagnostic.Code);
        Assert.True(result.HasErrors);
    }

    [Fact]
    public void Reports_progress_in_bytes_read()
    {
        List<long> reports = [];
        string sdn = Row(1, "A", "-0-", string.Empty);

        new OfacSdnReader().Read(new ListInput(new MemoryStream(Encoding.UTF8.GetBytes(sdn))), Options() with { Progress = new SyncProgress(reports) });

        Assert.Equal(Encoding.UTF8.GetByteCount(sdn), reports[^1]);
    }

    [Fact]
    public void Arbitrary_bytes_never_throw()
    {
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(300), Prop.ForAll<byte[], byte[]>((sdn, alt) =>
        {
            ListInput input = new(new MemoryStream(sdn))
            {
                Companions = new Dictionary<string, (Stream, string)>(StringComparer.Ordinal) { ["alt.csv"] = (new MemoryStream(alt), "alt.csv") },
            };

            ListReadResult result = new OfacSdnReader().Read(input, Options());

            return !result.Subjects.IsDefault && !result.Diagnostics.IsDefault;
        }));
    }

    [Fact]
    public void Arbitrary_text_built_from_csv_pieces_never_throws()
    {
        // Random bytes rarely form quotes, commas and remarks items; this text is made of them.
        string[] pieces = ["\"", ",", "\r\n", "\n", "-0- ", "1", "2", "DOB ", "31 Feb ", "Dec ", "1970", "; ", "individual", "Passport ",
            "(", ")", "a.k.a. '", "circa ", " to ", "POB ", ", ", "nationality ", "issued ", "expires "];
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(500), Prop.ForAll<int[]>(seed =>
        {
            StringBuilder text = new();
            foreach (int i in seed)
            {
                text.Append(pieces[(i & int.MaxValue) % pieces.Length]);
            }

            ListReadResult result = ReadText(text.ToString(), text.ToString());
            return !result.Subjects.IsDefault;
        }));
    }

    [GeneratedRegex(@"(?:""|; )(?:alt\. )?(?<kind>DOB |POB |Passport |a\.k\.a\. |f\.k\.a\. |n\.k\.a\. )(?<rest>[^;""]*)")]
    private static partial Regex RemarksItem();

    private sealed class SyncProgress(List<long> reports) : IProgress<long>
    {
        public void Report(long value) => reports.Add(value);
    }
}
