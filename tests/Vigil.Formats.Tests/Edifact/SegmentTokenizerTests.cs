using System.Text;
using System.Text.Json.Nodes;
using Vigil.Formats.Edifact;

namespace Vigil.Formats.Tests.Edifact;

/// <summary>The tokenizer looks for service characters 64 bytes at a time: a separator, a release character or a
/// terminator must read the same wherever it falls against those blocks.</summary>
public sealed class SegmentTokenizerTests
{
    /// <summary>Released separators, a release character released, an unreleased repetition separator (syntax 4), a
    /// value over the element limit and an unterminated last segment: every kind of service character and problem.</summary>
    private static readonly string Tricky = Interchanges.Paxlst(
    [
        "BGM+745'",
        .. Interchanges.Flight,
        "NAD+FL+++O?'NEILL:ANNE?:MARIE?+JO??'",
        "ATT+2++F'",
        "DTM+329:880229'",
        "NAT+2+IRL'",
        "RFF+AVF:AB*12'",
        "DOC+P+" + new string('7', 520) + "'",
        "DOC+P+PA?*5551234'",
        "DTM+36:290811'",
        "LOC+91+IRL'",
        "CNT+42:1'",
    ]).Replace(Interchanges.Una, "UNA:+.?*'", StringComparison.Ordinal) + "UNZ+1+REF001";

    [Fact]
    public void Reads_the_same_interchange_at_every_offset_against_the_blocks()
    {
        JsonNode expected = ParseJson.Render("paxlst", Encoding.Latin1.GetBytes(Tricky));
        JsonNode traveler = expected["messages"]![0]!["travelers"]![0]!;
        Assert.Equal("O'NEILL", (string?)traveler["familyName"]);
        Assert.Equal("ANNE:MARIE+JO?", (string?)traveler["givenNames"]);
        Assert.Equal("AB*12", (string?)traveler["references"]![0]!["value"]);
        Assert.Equal("PA*5551234", (string?)traveler["documents"]![1]!["number"]);
        string issues = expected["issues"]!.ToJsonString();
        Assert.Contains(EdifactDiagnostics.RepetitionSeparatorCode, issues, StringComparison.Ordinal);
        Assert.Contains(EdifactDiagnostics.ElementTooLongCode, issues, StringComparison.Ordinal);
        Assert.Contains(EdifactDiagnostics.UnterminatedSegmentCode, issues, StringComparison.Ordinal);

        // Leading spaces before UNA are skipped: each shift moves every byte of the interchange one place further
        // into its block, through two whole blocks.
        for (int shift = 1; shift <= 130; shift++)
        {
            byte[] shifted = Encoding.Latin1.GetBytes(new string(' ', shift) + Tricky);

            JsonNode actual = ParseJson.Render("paxlst", shifted);

            Assert.True(JsonNode.DeepEquals(expected, actual), $"shifted by {shift}: {actual.ToJsonString()}");
        }
    }

    [Fact]
    public void Reads_segments_without_line_breaks_that_span_many_blocks()
    {
        string oneLine = Tricky.Replace("\n", string.Empty, StringComparison.Ordinal);
        JsonNode expected = ParseJson.Render("paxlst", Encoding.Latin1.GetBytes(Tricky));

        JsonNode actual = ParseJson.Render("paxlst", Encoding.Latin1.GetBytes(oneLine));

        Assert.True(JsonNode.DeepEquals(expected, actual), actual.ToJsonString());
    }

    [Fact]
    public void Reads_a_segment_with_more_elements_and_components_than_its_arrays_first_hold()
    {
        // 40 data elements of 3 components: 121 ranges, beyond the 16 elements and 64 components a segment starts
        // with. The same segment read twice (the arrays grown by then), and a short one between.
        string wide = "FTX+" + string.Join('+', Enumerable.Range(1, 40).Select(e => $"E{e}A:E{e}B:E{e}C")) + "'";
        byte[] data = Encoding.ASCII.GetBytes(wide + "LOC+22+JFK'" + wide);
        EdifactIssues issues = new(null, 100);
        SegmentTokenizer tokenizer = new(data, data.Length, 0, ServiceCharacters.Default, EdifactLimits.Default, issues, isTruncatedAtLimit: false);
        Segment segment = new(EdifactCharacterSet.Initial, (byte)'?', data.Length);
        List<string> read = [];
        while (tokenizer.Read(segment))
        {
            read.Add($"{segment.TagText} {segment.ElementCount} {segment.ComponentCount(segment.ElementCount)} {segment.Text(1, 1)} {segment.Text(segment.ElementCount, segment.ComponentCount(segment.ElementCount))}");
        }

        Assert.Equal(["FTX 40 3 E1A E40C", "LOC 2 1 22 JFK", "FTX 40 3 E1A E40C"], read);
        Assert.Empty(issues.Items);
    }
}
