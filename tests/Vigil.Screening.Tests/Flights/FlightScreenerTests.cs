using System.Text;
using System.Text.Json;
using Vigil.Domain;
using Vigil.Matching;
using Vigil.Screening.Flights;
using Vigil.Screening.Messages;
using Vigil.Screening.Screen;
using Vigil.Testing;

namespace Vigil.Screening.Tests.Flights;

/// <summary>Whole messages screened: every traveler, by every name and document the message gives, with the flight.
/// Every person, booking and the carrier "VG" are invented.</summary>
public sealed class FlightScreenerTests
{
    private static readonly DateOnly Today = new(2025, 3, 14);

    private static readonly Lazy<WatchListIndex> SharedIndex = new(() => WatchListIndex.Build(
    [
        SubjectBuilder.For("L-101", "test-list").Name("Quentavio Brammelkamp").BornOn(PartialDate.Of(1971, 3, 4)).Nationality("NLD").Build(),
        SubjectBuilder.For("L-102", "test-list").Name("Zorvandi Pelletrusk").Passport("ZP7781203", "BEL").Build(),
        SubjectBuilder.For("L-103", "test-list").Name("Ixmadora Quillfenter").BornOn(PartialDate.OfYear(1990)).Build(),
    ]));

    // Two legs ATH-VIE-ORD; the first traveler is innocent, the second is listed under another spelling and boards
    // at VIE, the third carries a second document listed for another name.
    private const string Paxlst = """
        UNA:+.? '
        UNB+UNOA:4+VGTEST:ZZ+BORDER:ZZ+250314:0915+VGT0001++APIS'
        UNH+M1+PAXLST:D:05B:UN:IATA+VGT0001+01:F'
        BGM+745'
        TDT+20+VG0471+++VG'
        LOC+92+ATH'
        DTM+189:2503150640:201'
        LOC+92+VIE'
        DTM+232:2503150820:201'
        TDT+20+VG0472+++VG'
        LOC+92+VIE'
        DTM+189:2503150935:201'
        LOC+92+ORD'
        DTM+232:2503151250:201'
        NAD+FL+++HALVORSEN:TRINE'
        ATT+2++F'
        DTM+329:19800101:102'
        LOC+178+ATH'
        NAT+2+NOR'
        DOC+P+NO1234567'
        NAD+FL+++BRAMELKAMP:QUENTAVIO'
        ATT+2++M'
        DTM+329:710304'
        LOC+178+VIE'
        NAT+2+NL'
        DOC+P+NL5550001'
        NAD+FL+++ODDLESTONE:MARVIN'
        ATT+2++M'
        DTM+329:750612'
        LOC+178+ATH'
        NAT+2+GBR'
        DOC+P+GB4440001'
        LOC+91+GBR'
        DOC+P+ZP7781203'
        LOC+91+BEL'
        CNT+42:3'
        UNT+35+M1'
        UNZ+1+VGT0001'
        """;

    private static FlightScreener Screener => new(SharedIndex.Value, SharedIndex.Value.ReviewThreshold);

    private static ReadMessage Read(string format, string text) =>
        MessageReader.Read(format, Encoding.ASCII.GetBytes(text.Replace("\r", string.Empty, StringComparison.Ordinal)), "test.edi", Today);

    [Fact]
    public void Every_traveler_of_a_paxlst_is_screened_with_the_leg_he_boards()
    {
        ReadMessage message = Read("paxlst", Paxlst);
        Assert.Equal(ParseOutcome.Valid, message.Outcome);

        IReadOnlyList<FlightScreening> results = Screener.ScreenAll(message.Travelers, TestContext.Current.CancellationToken);

        Assert.Equal(["M1/1", "M1/2", "M1/3"], results.Select(r => r.Traveler.Id));
        Assert.Equal(ScreeningStatus.Clear, results[0].Status);
        Assert.Equal(ScreeningStatus.Review, results[1].Status);
        Assert.Equal("L-101", results[1].Hits[0].Subject.Listing.SourceId);
        Assert.Equal(CountryCode.Of("NLD"), results[1].Traveler.Nationality);
        Assert.Equal(("VG", "472", "VIE", 2, 2), (results[1].Traveler.Flight!.Carrier, results[1].Traveler.Flight!.Number, results[1].Traveler.Flight!.Departure.Airport, results[1].Traveler.Flight!.Leg, results[1].Traveler.Flight!.Legs));
        Assert.Equal(("471", 1), (results[0].Traveler.Flight!.Number, results[0].Traveler.Flight!.Leg));
    }

    [Fact]
    public void A_second_document_listed_for_another_name_sends_the_traveler_for_review()
    {
        ReadMessage message = Read("paxlst", Paxlst);

        FlightScreening third = Screener.Screen(message.Travelers[2]);

        Assert.Equal(2, message.Travelers[2].Documents.Length);
        Assert.Equal(ScreeningStatus.Review, third.Status);
        Assert.Equal("L-102", third.Hits[0].Subject.Listing.SourceId);
    }

    [Fact]
    public void A_pnr_passenger_is_found_by_the_name_of_his_docs_when_his_booking_name_differs()
    {
        const string pnrgov = """
            UNA:+.?*'
            UNB+IATA:1+VG+BORDER+250313:0600+VGP0001'
            UNH+P1+PNRGOV:11:1:IA+VG0471/150325/0640'
            MSG+:22'
            ORG+VG:ATH'
            TVL+150325:0640:150325:0820+ATH+VIE+VG+0471'
            EQN+1'
            SRC'
            RCI+VG:K4TR7Q::020225:101500'
            TIF+SMITH+JOHN MR:A:1'
            SSR+DOCS:HK:1:VG:::::/P/DEU/DE9990001/DEU/01JAN90/F/11AUG29/QUILLFENTER/IXMADORA+::1'
            TVL+150325:0640:150325:0820+ATH+VIE+VG+0471'
            UNT+11+P1'
            UNZ+1+VGP0001'
            """;
        ReadMessage message = Read("pnrgov", pnrgov);
        FlightTraveler passenger = Assert.Single(message.Travelers);

        FlightScreening result = Screener.Screen(passenger);

        Assert.Equal("K4TR7Q/1", passenger.Id);
        Assert.Equal(2, passenger.Names.Length);
        Assert.Equal(PartialDate.Of(1990, 1, 1), passenger.DateOfBirth);
        Assert.Equal(ScreeningStatus.Review, result.Status);
        Assert.Equal("L-103", result.Hits[0].Subject.Listing.SourceId);
        Assert.Equal("471", passenger.Flight!.Number);
    }

    [Fact]
    public void An_invalid_message_still_gives_its_travelers_and_an_unreadable_one_none()
    {
        ReadMessage wrongCount = Read("paxlst", Paxlst.Replace("UNT+35+M1", "UNT+30+M1", StringComparison.Ordinal));
        ReadMessage noService = Read("paxlst", "this is not an interchange");

        Assert.Equal(ParseOutcome.Invalid, wrongCount.Outcome);
        Assert.Equal(3, wrongCount.Travelers.Count);
        Assert.Equal("VGTEST", wrongCount.Sender);
        Assert.Equal("VGT0001", wrongCount.ControlReference);
        Assert.True(noService.IsUnreadable);
        Assert.Empty(noService.Travelers);
        Assert.NotEmpty(noService.Issues);
    }

    [Fact]
    public void A_document_zone_is_screened_as_its_holder()
    {
        string zone = "P<NLDBRAMMELKAMP<<QUENTAVIO<<<<<<<<<<<<<<<<<\nNL55500014NLD7103042M3001012<<<<<<<<<<<<<<00\n";
        ReadMessage message = MessageReader.Read("mrz", Encoding.ASCII.GetBytes(zone), "zone.mrz", Today);
        FlightTraveler holder = Assert.Single(message.Travelers);

        FlightScreening result = Screener.Screen(holder);

        Assert.Equal("holder", holder.Type);
        Assert.Equal(PartialDate.Of(1971, 3, 4), holder.DateOfBirth);
        Assert.Equal(ScreeningStatus.Review, result.Status);
        Assert.Null(holder.Flight);
    }

    [Fact]
    public void Results_are_written_one_json_line_per_traveler_with_flight_and_message_context()
    {
        ReadMessage message = Read("paxlst", Paxlst);
        IReadOnlyList<FlightScreening> results = Screener.ScreenAll(message.Travelers, TestContext.Current.CancellationToken);
        using MemoryStream output = new();

        (int clear, int review) = FlightScreener.Write(results, output);

        string[] lines = Encoding.UTF8.GetString(output.ToArray()).TrimEnd('\n').Split('\n');
        Assert.Equal((1, 2), (clear, review));
        Assert.Equal(3, lines.Length);
        JsonElement second = JsonDocument.Parse(lines[1]).RootElement;
        Assert.Equal("review", second.GetProperty("status").GetString());
        Assert.Equal("BRAMELKAMP", second.GetProperty("traveler").GetProperty("familyName").GetString());
        Assert.Equal("1971-03-04", second.GetProperty("traveler").GetProperty("dateOfBirth").GetString());
        Assert.Equal("2025-03-15T09:35", second.GetProperty("flight").GetProperty("departure").GetProperty("time").GetString());
        Assert.Equal(2, second.GetProperty("flight").GetProperty("leg").GetInt32());
        Assert.Equal("M1", second.GetProperty("message").GetProperty("reference").GetString());
        Assert.Equal(20, second.GetProperty("message").GetProperty("segmentIndex").GetInt32());
        Assert.Equal("L-101", second.GetProperty("hits")[0].GetProperty("sourceId").GetString());
    }

    [Fact]
    public void Many_results_are_written_whole_and_in_order_however_long_the_output()
    {
        // 3,000 results (about a megabyte): the writer hands its buffer to the stream many times over.
        ReadMessage message = Read("paxlst", Paxlst);
        IReadOnlyList<FlightScreening> once = Screener.ScreenAll(message.Travelers, TestContext.Current.CancellationToken);
        List<FlightScreening> results = [.. Enumerable.Range(0, 1000).SelectMany(_ => once)];
        using MemoryStream output = new();

        (int clear, int review) = FlightScreener.Write(results, output);

        string[] lines = Encoding.UTF8.GetString(output.ToArray()).Split('\n');
        Assert.Equal((1000, 2000), (clear, review));
        Assert.Equal(3001, lines.Length);
        Assert.Equal(string.Empty, lines[^1]);
        Assert.True(output.Length > 512 * 1024, $"only {output.Length} bytes were written");
        for (int i = 0; i < 3000; i++)
        {
            JsonElement line = JsonDocument.Parse(lines[i]).RootElement;
            Assert.Equal(once[i % 3].Traveler.Id, line.GetProperty("id").GetString());
        }
    }
}
