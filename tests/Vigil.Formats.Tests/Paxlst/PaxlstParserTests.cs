using System.Text;
using Vigil.Formats.Diagnostics;
using Vigil.Formats.Edifact;
using Vigil.Formats.Paxlst;
using Vigil.Formats.Tests.Edifact;
using static Vigil.Formats.Tests.Edifact.Interchanges;

namespace Vigil.Formats.Tests.Paxlst;

public sealed class PaxlstParserTests
{
    private static EdifactParseResult<PaxlstMessage> Parse(string text, EdifactReadOptions? options = null) =>
        PaxlstParser.Parse(Bytes(text), options ?? ParseJson.Options());

    private static string Json(EdifactParseResult<PaxlstMessage> result)
    {
        using MemoryStream buffer = new();
        using (System.Text.Json.Utf8JsonWriter writer = new(buffer))
        {
            PaxlstJsonWriter.Write(writer, result);
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static PaxlstTraveler OnlyTraveler(EdifactParseResult<PaxlstMessage> result) => Assert.Single(Assert.Single(result.Messages).Travelers);

    private static Diagnostic Issue(EdifactParseResult<PaxlstMessage> result, string code) =>
        result.Issues.FirstOrDefault(i => i.Code == code) ?? throw new Xunit.Sdk.XunitException($"No {code} among: {string.Join("\n", result.Issues)}");

    [Fact]
    public void Reads_the_interchange_flight_and_traveler_of_a_valid_message()
    {
        EdifactParseResult<PaxlstMessage> result = Parse(PassengerList(Passenger));

        Assert.Equal(EdifactOutcome.Valid, result.Outcome);
        Assert.Empty(result.Issues);
        Assert.Equal("REF001", result.Interchange!.ControlReference);
        Assert.Equal("2025-03-14T09:15", result.Interchange.PreparedAt.ToString());
        PaxlstMessage message = Assert.Single(result.Messages);
        Assert.Equal(PaxlstListType.Passenger, message.ListType);
        FlightLeg leg = Assert.Single(message.Flights);
        Assert.Equal(("VG", "471", "ATH", "VIE"), (leg.Carrier, leg.Number, leg.Departure.Airport, leg.Arrival.Airport));
        Assert.Equal(new LocalDateTime(new DateOnly(2025, 3, 15), new TimeOnly(6, 40)), leg.Departure.Time);
        PaxlstTraveler traveler = Assert.Single(message.Travelers);
        Assert.Equal(("TESTPERSON", "EXAMPLE", "F", "GRC"), (traveler.FamilyName, traveler.GivenNames, traveler.Gender, traveler.Nationality));
        Assert.Equal(new DateOnly(1988, 2, 29), traveler.DateOfBirth);
        PaxlstDocument document = Assert.Single(traveler.Documents);
        Assert.Equal(("P", "AB1234567", "GRC", new DateOnly(2029, 8, 11)), (document.Type, document.Number, document.IssuingCountry, document.Expiry));
        Assert.Equal(1, message.Counts.Passengers);
        Assert.Equal(16, message.Header.SegmentCount);
    }

    [Fact]
    public void Reads_a_message_without_una_with_the_default_service_characters()
    {
        string text = PassengerList(Passenger).Replace(Una + "\n", string.Empty, StringComparison.Ordinal);

        EdifactParseResult<PaxlstMessage> result = Parse(text);

        Assert.Equal(EdifactOutcome.Valid, result.Outcome);
        Assert.False(result.Interchange!.HasServiceStringAdvice);
        Assert.Equal("TESTPERSON", OnlyTraveler(result).FamilyName);
    }

    [Theory]
    [InlineData("UNA:*.? $", '*', '$')]
    [InlineData("UNA:-.? *", '-', '*')]
    [InlineData("UNA|~,\\ !", '~', '!')]
    public void Reads_interchanges_whose_una_changes_the_service_characters(string una, char elementSeparator, char terminator)
    {
        char component = una[3];
        char release = una[6];
        string text = PassengerList(Passenger)
            .Replace(Una, "@UNA@", StringComparison.Ordinal)
            .Replace('+', '\u0001').Replace(':', '\u0002').Replace('\'', '\u0003').Replace('?', '\u0004')
            .Replace('\u0001', elementSeparator).Replace('\u0002', component).Replace('\u0003', terminator).Replace('\u0004', release)
            .Replace("@UNA@", una, StringComparison.Ordinal)
            .Replace("TESTPERSON", $"O{release}{elementSeparator}BRIEN{release}{terminator}", StringComparison.Ordinal);

        EdifactParseResult<PaxlstMessage> result = Parse(text);

        Assert.True(result.Outcome == EdifactOutcome.Valid, string.Join("\n", result.Issues));
        Assert.Equal($"O{elementSeparator}BRIEN{terminator}", OnlyTraveler(result).FamilyName);
        Assert.Equal(una[3..], result.Interchange!.ServiceCharacters.ToString());
    }

    [Fact]
    public void Release_characters_make_separators_terminators_and_themselves_literal()
    {
        string text = PassengerList(["NAD+FL+++O?'NEILL?+SMITH:ANNE?:MARIE?? X:JO?'?+'", .. Passenger[1..]]);

        PaxlstTraveler traveler = OnlyTraveler(Parse(text));

        Assert.Equal("O'NEILL+SMITH", traveler.FamilyName);
        Assert.Equal("ANNE:MARIE? X JO'+", traveler.GivenNames);
    }

    [Fact]
    public void Line_breaks_are_removed_even_inside_values_and_never_become_spaces()
    {
        string text = PassengerList(["NAD+FL+++SMITHJ\r\nR:JOHN'", "ATT+2\n++M'", "DTM+329:7501\r\n01'", .. Passenger[3..]]);

        EdifactParseResult<PaxlstMessage> result = Parse(text);

        Assert.True(result.Outcome == EdifactOutcome.Valid, string.Join("\n", result.Issues));
        PaxlstTraveler traveler = OnlyTraveler(result);
        Assert.Equal("SMITHJR", traveler.FamilyName);
        Assert.Equal("M", traveler.Gender);
        Assert.Equal(new DateOnly(1975, 1, 1), traveler.DateOfBirth);
        Assert.Equal(EdifactOutcome.Valid, result.Outcome);
    }

    [Fact]
    public void Dates_padded_with_spaces_beyond_any_date_length_are_read()
    {
        string padding = new(' ', 40);
        string text = PassengerList([.. Passenger[..2], $"DTM+329:{padding}750101{padding}'", .. Passenger[3..]]);

        EdifactParseResult<PaxlstMessage> result = Parse(text);

        Assert.True(result.Outcome == EdifactOutcome.Valid, string.Join("\n", result.Issues));
        Assert.Equal(new DateOnly(1975, 1, 1), OnlyTraveler(result).DateOfBirth);
    }

    [Fact]
    public void A_long_value_in_a_date_is_not_a_date()
    {
        string text = PassengerList([.. Passenger[..2], $"DTM+329:{new string('1', 40)}'", .. Passenger[3..]]);

        EdifactParseResult<PaxlstMessage> result = Parse(text);

        Assert.Equal(EdifactOutcome.Invalid, result.Outcome);
        Assert.Null(OnlyTraveler(result).DateOfBirth);
        Assert.Contains(result.Issues, i => i.Code == EdifactDiagnostics.InvalidDateCode);
    }

    [Fact]
    public void Reads_the_reporting_party_and_keeps_the_first_when_two_are_sent()
    {
        string text = Interchanges.Paxlst(
            ["BGM+745'", "NAD+MS+++DEMO DESK'", "COM+0044 20 7946 0000:TE+0044 20 7946 0009:FX+DESK?@EXAMPLE.ORG:EM'",
            "NAD+MS+++OTHER DESK'", "COM+0000:TE'", .. Flight, .. Passenger, "CNT+42:1'"]);

        EdifactParseResult<PaxlstMessage> result = Parse(text);

        ReportingParty party = Assert.Single(result.Messages).ReportingParty!;
        Assert.Equal(("DEMO DESK", "0044 20 7946 0000", "0044 20 7946 0009", "DESK@EXAMPLE.ORG"), (party.Name, party.Phone, party.Fax, party.Email));
        Assert.Equal(6, Issue(result, PaxlstDiagnostics.RepeatedValueCode).Position.SegmentIndex);
    }

    [Fact]
    public void Joins_given_and_middle_name_components_with_one_space()
    {
        string text = PassengerList(["NAD+FL+++ABERNATHY-QUAYLE:MAIRI::ELSPETH:ANN'", .. Passenger[1..]]);

        Assert.Equal("MAIRI ELSPETH ANN", OnlyTraveler(Parse(text)).GivenNames);
    }

    [Fact]
    public void Reads_every_leg_of_a_multi_leg_flight_given_by_loc_92()
    {
        string text = Interchanges.Paxlst(
            ["BGM+745'",
            "TDT+20+VG0471+++VG'", "LOC+92+ATH'", "DTM+189:2503150640:201'", "LOC+92+VIE'", "DTM+232:2503150820:201'",
            "DTM+189:2503150935:201'", "LOC+92+ORD'", "DTM+232:2503151250:201'",
            "TDT+20+VG0473+++VG'", "LOC+92+ORD'", "DTM+189:2503151400:201'", "LOC+92+YYZ'", "DTM+232:2503151600:201'",
            .. Passenger, "CNT+42:1'"]);

        EdifactParseResult<PaxlstMessage> result = Parse(text);

        Assert.Equal(EdifactOutcome.Valid, result.Outcome);
        string[] legs = [.. Assert.Single(result.Messages).Flights.Select(l => $"{l.Number} {l.Departure.Airport} {l.Departure.Time} {l.Arrival.Airport} {l.Arrival.Time}")];
        Assert.Equal(
            [
                "471 ATH 2025-03-15T06:40 VIE 2025-03-15T08:20",
                "471 VIE 2025-03-15T09:35 ORD 2025-03-15T12:50",
                "473 ORD 2025-03-15T14:00 YYZ 2025-03-15T16:00",
            ],
            legs);
    }

    [Fact]
    public void Reads_a_crew_list_with_in_transit_crew_and_their_function()
    {
        string text = Interchanges.Paxlst(
            ["BGM+250+C'", .. Flight,
            "NAD+FM+++HALVORSEN:TORBJORN'", "ATT+2++M'", "DTM+329:690321'", "EMP+1+CR1:110:111'", "NAT+2+NOR'", "DOC+P+NX0044719'", "DTM+36:301201'", "LOC+91+NOR'",
            "NAD+DDT+++MBEKI-ROSSI:LUCA'", "ATT+2++X'", "DTM+329:000229'", "NAT+2+D'", "DOC+P+C4FV82LL1'", "DTM+36:280110'", "LOC+91+D'",
            "CNT+41:2'"]);

        EdifactParseResult<PaxlstMessage> result = Parse(text);

        Assert.Equal(EdifactOutcome.Valid, result.Outcome);
        PaxlstMessage message = Assert.Single(result.Messages);
        Assert.Equal(PaxlstListType.Crew, message.ListType);
        Assert.Equal("C", message.DocumentSubtype);
        Assert.All(message.Travelers, t => Assert.Equal(PaxlstTravelerType.Crew, t.Type));
        Assert.Equal(["FM", "DDT"], message.Travelers.Select(t => t.PartyQualifier));
        Assert.Equal("CR1", message.Travelers[0].CrewFunction);
        Assert.Equal(new DateOnly(2000, 2, 29), message.Travelers[1].DateOfBirth);
        Assert.Equal(2, message.Counts.Crew);
    }

    [Fact]
    public void Attaches_dates_and_places_by_their_group_not_by_their_position()
    {
        // DTM+36 and LOC+91 belong to the DOC before them; DTM+329 and LOC+174 to the traveler, wherever they stand.
        string text = PassengerList(
            ["NAD+FL+++TESTPERSON:EXAMPLE'", "ATT+2++F'", "NAT+2+GRC'", "DOC+P+AB1234567'", "DTM+36:290811'", "LOC+91+GRC'",
            "DOC+V+V5512'", "DTM+182:240930'", "DTM+36:250930'", "LOC+91+USA'", "DTM+329:880229'", "LOC+174+GRC'"]);

        PaxlstTraveler traveler = OnlyTraveler(Parse(text));

        Assert.Equal(new DateOnly(1988, 2, 29), traveler.DateOfBirth);
        Assert.Equal("GRC", traveler.Residence);
        Assert.Equal(2, traveler.Documents.Count);
        Assert.Equal(("V", "USA", new DateOnly(2025, 9, 30), new DateOnly(2024, 9, 30)),
            (traveler.Documents[1].Type, traveler.Documents[1].IssuingCountry, traveler.Documents[1].Expiry, traveler.Documents[1].Issued));
        Assert.Equal(("GRC", new DateOnly(2029, 8, 11)), (traveler.Documents[0].IssuingCountry, traveler.Documents[0].Expiry));
    }

    [Fact]
    public void A_birth_place_is_a_code_or_free_text()
    {
        string text = PassengerList([.. Passenger, "LOC+180+:::HARTFORD USA'"], ["NAD+FL+++DOE:JANE'", "LOC+180+GRC'", .. Passenger[1..]]);

        EdifactParseResult<PaxlstMessage> result = Parse(text);

        Assert.Equal(["HARTFORD USA", "GRC"], Assert.Single(result.Messages).Travelers.Select(t => t.BirthPlace));
    }

    [Fact]
    public void References_keep_their_qualifiers_in_order()
    {
        string text = PassengerList([.. Passenger, "RFF+AVF:Q7RM2K'", "RFF+SEA:14C'", "RFF+ABO:0001PAXVG'"]);

        PaxlstTraveler traveler = OnlyTraveler(Parse(text));

        Assert.Equal(["AVF:Q7RM2K", "SEA:14C", "ABO:0001PAXVG"], traveler.References.Select(r => $"{r.Type}:{r.Value}"));
    }

    [Theory]
    [InlineData("UNA:+.?+'", "the same character")]
    [InlineData("UNA:+.?", "cannot be a service character")]
    [InlineData("UNA:+A? '", "cannot be a service character")]
    [InlineData("UNA:+.? ", "cannot be a service character")]
    [InlineData("UNA :.?*'", "cannot be a service character")]
    [InlineData("UNA::.? '", "the same character")]
    public void An_unusable_una_makes_the_interchange_unreadable_with_an_issue_at_segment_0(string una, string why)
    {
        string text = PassengerList(Passenger).Replace(Una, una, StringComparison.Ordinal);

        EdifactParseResult<PaxlstMessage> result = Parse(text);

        Assert.Equal(EdifactOutcome.Unreadable, result.Outcome);
        Diagnostic issue = Assert.Single(result.Issues);
        Assert.Equal((EdifactDiagnostics.UnusableServiceStringCode, 0, "UNA"), (issue.Code, issue.Position.SegmentIndex, issue.Position.SegmentTag));
        Assert.Contains(why, issue.Message, StringComparison.Ordinal);
        Assert.Empty(result.Messages);
    }

    /// <summary>Each row breaks the valid one-passenger list in one way (FORMATS.md §5) and gives the issue expected:
    /// code, segment index, tag, element and component (0 for none).</summary>
    public static TheoryData<string, string, string, int, string, int, int> BadInputs() => new()
    {
        { "no UNB", "UNB+UNOA:4+SENDER:ZZ+RECEIVER:ZZ+250314:0915+REF001++APIS'\n", "", 1, "UNH", 0, 0 },
        { "transport header", Una + "\n", Una + "\nQU ZRHXXXX'\n", 1, "QU ZRHXXXX", 0, 0 },
        { "tag not alphanumeric", "NAT+2+GRC'", "N@T+2+GRC'", 12, "N@T", 0, 0 },
        { "four-letter tag", "NAT+2+GRC'", "NATX+2+GRC'", 12, "NATX", 0, 0 },
        { "UNT count", "UNT+16+1'", "UNT+15+1'", 17, "UNT", 1, 0 },
        { "UNT reference", "UNT+16+1'", "UNT+16+2'", 17, "UNT", 2, 0 },
        { "UNT count not a number", "UNT+16+1'", "UNT+X+1'", 17, "UNT", 1, 0 },
        { "UNZ count", "UNZ+1+REF001'", "UNZ+3+REF001'", 18, "UNZ", 1, 0 },
        { "UNZ reference", "UNZ+1+REF001'", "UNZ+1+REF009'", 18, "UNZ", 2, 0 },
        { "UNH without UNT", "UNT+16+1'\n", "", 17, "UNZ", 0, 0 },
        { "UNT without UNH", "UNH+1+PAXLST:D:05B:UN:IATA'\n", "", 16, "UNT", 0, 0 },
        { "data after UNZ", "UNZ+1+REF001'\n", "UNZ+1+REF001'\nXYZ+1'", 19, "XYZ", 0, 0 },
        { "truncated", "UNZ+1+REF001'\n", "UNZ+1+REF0", 18, "UNZ", 0, 0 },
        { "release escapes the last terminator", "UNZ+1+REF001'\n", "UNZ+1+REF001?'", 18, "UNZ", 0, 0 },
        { "unknown message type", "PAXLST:D:05B:UN:IATA", "PAXLIST:D:05B:UN:IATA", 2, "UNH", 2, 1 },
        { "unknown version", "PAXLST:D:05B:UN:IATA", "PAXLST:9:XX:UN:IATA", 2, "UNH", 2, 2 },
        { "BGM not a list", "BGM+745'", "BGM+380'", 3, "BGM", 1, 1 },
        { "element for a component", "CNT+42:1'", "CNT+42+1'", 16, "CNT", 2, 0 },
        { "extra component", "NAT+2+GRC'", "NAT+2+GRC:1:2:3:EXTRA'", 12, "NAT", 2, 5 },
        { "no family name", "NAD+FL+++TESTPERSON:EXAMPLE'", "NAD+FL+++:EXAMPLE'", 9, "NAD", 4, 1 },
        { "no document number", "DOC+P+AB1234567'", "DOC+P'", 13, "DOC", 2, 1 },
        { "month 13", "DTM+329:880229'", "DTM+329:881329'", 11, "DTM", 1, 2 },
        { "25:70", "DTM+189:2503150640:201'", "DTM+189:2503152570:201'", 6, "DTM", 1, 2 },
        { "format code mismatch", "DTM+36:290811'", "DTM+36:290811:102'", 14, "DTM", 1, 3 },
        { "byte that does not decode", "TESTPERSON", "TESTP\u00c9RSON", 9, "NAD", 4, 1 },
        { "lower case under UNOA", "TESTPERSON", "Testperson", 9, "NAD", 4, 1 },
        { "wrong CNT total", "CNT+42:1'", "CNT+42:2'", 16, "CNT", 0, 0 },
        { "invalid gender", "ATT+2++F'", "ATT+2++Q'", 10, "ATT", 3, 1 },
    };

    [Theory]
    [MemberData(nameof(BadInputs))]
    public void Reports_each_bad_input_with_its_segment_element_and_component(string what, string find, string replace, int segment, string tag, int element, int component)
    {
        string valid = PassengerList(Passenger);
        Assert.Contains(find, valid, StringComparison.Ordinal);
        string text = valid.Replace(find, replace, StringComparison.Ordinal);
        string expectedCode = what switch
        {
            "no UNB" or "transport header" => EdifactDiagnostics.MissingInterchangeHeaderCode,
            "tag not alphanumeric" or "four-letter tag" => EdifactDiagnostics.InvalidTagCode,
            "UNT count" => EdifactDiagnostics.MessageSegmentCountCode,
            "UNT reference" => EdifactDiagnostics.MessageReferenceMismatchCode,
            "UNT count not a number" => EdifactDiagnostics.InvalidNumberCode,
            "UNZ count" => EdifactDiagnostics.InterchangeCountCode,
            "UNZ reference" => EdifactDiagnostics.InterchangeReferenceMismatchCode,
            "UNH without UNT" => EdifactDiagnostics.MissingMessageTrailerCode,
            "UNT without UNH" => EdifactDiagnostics.UnexpectedMessageTrailerCode,
            "data after UNZ" => EdifactDiagnostics.DataAfterInterchangeCode,
            "truncated" or "release escapes the last terminator" => EdifactDiagnostics.UnterminatedSegmentCode,
            "unknown message type" => EdifactDiagnostics.UnknownMessageTypeCode,
            "unknown version" => EdifactDiagnostics.UnknownMessageVersionCode,
            "BGM not a list" => PaxlstDiagnostics.NotATravelerListCode,
            "element for a component" => EdifactDiagnostics.TooManyElementsCode,
            "extra component" => EdifactDiagnostics.TooManyComponentsCode,
            "no family name" => PaxlstDiagnostics.MissingFamilyNameCode,
            "no document number" => PaxlstDiagnostics.MissingDocumentNumberCode,
            "month 13" or "25:70" => EdifactDiagnostics.InvalidDateCode,
            "format code mismatch" => EdifactDiagnostics.DateFormatCode,
            "byte that does not decode" => EdifactDiagnostics.UndecodableBytesCode,
            "lower case under UNOA" => EdifactDiagnostics.OutsideRepertoireCode,
            "wrong CNT total" => PaxlstDiagnostics.CountMismatchCode,
            "invalid gender" => PaxlstDiagnostics.InvalidGenderCode,
            _ => throw new ArgumentException(what),
        };

        EdifactParseResult<PaxlstMessage> result = Parse(text);

        Diagnostic issue = Issue(result, expectedCode);
        Assert.Equal(segment, issue.Position.SegmentIndex);
        Assert.Equal(tag, issue.Position.SegmentTag);
        Assert.Equal(element == 0 ? null : element, issue.Position.ElementIndex);
        Assert.Equal(component == 0 ? null : component, issue.Position.ComponentIndex);
        bool isWarning = what is "lower case under UNOA" or "wrong CNT total";
        Assert.Equal(isWarning ? DiagnosticSeverity.Warning : DiagnosticSeverity.Error, issue.Severity);
        Assert.Equal(isWarning ? EdifactOutcome.Valid : EdifactOutcome.Invalid, result.Outcome);
    }

    [Fact]
    public void A_message_that_breaks_envelope_rules_still_returns_its_travelers()
    {
        string text = PassengerList(Passenger, Passenger).Replace("UNT+23+1'", "UNT+7+9'", StringComparison.Ordinal).Replace("UNZ+1+REF001'", "UNZ+4+X'", StringComparison.Ordinal);

        EdifactParseResult<PaxlstMessage> result = Parse(text);

        Assert.Equal(EdifactOutcome.Invalid, result.Outcome);
        Assert.Equal(2, Assert.Single(result.Messages).Travelers.Count);
        Assert.Equal(
            [EdifactDiagnostics.MessageSegmentCountCode, EdifactDiagnostics.MessageReferenceMismatchCode, EdifactDiagnostics.InterchangeCountCode, EdifactDiagnostics.InterchangeReferenceMismatchCode],
            result.Issues.Select(i => i.Code));
    }

    [Fact]
    public void Text_after_the_last_terminated_segment_counts_as_one_more_segment()
    {
        string text = PassengerList(Passenger) + "  UNZ+1";

        EdifactParseResult<PaxlstMessage> result = Parse(text);

        Diagnostic after = Issue(result, EdifactDiagnostics.DataAfterInterchangeCode);
        Diagnostic unterminated = Issue(result, EdifactDiagnostics.UnterminatedSegmentCode);
        Assert.Equal((19, 19), (after.Position.SegmentIndex, unterminated.Position.SegmentIndex));
    }

    [Fact]
    public void Trailing_spaces_and_line_breaks_after_unz_are_not_a_segment()
    {
        EdifactParseResult<PaxlstMessage> result = Parse(PassengerList(Passenger) + "  \r\n \n");

        Assert.Equal(EdifactOutcome.Valid, result.Outcome);
    }

    [Fact]
    public void Functional_groups_are_counted_by_une_and_unz()
    {
        string text = PassengerList(Passenger)
            .Replace("UNH+1+", "UNG+PAXLST+SENDER+RECEIVER+250314:0915+G1+UN+D:05B'\nUNH+1+", StringComparison.Ordinal)
            .Replace("UNZ+1+REF001'", "UNE+1+G1'\nUNZ+1+REF001'", StringComparison.Ordinal);

        EdifactParseResult<PaxlstMessage> result = Parse(text);

        Assert.Equal(EdifactOutcome.Valid, result.Outcome);
        Assert.Equal("G1", Assert.Single(result.Messages).Header.GroupReference);
        Diagnostic wrong = Issue(Parse(text.Replace("UNE+1+G1", "UNE+2+G2", StringComparison.Ordinal)), EdifactDiagnostics.GroupCountCode);
        Assert.Equal(("UNE", 19), (wrong.Position.SegmentTag, wrong.Position.SegmentIndex));
    }

    [Fact]
    public void The_totals_of_a_list_sent_in_parts_count_every_part()
    {
        string Part(string reference, string status, int total) => Wrap("PAXLST:D:05B:UN:IATA",
            ["BGM+745'", .. Flight, .. Passenger, $"CNT+42:{total}'"], $"UNH+{reference}+{{0}}+CAR1+{status}'").Replace("UNT+16+1'", $"UNT+16+{reference}'", StringComparison.Ordinal);
        string first = Part("1", "01:C", 2);
        string second = Part("2", "02:F", 2);
        string both = first[..first.IndexOf("UNZ", StringComparison.Ordinal)] + second[second.IndexOf("UNH", StringComparison.Ordinal)..].Replace("UNZ+1", "UNZ+2", StringComparison.Ordinal);

        EdifactParseResult<PaxlstMessage> complete = Parse(both);
        EdifactParseResult<PaxlstMessage> wrong = Parse(both.Replace("CNT+42:2", "CNT+42:3", StringComparison.Ordinal));
        EdifactParseResult<PaxlstMessage> alone = Parse(first);

        Assert.True(complete.Outcome == EdifactOutcome.Valid, string.Join("\n", complete.Issues));
        Assert.Equal([new MessagePart(1, false), new MessagePart(2, true)], complete.Messages.Select(m => m.Header.Part!.Value));
        Assert.Equal(2, wrong.Issues.Count(i => i.Code == PaxlstDiagnostics.CountMismatchCode));
        Assert.DoesNotContain(alone.Issues, i => i.Code == PaxlstDiagnostics.CountMismatchCode);
    }

    [Fact]
    public void Warns_per_traveler_about_missing_mandatory_data_and_still_returns_the_traveler()
    {
        string text = PassengerList(["NAD+FL+++TESTPERSON:EXAMPLE'"]);

        EdifactParseResult<PaxlstMessage> result = Parse(text);

        Assert.Equal(EdifactOutcome.Valid, result.Outcome);
        Diagnostic issue = Issue(result, PaxlstDiagnostics.MissingTravelerDataCode);
        Assert.Equal(9, issue.Position.SegmentIndex);
        Assert.Contains("date of birth, gender, nationality, travel document", issue.Message, StringComparison.Ordinal);
        Assert.Equal("TESTPERSON", OnlyTraveler(result).FamilyName);
    }

    [Fact]
    public void Reads_names_in_utf8_under_unow_and_latin1_under_unoc()
    {
        string text = PassengerList(["NAD+FL+++MÜLLER:ZOË'", .. Passenger[1..]]);

        PaxlstTraveler utf8 = OnlyTraveler(PaxlstParser.Parse(Encoding.UTF8.GetBytes(text.Replace("UNOA:4", "UNOW:4", StringComparison.Ordinal)), ParseJson.Options()));
        PaxlstTraveler latin1 = OnlyTraveler(PaxlstParser.Parse(Encoding.Latin1.GetBytes(text.Replace("UNOA:4", "UNOC:4", StringComparison.Ordinal)), ParseJson.Options()));
        EdifactParseResult<PaxlstMessage> wrongSet = PaxlstParser.Parse(Encoding.Latin1.GetBytes(text.Replace("UNOA:4", "UNOW:4", StringComparison.Ordinal)), ParseJson.Options());

        Assert.Equal(("MÜLLER", "ZOË"), (utf8.FamilyName, utf8.GivenNames));
        Assert.Equal(("MÜLLER", "ZOË"), (latin1.FamilyName, latin1.GivenNames));
        Assert.Equal((9, 4, 1), (Issue(wrongSet, EdifactDiagnostics.UndecodableBytesCode).Position.SegmentIndex, Issue(wrongSet, EdifactDiagnostics.UndecodableBytesCode).Position.ElementIndex, Issue(wrongSet, EdifactDiagnostics.UndecodableBytesCode).Position.ComponentIndex));
    }

    [Fact]
    public void Reads_iso_8859_parts_by_their_syntax_identifier()
    {
        // 0xA3 is Ł in ISO 8859-2 (UNOD) and £ in ISO 8859-1 (UNOC).
        byte[] Name(string syntax) => [.. Bytes(PassengerList(["NAD+FL+++@:ANNA'", .. Passenger[1..]]).Replace("UNOA:4", syntax, StringComparison.Ordinal))
            .Select(b => b == (byte)'@' ? (byte)0xA3 : b)];

        Assert.Equal("Ł", OnlyTraveler(PaxlstParser.Parse(Name("UNOD:4"), ParseJson.Options())).FamilyName);
        Assert.Equal("£", OnlyTraveler(PaxlstParser.Parse(Name("UNOC:4"), ParseJson.Options())).FamilyName);
    }

    [Fact]
    public void Oversized_input_is_refused_beyond_the_limits_with_located_errors()
    {
        EdifactReadOptions small = ParseJson.Options() with
        {
            Limits = new EdifactLimits { MaxInterchangeBytes = 400, MaxSegmentsPerMessage = 12, MaxElementBytes = 20 },
        };
        string text = PassengerList(Passenger, Passenger).Replace("TESTPERSON:EXAMPLE", "TESTPERSON:EXAMPLEEXAMPLEEXAMPLE", StringComparison.Ordinal);

        EdifactParseResult<PaxlstMessage> result = Parse(text, small);

        Assert.Equal(EdifactOutcome.Invalid, result.Outcome);
        Assert.Equal((9, 4), (Issue(result, EdifactDiagnostics.ElementTooLongCode).Position.SegmentIndex, Issue(result, EdifactDiagnostics.ElementTooLongCode).Position.ElementIndex));
        Assert.Equal(14, Issue(result, EdifactDiagnostics.MessageTooLargeCode).Position.SegmentIndex);
        Diagnostic tooLarge = Issue(result, EdifactDiagnostics.InterchangeTooLargeCode);
        Assert.True(tooLarge.Position.SegmentIndex > 14);
        Assert.DoesNotContain(result.Issues, i => i.Code == EdifactDiagnostics.MissingInterchangeTrailerCode);
        PaxlstTraveler traveler = OnlyTraveler(result);
        Assert.Null(traveler.FamilyName);
    }

    [Fact]
    public void A_stream_longer_than_the_limit_is_read_only_up_to_it()
    {
        byte[] bytes = Bytes(PassengerList(Passenger, Passenger, Passenger));
        EdifactReadOptions small = ParseJson.Options() with { Limits = new EdifactLimits { MaxInterchangeBytes = 300 } };

        EdifactParseResult<PaxlstMessage> fromStream = PaxlstParser.Parse(new MemoryStream(bytes), small);
        EdifactParseResult<PaxlstMessage> fromBytes = PaxlstParser.Parse(bytes, small);

        Diagnostic issue = Issue(fromStream, EdifactDiagnostics.InterchangeTooLargeCode);
        Assert.Equal(Issue(fromBytes, EdifactDiagnostics.InterchangeTooLargeCode).Position.SegmentIndex, issue.Position.SegmentIndex);
        Assert.Equal(EdifactOutcome.Invalid, fromStream.Outcome);
        Assert.Single(Assert.Single(fromStream.Messages).Travelers);
    }

    [Fact]
    public void Reading_a_stream_gives_what_reading_the_bytes_gives()
    {
        byte[] bytes = Bytes(PassengerList(Passenger, Passenger) + "XX");

        EdifactParseResult<PaxlstMessage> fromBytes = PaxlstParser.Parse(bytes, ParseJson.Options());
        EdifactParseResult<PaxlstMessage> fromStream = PaxlstParser.Parse(new MemoryStream(bytes), ParseJson.Options());

        Assert.Equal(fromBytes.Issues, fromStream.Issues);
        Assert.Equal(2, fromBytes.Messages[0].Travelers.Count);
        Assert.Equal(Json(fromBytes), Json(fromStream));
    }

    [Fact]
    public void Data_that_ends_inside_una_is_unreadable()
    {
        EdifactParseResult<PaxlstMessage> result = Parse("UNA:+.?");

        Assert.Equal(EdifactOutcome.Unreadable, result.Outcome);
        Diagnostic issue = Assert.Single(result.Issues);
        Assert.Equal((EdifactDiagnostics.UnusableServiceStringCode, 0), (issue.Code, issue.Position.SegmentIndex));
        Assert.Contains("six service characters; found 4", issue.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \r\n")]
    [InlineData("UNA:+.? '")]
    [InlineData("\u0000\u0001garbage without any structure")]
    public void Input_with_nothing_usable_is_unreadable_with_a_located_error(string text)
    {
        EdifactParseResult<PaxlstMessage> result = Parse(text);

        Assert.Equal(EdifactOutcome.Unreadable, result.Outcome);
        Assert.Contains(result.Issues, i => i.IsError && i.Position.SegmentIndex is not null);
    }
}
