using Vigil.Formats.Diagnostics;
using Vigil.Formats.Edifact;
using Vigil.Formats.Paxlst;
using static Vigil.Formats.Tests.Edifact.Interchanges;

namespace Vigil.Formats.Tests.Edifact;

/// <summary>Functional groups and envelope segments out of place: each broken rule is an error at the segment that
/// shows it, and the travelers are still returned.</summary>
public sealed class EnvelopeTests
{
    private const string Ung = "UNG+PAXLST+SENDER+RECEIVER+250314:0915+G1+UN+D:05B'";

    private static string Grouped(string une = "UNE+1+G1'") => PassengerList(Passenger)
        .Replace("UNH+1+", Ung + "\nUNH+1+", StringComparison.Ordinal)
        .Replace("UNZ+1+REF001'", une + "UNZ+1+REF001'", StringComparison.Ordinal);

    /// <summary>Input, expected code, segment index and tag. In the grouped list UNB is 1, UNG 2, UNH 3, UNT 18,
    /// UNE 19 and UNZ 20.</summary>
    public static TheoryData<string, string, int, string> Cases() => new()
    {
        { Grouped("UNE+1+G9'\n"), EdifactDiagnostics.GroupReferenceMismatchCode, 19, "UNE" },
        { Grouped("UNE+3+G1'\n"), EdifactDiagnostics.GroupCountCode, 19, "UNE" },
        { Grouped(string.Empty), EdifactDiagnostics.MissingGroupTrailerCode, 19, "UNZ" },
        { PassengerList(Passenger).Replace("UNZ+1+REF001'", "UNE+1+G1'UNZ+1+REF001'", StringComparison.Ordinal), EdifactDiagnostics.UnexpectedGroupTrailerCode, 18, "UNE" },
        { Grouped().Replace("UNZ+1+REF001", "UNZ+2+REF001", StringComparison.Ordinal), EdifactDiagnostics.InterchangeCountCode, 20, "UNZ" },
        { PassengerList(Passenger).Replace("BGM+745'", "BGM+745'\nUNB+UNOA:4+X+Y+250314:0915+R2'", StringComparison.Ordinal), EdifactDiagnostics.EnvelopeOutOfPlaceCode, 4, "UNB" },
        { PassengerList(Passenger).Replace("UNH+1+", "BGM+745'\nUNH+1+", StringComparison.Ordinal), EdifactDiagnostics.SegmentOutsideMessageCode, 2, "BGM" },
        { PassengerList(Passenger).Replace("BGM+745'", "BGM+745'\nUNH+2+PAXLST:D:05B:UN:IATA'", StringComparison.Ordinal), EdifactDiagnostics.MissingMessageTrailerCode, 4, "UNH" },
        { PassengerList(Passenger).Replace("UNZ+1+REF001'", "UNZ+1+REF001'\nUNA:+.? '", StringComparison.Ordinal), EdifactDiagnostics.EnvelopeOutOfPlaceCode, 19, "UNA" },
        { PassengerList(Passenger).Replace("UNH+1+PAXLST:D:05B:UN:IATA'", "UNH+1+PAXLST:D:05B:UN:IATA+CAR+01:X'", StringComparison.Ordinal), EdifactDiagnostics.StatusOfTransferCode, 2, "UNH" },
        { PassengerList(Passenger).Replace("UNB+UNOA:4+SENDER:ZZ+RECEIVER:ZZ+250314:0915", "UNB+UNOA:4++RECEIVER:ZZ+251314:0915", StringComparison.Ordinal), EdifactDiagnostics.MissingElementCode, 1, "UNB" },
        { PassengerList(Passenger).Replace("250314:0915", "251314:0915", StringComparison.Ordinal), EdifactDiagnostics.InvalidDateCode, 1, "UNB" },
        { PassengerList(Passenger).Replace("UNOA:4", "UNOQ:4", StringComparison.Ordinal), EdifactDiagnostics.UnknownSyntaxCode, 1, "UNB" },
        { "\uFEFF" + PassengerList(Passenger), EdifactDiagnostics.ByteOrderMarkCode, 1, "" },
        { Grouped().Replace("UNG+PAXLST+", "UNG+PNRGOV+", StringComparison.Ordinal), EdifactDiagnostics.GroupMessageTypeCode, 3, "UNH" },
    };

    [Fact]
    public void A_group_of_the_message_type_gives_no_issue()
    {
        EdifactParseResult<PaxlstMessage> result = PaxlstParser.Parse(Bytes(Grouped()), ParseJson.Options());

        Assert.Equal(EdifactOutcome.Valid, result.Outcome);
        Assert.DoesNotContain(result.Issues, i => i.Code == EdifactDiagnostics.GroupMessageTypeCode);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Reports_each_broken_envelope_rule_at_the_segment_that_shows_it(string text, string code, int segment, string tag)
    {
        byte[] bytes = text.StartsWith('\uFEFF') ? [0xEF, 0xBB, 0xBF, .. Bytes(text[1..])] : Bytes(text);

        EdifactParseResult<PaxlstMessage> result = PaxlstParser.Parse(bytes, ParseJson.Options());

        Diagnostic issue = result.Issues.FirstOrDefault(i => i.Code == code) ?? throw new Xunit.Sdk.XunitException($"No {code} among: {string.Join("\n", result.Issues)}");
        Assert.Equal(segment, issue.Position.SegmentIndex);
        Assert.Equal(tag.Length == 0 ? null : tag, issue.Position.SegmentTag);
        Assert.Contains(result.Messages, m => m.Travelers.Count == 1);
    }

    [Fact]
    public void Messages_beyond_the_limit_are_counted_for_unz_but_not_read()
    {
        string message = PassengerList(Passenger);
        string body = message[message.IndexOf("UNH", StringComparison.Ordinal)..message.IndexOf("UNZ", StringComparison.Ordinal)];
        string text = message[..message.IndexOf("UNH", StringComparison.Ordinal)] + body + body + body + "UNZ+3+REF001'";
        EdifactReadOptions options = ParseJson.Options() with { Limits = new EdifactLimits { MaxMessagesPerInterchange = 2 } };

        EdifactParseResult<PaxlstMessage> result = PaxlstParser.Parse(Bytes(text), options);

        Assert.Equal(2, result.Messages.Count);
        Diagnostic issue = Assert.Single(result.Issues);
        Assert.Equal((EdifactDiagnostics.TooManyMessagesCode, 34), (issue.Code, issue.Position.SegmentIndex));
    }

    [Fact]
    public void Grouped_messages_are_valid_when_counts_and_references_agree()
    {
        EdifactParseResult<PaxlstMessage> result = PaxlstParser.Parse(Bytes(Grouped()), ParseJson.Options());

        Assert.True(result.Outcome == EdifactOutcome.Valid, string.Join("\n", result.Issues));
    }

    [Fact]
    public void Without_a_unb_date_two_digit_birth_years_are_read_against_the_host_date()
    {
        string text = PassengerList(Passenger).Replace(Unb + "\n", string.Empty, StringComparison.Ordinal).Replace("UNZ+1+REF001'\n", string.Empty, StringComparison.Ordinal)
            .Replace("DTM+329:880229", "DTM+329:250601", StringComparison.Ordinal);

        EdifactParseResult<PaxlstMessage> result = PaxlstParser.Parse(Bytes(text), ParseJson.Options() with { Today = new DateOnly(2025, 5, 31) });

        Assert.Equal(new DateOnly(1925, 6, 1), Assert.Single(Assert.Single(result.Messages).Travelers).DateOfBirth);
        Assert.Null(result.Interchange);
        Assert.Equal(EdifactOutcome.Invalid, result.Outcome);
    }
}
