using Vigil.Domain;
using Vigil.Formats.Diagnostics;
using Vigil.Formats.Lists;

namespace Vigil.Formats.Tests.Lists;

/// <summary><c>Linked To: NAME</c> remarks become associate relations. Every name is invented, but for the 2019 figures.</summary>
public sealed partial class OfacSdnReaderTests
{
    [Fact]
    public void Linked_to_a_name_one_other_subject_bears_becomes_an_associate_relation_to_it()
    {
        ListReadResult result = ReadText(
            Row(101, "BRAMWELT TRADING S.A. DE C.V.", "-0-", string.Empty)
            + Row(102, "QUILLFEN, Tomas", "individual", "DOB 1970; Linked To: BRAMWELT TRADING S.A. de C.V.; Linked To: GHOSTWATER HOLDINGS.")
            + Row(103, "ORVANE SHIPPING", "-0-", "Linked To: ORVANE SHIPPING.")
            + Row(104, "DUPLIN GROUP", "-0-", string.Empty)
            + Row(105, "DUPLIN GROUP", "-0-", string.Empty)
            + Row(106, "FENWAY ALIAS HOLDER", "-0-", "Linked To: OLD FENWAY NAME.")
            + Row(107, "CARRAWAY, Ines", "individual", "Linked To: DUPLIN GROUP."),
            alt: "107,1,\"aka\",\"OLD FENWAY NAME\",-0- \r\n");

        Subject person = result.Subjects.Single(s => s.Listing.SourceId == "102");
        SubjectRelation relation = Assert.Single(person.Relations);
        Assert.Equal(
            (RelationType.Associate, SubjectId.For("ofac", "101"), "ofac", "101", "Linked To: BRAMWELT TRADING S.A. de C.V"),
            (relation.Type, relation.RelativeId, relation.RelativeList, relation.RelativeSourceId, relation.Note));
        Assert.Equal("107", Assert.Single(result.Subjects.Single(s => s.Listing.SourceId == "106").Relations).RelativeSourceId);
        Assert.Empty(result.Subjects.Single(s => s.Listing.SourceId == "103").Relations);
        Assert.Empty(result.Subjects.Single(s => s.Listing.SourceId == "107").Relations);
        Diagnostic[] warnings = [.. result.Diagnostics.Where(d => d.Code == "VGL-OFAC015")];
        Assert.All(warnings, w => Assert.Equal((DiagnosticSeverity.Warning, "Remarks"), (w.Severity, w.Position.Field)));
        Assert.Equal(
            [("102", 2, "no other"), ("103", 3, "no other"), ("107", 7, "names 2 subjects")],
            warnings.Select(w => (w.Message.Split(':')[0]["record ".Length..], w.Position.Line ?? 0, w.Message.Contains("names 2 subjects", StringComparison.Ordinal) ? "names 2 subjects" : "no other")));
        Assert.False(result.HasErrors);
    }

    [Fact]
    public void In_the_2019_list_3397_of_3408_linked_to_remarks_resolve_to_one_subject()
    {
        ListReadResult result = Real.Value;

        Assert.Equal(3397, result.Subjects.Sum(s => s.Relations.Length));
        Assert.Equal(11, result.Diagnostics.Count(d => d.Code == "VGL-OFAC015"));
        Assert.All(result.Subjects.SelectMany(s => s.Relations), r => Assert.Equal(RelationType.Associate, r.Type));
    }
}
