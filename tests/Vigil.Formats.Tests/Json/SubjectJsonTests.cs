using System.Collections.Immutable;
using System.Text;
using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using Vigil.Domain;
using Vigil.Formats.Json;

namespace Vigil.Formats.Tests.Json;

public sealed class SubjectJsonTests
{
    private static readonly DateTimeOffset ImportedAt = new(2026, 1, 2, 10, 0, 0, TimeSpan.Zero);

    /// <summary>A subject with every field set, as the layout contract shows it.</summary>
    internal static Subject FullSubject() =>
        new(SubjectId.For("national-ftf", "FTF-0001"), SubjectKind.Person, new Listing("national-ftf", "FTF-0001", ListingCategory.NoBoard)
        {
            Programmes = ["ISIL foreign fighter"],
            Reason = "Joined an armed group.",
            ListedOn = PartialDate.OfYearMonth(2019, 3),
            Provenance = new Provenance("x.jsonl", "ab12", ImportedAt),
        })
        {
            Names =
            [
                new PersonName("Yanis Belkacem", "Yanis", "Belkacem", "bin Saïd", NameScript.Latin, NameQuality.Primary),
                new PersonName("Abu Qasim al-Faransi", null, null, null, NameScript.Latin, NameQuality.WeakAlias) { Note = "nom de guerre" },
                new PersonName("يانيس بلقاسم", null, null, null, NameScript.Arabic, NameQuality.OriginalScript),
            ],
            DatesOfBirth =
            [
                DateOfBirth.On(PartialDate.Of(1988, 4, 12)),
                DateOfBirth.On(PartialDate.OfYear(1990)),
                DateOfBirth.On(PartialDate.OfYear(1985, approximate: true)),
                DateOfBirth.Between(PartialDate.OfYear(1978), PartialDate.OfYear(1982)),
            ],
            PlacesOfBirth = [new PlaceOfBirth("Lyon, France") { City = "Lyon", Country = CountryCode.Of("FRA") }],
            Nationalities = [CountryCode.Of("FRA"), CountryCode.Of("DZA")],
            Gender = Gender.Male,
            Documents =
            [
                new TravelDocument(DocumentType.Passport, "12AB34567", CountryCode.Of("FRA"))
                {
                    IssuedOn = PartialDate.Of(2014, 2, 1),
                    ExpiresOn = PartialDate.Of(2024, 1, 31),
                    TypeText = "Passport",
                    Note = "reported stolen",
                },
            ],
            Addresses = [new Address { City = "Raqqa", Country = CountryCode.Of("SYR"), CountryText = "Syria", Note = "2015" }],
            Titles = ["Amir"],
            Remarks = "Fictitious.",
            CustodyHistory =
            [
                new CustodyStatus(CustodyState.Detained, PartialDate.OfYearMonth(2019, 3))
                {
                    Authority = "Syrian Democratic Forces",
                    Place = "al-Hol camp",
                    Country = CountryCode.Of("SYR"),
                    Source = "liaison report",
                    Note = "transferred",
                    RecordedAt = ImportedAt,
                    RecordedBy = "import:3",
                },
                new CustodyStatus(CustodyState.Repatriated, PartialDate.OfYear(2023))
                {
                    Country = CountryCode.Of("FRA"),
                    RecordedAt = ImportedAt.AddDays(5).ToOffset(TimeSpan.FromHours(2)),
                    RecordedBy = "analyst.dupont",
                    IsManual = true,
                },
            ],
        };

    [Fact]
    public void Writes_every_field_in_the_contract_layout_and_order()
    {
        string json = SubjectJson.Serialize(FullSubject());

        // The layout contract, one line per top-level property; line breaks are removed before comparing.
        string expected = """
            {"subjectId":"[ID]","list":"national-ftf","sourceId":"FTF-0001","kind":"person","category":"no-board",
            "programmes":["ISIL foreign fighter"],"reason":"Joined an armed group.","listedOn":"2019-03",
            "names":[{"full":"Yanis Belkacem","given":"Yanis","family":"Belkacem","patronymic":"bin Saïd","script":"latin","quality":"primary"},
            {"full":"Abu Qasim al-Faransi","script":"latin","quality":"weak-alias","note":"nom de guerre"},
            {"full":"يانيس بلقاسم","script":"arabic","quality":"original-script"}],
            "datesOfBirth":["1988-04-12","1990","~1985","1978..1982"],
            "placesOfBirth":[{"text":"Lyon, France","city":"Lyon","country":"FRA"}],
            "nationalities":["FRA","DZA"],"gender":"male",
            "documents":[{"type":"passport","number":"12AB34567","country":"FRA","issued":"2014-02-01","expires":"2024-01-31","typeText":"Passport","note":"reported stolen"}],
            "addresses":[{"city":"Raqqa","country":"SYR","countryText":"Syria","note":"2015"}],
            "titles":["Amir"],"remarks":"Fictitious.",
            "custody":[{"status":"detained","since":"2019-03","authority":"Syrian Democratic Forces","place":"al-Hol camp","country":"SYR","source":"liaison report","note":"transferred","recordedAt":"2026-01-02T10:00:00+00:00","recordedBy":"import:3","manual":false},
            {"status":"repatriated","since":"2023","country":"FRA","recordedAt":"2026-01-07T12:00:00+02:00","recordedBy":"analyst.dupont","manual":true}],
            "provenance":{"sourceFile":"x.jsonl","sha256":"ab12","importedAt":"2026-01-02T10:00:00+00:00"}}
            """.ReplaceLineEndings(string.Empty);
        Assert.Equal(expected.Replace("[ID]", SubjectId.For("national-ftf", "FTF-0001").Value, StringComparison.Ordinal), json);
    }

    [Fact]
    public void Leaves_out_nulls_unknown_dates_unknown_gender_and_empty_arrays()
    {
        Subject subject = new(SubjectId.FromStored("V0000000000"), SubjectKind.Organization, new Listing("un", "QDe.001", ListingCategory.Monitor));

        string json = SubjectJson.Serialize(subject);

        Assert.Equal("""{"subjectId":"V0000000000","list":"un","sourceId":"QDe.001","kind":"organization","category":"monitor"}""", json);
    }

    [Fact]
    public void Reading_what_was_written_gives_the_same_subject_field_by_field()
    {
        Subject subject = FullSubject();

        Subject read = SubjectJson.Deserialize(SubjectJson.Serialize(subject));

        AssertSame(subject, read);
    }

    [Fact]
    public void Reading_utf8_bytes_gives_the_same_subject_as_reading_the_string()
    {
        Subject subject = FullSubject();

        Subject read = SubjectJson.Deserialize(SubjectJson.SerializeToUtf8Bytes(subject));

        AssertSame(subject, read);
        Assert.Equal(SubjectJson.Serialize(subject), Encoding.UTF8.GetString(SubjectJson.SerializeToUtf8Bytes(subject)));
    }

    [Fact]
    public void Same_subject_always_gives_the_same_bytes()
    {
        string first = SubjectJson.Serialize(FullSubject());

        string second = SubjectJson.Serialize(FullSubject());
        string again = SubjectJson.Serialize(SubjectJson.Deserialize(first));

        Assert.Equal(first, second);
        Assert.Equal(first, again);
    }

    [Fact]
    public void Writes_into_a_callers_writer_as_one_value()
    {
        using MemoryStream stream = new();
        using (Utf8JsonWriter writer = new(stream))
        {
            writer.WriteStartArray();
            SubjectJson.WriteTo(writer, FullSubject());
            SubjectJson.WriteTo(writer, FullSubject());
            writer.WriteEndArray();
        }

        using JsonDocument document = JsonDocument.Parse(stream.ToArray());
        Assert.Equal(2, document.RootElement.GetArrayLength());
        Assert.Equal("FTF-0001", document.RootElement[1].GetProperty("sourceId").GetString());
    }

    [Fact]
    public void Missing_kind_quality_and_script_take_their_defaults()
    {
        string json = """{"subjectId":"V1","list":"l","sourceId":"1","category":"monitor","names":[{"full":"Ali Hassan"},{"full":"علي حسن"}]}""";

        Subject subject = SubjectJson.Deserialize(json);

        Assert.Equal(SubjectKind.Person, subject.Kind);
        Assert.Equal(NameQuality.Primary, subject.Names[0].Quality);
        Assert.Equal(NameQuality.StrongAlias, subject.Names[1].Quality);
        Assert.Equal(NameScript.Latin, subject.Names[0].Script);
        Assert.Equal(NameScript.Arabic, subject.Names[1].Script);
        Assert.Equal(Gender.Unknown, subject.Gender);
    }

    [Fact]
    public void Tolerates_a_byte_order_mark_and_null_values()
    {
        byte[] json = [.. "\uFEFF"u8, .. """{"subjectId":"V1","list":"l","sourceId":"1","category":"monitor","reason":null,"titles":null}"""u8];

        Subject subject = SubjectJson.Deserialize(json);

        Assert.Null(subject.Listing.Reason);
        Assert.Empty(subject.Titles);
    }

    [Theory]
    [InlineData("""{"subjectId":"V1","list":"l","sourceId":"1","category":"monitor",""", "VGL-JSONL001", "$")]
    [InlineData("""[]""", "VGL-JSONL002", "$")]
    [InlineData("""{"list":"l","sourceId":"1","category":"monitor"}""", "VGL-JSONL005", "$.subjectId")]
    [InlineData("""{"subjectId":"V1","list":"l","sourceId":"1"}""", "VGL-JSONL005", "$.category")]
    [InlineData("""{"subjectId":"V1","list":"l","sourceId":"1","category":"no-fly"}""", "VGL-JSONL007", "$.category")]
    [InlineData("""{"subjectId":"V1","list":"l","sourceId":"1","category":"monitor","datesOfBirth":["1988","1988-02-30"]}""", "VGL-JSONL008", "$.datesOfBirth[1]")]
    [InlineData("""{"subjectId":"V1","list":"l","sourceId":"1","category":"monitor","custody":[{"status":"detained","recordedAt":"soon"}]}""", "VGL-JSONL014", "$.custody[0].recordedAt")]
    [InlineData("""{"subjectId":"V1","list":"l","sourceId":"1","category":"monitor","provenance":{"sourceFile":"a"}}""", "VGL-JSONL005", "$.provenance.sha256")]
    public void Bad_stored_json_throws_a_json_exception_naming_code_and_path(string json, string code, string path)
    {
        JsonException error = Assert.Throws<JsonException>(() => SubjectJson.Deserialize(json));

        Assert.StartsWith(code + ":", error.Message, StringComparison.Ordinal);
        Assert.Equal(path, error.Path);
    }

    [Fact]
    public void Unknown_properties_in_stored_json_are_ignored()
    {
        Subject subject = SubjectJson.Deserialize("""{"subjectId":"V1","list":"l","sourceId":"1","category":"monitor","future":{"x":[1,2]}}""");

        Assert.Equal("1", subject.Listing.SourceId);
    }

    [Fact]
    public void History_entry_carries_its_subjects_in_the_subject_layout()
    {
        Subject after = FullSubject();
        HistoryEntry entry = new(42, ImportedAt, "import:3", HistoryAction.StatusChanged, after.Id, "national-ftf", "FTF-0001")
        {
            ImportId = 3,
            Fields = ["custody"],
            After = after,
        };

        string json = SubjectJson.Serialize(entry);

        string expectedStart =
            $$"""{"id":42,"at":"2026-01-02T10:00:00+00:00","actor":"import:3","action":"status-changed","subjectId":"{{after.Id.Value}}","list":"national-ftf","sourceId":"FTF-0001","importId":3,"fields":["custody"],"after":""";
        Assert.Equal(expectedStart + SubjectJson.Serialize(after) + "}", json);
    }

    [Fact]
    public void Any_text_in_any_text_field_survives_a_round_trip()
    {
        static string Clean(string? text) => text is null ? string.Empty : IsValidUtf16(text) ? text : "x";

        Prop.ForAll<NonNull<string>, string?, string?>((full, note, remarks) =>
        {
            Subject template = FullSubject();
            Subject subject = template with
            {
                Names = [new PersonName(Clean(full.Get), null, null, null, NameScript.Unknown, NameQuality.Primary) { Note = note is null ? null : Clean(note) }],
                Remarks = remarks is null ? null : Clean(remarks),
                Listing = template.Listing with { SourceId = Clean(remarks) + Clean(full.Get) },
            };

            string json = SubjectJson.Serialize(subject);
            Subject read = SubjectJson.Deserialize(json);

            return SubjectDiff.ChangedFields(subject, read).IsEmpty
                && read.Listing.SourceId == subject.Listing.SourceId
                && read.Names[0] == subject.Names[0]
                && SubjectJson.Serialize(read) == json;
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(300));
    }

    private static bool IsValidUtf16(string text)
    {
        // Lone surrogates cannot be encoded as UTF-8, so no reader ever produces them.
        for (int i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                return false;
            }
        }

        return true;
    }

    internal static void AssertSame(Subject expected, Subject actual)
    {
        Assert.Empty(SubjectDiff.ChangedFields(expected, actual));
        Assert.Equal(expected.Id, actual.Id);
        Assert.Equal(expected.Listing.ListName, actual.Listing.ListName);
        Assert.Equal(expected.Listing.SourceId, actual.Listing.SourceId);
        Assert.Equal(expected.Listing.Provenance, actual.Listing.Provenance);
        Assert.Equal<CustodyStatus>(expected.CustodyHistory, actual.CustodyHistory);
        Assert.Equal<PersonName>(expected.Names, actual.Names);
    }
}
