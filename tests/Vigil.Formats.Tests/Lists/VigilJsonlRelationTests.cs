using System.Text;
using Vigil.Domain;
using Vigil.Formats.Diagnostics;
using Vigil.Formats.Json;
using Vigil.Formats.Lists;

namespace Vigil.Formats.Tests.Lists;

/// <summary>The <c>relations</c> of vigil-jsonl lines and of the stored form.</summary>
public sealed class VigilJsonlRelationTests
{
    private static readonly Provenance Imported = new("fam.jsonl", "00ff", new DateTimeOffset(2026, 2, 3, 4, 5, 6, TimeSpan.Zero));

    private static ListReadResult Read(string text)
    {
        using MemoryStream stream = new(Encoding.UTF8.GetBytes(text));
        return new VigilJsonlReader().Read(new ListInput(stream), new ListReadOptions("fam", "fam.jsonl", ListingCategory.Monitor) { Provenance = Imported });
    }

    private static string Line(string id, string relations) =>
        $$"""{"id":"{{id}}","names":[{"full":"Subject {{id}}"}],"relations":[{{relations}}]}""";

    [Fact]
    public void A_relation_to_a_subject_of_the_file_keeps_type_relative_since_source_and_note()
    {
        ListReadResult result = Read(
            Line("F-1", """{"type":"spouse","subject":"F-2","since":"2015-06","source":"court file","note":"married in (town)"},{"type":"child","subject":"F-3"}""")
            + "\n" + Line("F-2", string.Empty) + "\n" + Line("F-3", string.Empty));

        Assert.Empty(result.Diagnostics);
        Assert.Empty(result.ExternalReferences);
        SubjectRelation spouse = result.Subjects[0].Relations[0];
        Assert.Equal(
            (RelationType.Spouse, SubjectId.For("fam", "F-2"), "fam", "F-2", PartialDate.OfYearMonth(2015, 6), "court file", "married in (town)", false),
            (spouse.Type, spouse.RelativeId, spouse.RelativeList, spouse.RelativeSourceId, spouse.Since, spouse.Source, spouse.Note, spouse.IsManual));
        Assert.Equal((RelationType.Child, "F-3"), (result.Subjects[0].Relations[1].Type, result.Subjects[0].Relations[1].RelativeSourceId));
    }

    [Fact]
    public void A_relative_written_list_colon_id_is_in_another_list_and_is_handed_on_with_its_position()
    {
        ListReadResult result = Read(Line("F-1", """{"type":"associate","subject":"un:QDi.901"}"""));

        Assert.Empty(result.Diagnostics);
        SubjectRelation relation = Assert.Single(result.Subjects[0].Relations);
        Assert.Equal((SubjectId.For("un", "QDi.901"), "un", "QDi.901"), (relation.RelativeId, relation.RelativeList, relation.RelativeSourceId));
        SubjectReference reference = Assert.Single(result.ExternalReferences);
        Assert.Equal(("un", "QDi.901", 1, 89, "$.relations[0].subject"), (reference.ListName, reference.SourceId, reference.Position.Line, reference.Position.Column, reference.Position.Field));
        Assert.Equal("VGL-JSONL016", reference.NotFound().Code);
    }

    [Fact]
    public void An_id_of_the_file_holding_a_colon_is_read_as_that_subject_not_as_a_list()
    {
        ListReadResult result = Read(Line("F-1", """{"type":"sibling","subject":"A:7"}""") + "\n" + Line("A:7", string.Empty));

        Assert.Empty(result.Diagnostics);
        Assert.Empty(result.ExternalReferences);
        Assert.Equal(("fam", "A:7"), (result.Subjects[0].Relations[0].RelativeList, result.Subjects[0].Relations[0].RelativeSourceId));
    }

    [Theory]
    [InlineData("""{"type":"spouse","subject":"F-9"}""", "VGL-JSONL016", "$.relations[0].subject")]
    [InlineData("""{"type":"spouse","subject":"fam:F-9"}""", "VGL-JSONL016", "$.relations[0].subject")]
    [InlineData("""{"type":"sibling","subject":"F-1"}""", "VGL-JSONL017", "$.relations[0].subject")]
    [InlineData("""{"type":"cousin","subject":"F-2"}""", "VGL-JSONL007", "$.relations[0].type")]
    [InlineData("""{"type":"spouse"}""", "VGL-JSONL005", "$.relations[0].subject")]
    [InlineData("""{"subject":"F-2"}""", "VGL-JSONL005", "$.relations[0].type")]
    [InlineData("""{"type":"spouse","subject":"F-2","since":"2015-13"}""", "VGL-JSONL008", "$.relations[0].since")]
    public void A_bad_relation_is_a_located_error_that_rejects_the_file(string relation, string code, string field)
    {
        ListReadResult result = Read("# fictitious\n" + Line("F-2", string.Empty) + "\n" + Line("F-1", relation));

        Assert.True(result.HasErrors);
        Diagnostic error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal((code, 3, field), (error.Code, error.Position.Line, error.Position.Field));
        Assert.Equal("fam.jsonl", error.Position.Source);
        Assert.NotNull(error.Position.Column);
    }

    [Fact]
    public void Errors_found_once_the_file_is_read_are_given_in_line_order_with_the_others()
    {
        ListReadResult result = Read(Line("F-1", """{"type":"spouse","subject":"F-9"}""") + "\n" + """{"id":"F-2","names":"x"}""");

        Assert.Equal([("VGL-JSONL016", 1), ("VGL-JSONL006", 2)], result.Diagnostics.Where(d => d.IsError).Select(d => (d.Code, d.Position.Line ?? 0)));
    }

    [Fact]
    public void The_stored_form_keeps_every_field_of_a_relation_and_a_list_line_names_the_relative_as_a_file_does()
    {
        Subject subject = new(SubjectId.For("fam", "F-1"), SubjectKind.Person, new Listing("fam", "F-1", ListingCategory.NoBoard))
        {
            Names = [PersonName.Whole("Karim Bashir HADDADI", NameQuality.Primary)],
            Relations =
            [
                SubjectRelation.To(RelationType.Child, "fam", "F-3") with { Since = PartialDate.OfYear(2016), RecordedAt = Imported.ImportedAt, RecordedBy = "import:1" },
                SubjectRelation.To(RelationType.Associate, "un", "QDi.901") with
                {
                    Source = "liaison", Note = "same cell", RecordedAt = Imported.ImportedAt.AddDays(1), RecordedBy = "analyst", IsManual = true,
                },
            ],
        };

        Subject stored = SubjectJson.Deserialize(SubjectJson.Serialize(subject));
        string line = VigilJsonlWriter.ToLine(subject);

        Assert.Equal(subject.Relations, stored.Relations);
        Assert.Contains("""{"type":"child","subject":"F-3","since":"2016"}""", line, StringComparison.Ordinal);
        Assert.Contains("""{"type":"associate","subject":"un:QDi.901","source":"liaison","note":"same cell"}""", line, StringComparison.Ordinal);
        Assert.Empty(SubjectDiff.ChangedFields(subject with { Relations = [subject.Relations[0]] }, stored with { Relations = [stored.Relations[0] with { RecordedBy = "import:7" }] }));
        Assert.Equal(["relations"], SubjectDiff.ChangedFields(subject with { Relations = [] }, stored));
    }
}
