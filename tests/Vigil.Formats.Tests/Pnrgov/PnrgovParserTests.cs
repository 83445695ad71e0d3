using Vigil.Formats.Diagnostics;
using Vigil.Formats.Edifact;
using Vigil.Formats.Pnrgov;
using Vigil.Formats.Tests.Edifact;

namespace Vigil.Formats.Tests.Pnrgov;

public sealed class PnrgovParserTests
{
    private static readonly string[] Head =
    [
        "MSG+:22'", "ORG+VG:ATH'", "TVL+150325:0640:150325:0820+ATH+VIE+VG+0471'", "EQN+1'",
    ];

    /// <summary>A PNRGOV interchange (IATA syntax, no UNA) with the level-0 head and the PNR segments given.</summary>
    private static string Pnrgov(params string[] pnr)
    {
        string[] body = [.. Head, "SRC'", "RCI+VG:K4TR7Q::020225:101500'", .. pnr];
        string text = "UNB+IATA:1+VG+BORDERAGENCY+250313:0600+VGP000301'\n" + "UNH+1+PNRGOV:11:1:IA+VG0471/150325/0640'\n"
            + string.Join("\n", body) + $"\nUNT+{body.Length + 2}+1'\nUNZ+1+VGP000301'\n";
        return text;
    }

    private static EdifactParseResult<PnrgovMessage> Parse(string text) => PnrgovParser.Parse(Interchanges.Bytes(text), ParseJson.Options());

    private static PassengerNameRecord OnlyPnr(EdifactParseResult<PnrgovMessage> result) => Assert.Single(Assert.Single(result.Messages).Pnrs);

    private static Diagnostic Issue(EdifactParseResult<PnrgovMessage> result, string code) =>
        result.Issues.FirstOrDefault(i => i.Code == code) ?? throw new Xunit.Sdk.XunitException($"No {code} among: {string.Join("\n", result.Issues)}");

    [Fact]
    public void Reads_the_flight_and_a_pnr_with_its_passenger_document_itinerary_and_payment()
    {
        string text = Pnrgov(
            "TIF+VALDEMAR+ISOLDE KATRIN MRS:A:1'",
            "SSR+DOCS:HK:1:VG:::::/P/GRC/AK3305127/GRC/29FEB88/F/11AUG29/VALDEMAR/ISOLDE/KATRIN+::1'",
            "FOP+CC:::VI:XXXXXXXXXXXX4242:0927'",
            "TVL+150325:0640:150325:0820+ATH+VIE+VG+0471:Y'", "RPI+1+HK'");

        EdifactParseResult<PnrgovMessage> result = Parse(text);

        Assert.True(result.Outcome == EdifactOutcome.Valid, string.Join("\n", result.Issues));
        PnrgovMessage message = Assert.Single(result.Messages);
        Assert.Equal(("VG", "471", "ATH", "VIE"), (message.Flight!.Carrier, message.Flight.Number, message.Flight.Departure.Airport, message.Flight.Arrival.Airport));
        Assert.Equal(("22", 1), (message.MessageFunction, message.DeclaredPnrCount));
        PassengerNameRecord pnr = Assert.Single(message.Pnrs);
        Assert.Equal(("K4TR7Q", "VG", "2025-02-02T10:15:00"), (pnr.RecordLocator, pnr.RecordLocatorCarrier, pnr.CreatedAt.ToString()));
        PnrPassenger passenger = Assert.Single(pnr.Passengers);
        Assert.Equal(("VALDEMAR", "ISOLDE KATRIN MRS", "A", "1"), (passenger.FamilyName, passenger.GivenNames, passenger.Type, passenger.Reference));
        PnrDocument document = Assert.Single(passenger.Documents);
        Assert.Equal(
            (PnrDocumentKind.Docs, "P", "GRC", "AK3305127", "GRC", new DateOnly(1988, 2, 29), "F", new DateOnly(2029, 8, 11), "VALDEMAR", "ISOLDE KATRIN"),
            (document.Kind, document.Type, document.IssuingCountry, document.Number, document.Nationality, document.DateOfBirth, document.Gender, document.Expiry, document.FamilyName, document.GivenNames));
        FlightLeg leg = Assert.Single(pnr.Itinerary);
        Assert.Equal(("Y", "HK"), (leg.BookingClass, leg.Status));
        PnrPayment payment = Assert.Single(pnr.Payments);
        Assert.Equal(("CC", "VI", "XXXXXXXXXXXX4242", "0927"), (payment.Type, payment.CardType, payment.CardNumber, payment.CardExpiry));
    }

    [Fact]
    public void Data_inside_history_blocks_is_not_current()
    {
        string text = Pnrgov(
            "TIF+VALDEMAR+ISOLDE:A:1'",
            "TVL+150325:0640:150325:0820+ATH+VIE+VG+0471:Y'",
            "ABI+1+:ATHVG+ATH++VG'", "DAT+T:030225:0910'", "SAC+++X'",
            "TIF+VALDEMAR+ISOLDA:A:1'",
            "SSR+DOCS:HK:1:VG:::::/P/GRC/OLD000001/GRC/29FEB88/F/11AUG29/VALDEMAR/ISOLDA+::1'",
            "TVL+140325:0640:140325:0820+ATH+VIE+VG+0471:Y'",
            "IFT+4:28::VG+CTCE OLD//MAIL.EXAMPLE'",
            "ABI+2+:ATHVG+ATH++VG'", "SAC+++A'", "TVL+160325:0640:160325:0820+ATH+VIE+VG+0471:Y'");

        PassengerNameRecord pnr = OnlyPnr(Parse(text));

        Assert.Equal("ISOLDE", Assert.Single(pnr.Passengers).GivenNames);
        Assert.Empty(pnr.Passengers[0].Documents);
        Assert.Equal(new DateOnly(2025, 3, 15), Assert.Single(pnr.Itinerary).Departure.Time!.Value.Date);
        Assert.Empty(pnr.Emails);
        Assert.Equal(2, pnr.HistoryBlocks);
    }

    [Fact]
    public void A_tif_in_check_in_data_is_not_a_new_passenger_and_non_air_segments_are_not_itinerary()
    {
        string text = Pnrgov(
            "TIF+VALDEMAR+ISOLDE:A:1'",
            "TVL+150325:0640:150325:0820+ATH+VIE+VG+0471:Y'", "TRI++1'", "TIF+VALDEMAR+ISOLDE MRS:A:1'", "SSD+12A'", "TBD+1+++1:VG123456'",
            "TVL+150325:0935:150325:1250+VIE+ORD+VG+0472:Y'",
            "MSG+8'", "TVL+150325:1500:180325:1100+ORD+ORD+HL'");

        PassengerNameRecord pnr = OnlyPnr(Parse(text));

        Assert.Single(pnr.Passengers);
        Assert.Equal(["471", "472"], pnr.Itinerary.Select(l => l.Number));
    }

    [Fact]
    public void A_tif_with_several_travelers_gives_one_passenger_each()
    {
        string text = Pnrgov("TIF+PAPADAKIS+NIKOS MR:A:1+ELENI MRS:A:2+DAFNI:IN:3'");

        PassengerNameRecord pnr = OnlyPnr(Parse(text));

        Assert.Equal(["PAPADAKIS NIKOS MR A 1", "PAPADAKIS ELENI MRS A 2", "PAPADAKIS DAFNI IN 3"],
            pnr.Passengers.Select(p => $"{p.FamilyName} {p.GivenNames} {p.Type} {p.Reference}"));
    }

    [Fact]
    public void Ssr_documents_link_by_traveler_reference_wherever_they_stand_else_to_the_tif_before_them()
    {
        string text = Pnrgov(
            "SSR+DOCS:HK:1:VG:::::/P/GRC/SECOND001/GRC/03MAR79/M/21JAN31/PAPADAKIS/NIKOLAOS+::2'",
            "TIF+PAPADAKI+ELENI:A:1'",
            "SSR+DOCS:HK:1:VG:::::/P/GRC/FIRST0001/GRC/04APR80/F/21JAN31/PAPADAKI/ELENI'",
            "TIF+PAPADAKIS+NIKOLAOS:A:2'");

        EdifactParseResult<PnrgovMessage> result = Parse(text);

        PassengerNameRecord pnr = OnlyPnr(result);
        Assert.Equal("FIRST0001", Assert.Single(pnr.Passengers[0].Documents).Number);
        Assert.Equal("SECOND001", Assert.Single(pnr.Passengers[1].Documents).Number);
        Assert.Equal(EdifactOutcome.Valid, result.Outcome);
    }

    [Fact]
    public void An_ssr_that_fits_no_passenger_is_kept_with_the_pnr_and_reported()
    {
        string text = Pnrgov(
            "SSR+DOCS:HK:1:VG:::::/P/GRC/NOBODY001/GRC/03MAR79/M/21JAN31/NOBODY/KNOWN+::7'",
            "TIF+PAPADAKI+ELENI:A:1'", "TIF+PAPADAKIS+NIKOLAOS:A:2'");

        EdifactParseResult<PnrgovMessage> result = Parse(text);

        Assert.Equal("NOBODY001", Assert.Single(OnlyPnr(result).UnassignedDocuments).Number);
        Assert.Equal(9, Issue(result, PnrgovDiagnostics.UnlinkedSsrCode).Position.SegmentIndex);
    }

    [Fact]
    public void Reads_doco_and_doca_and_reports_docs_text_that_does_not_fit()
    {
        string text = Pnrgov(
            "TIF+BRUNNER+ANNA:A:1'",
            "SSR+DOCO:HK:1:VG:::::/ZURICH CHE/V/VIS0099887/BERN/10JAN25/USA/I+::1'",
            "SSR+DOCA:HK:1:VG:::::/D/USA/1 MAIN ST/BOSTON/MA/02110+::1'",
            "SSR+DOCS:HK:1:VG:::::/P/CHE/X7654321/CHE/12DEC81/Q/01JUN30/BRUNNER/ANNA//H/EXTRA+::1'");

        EdifactParseResult<PnrgovMessage> result = Parse(text);

        PnrPassenger passenger = Assert.Single(OnlyPnr(result).Passengers);
        PnrDocument visa = passenger.Documents[0];
        Assert.Equal((PnrDocumentKind.Doco, "ZURICH CHE", "V", "VIS0099887", "BERN", new DateOnly(2025, 1, 10), "USA"),
            (visa.Kind, visa.BirthPlace, visa.Type, visa.Number, visa.PlaceOfIssue, visa.Issued, visa.ApplicableCountry));
        PnrAddress address = Assert.Single(passenger.Addresses);
        Assert.Equal(("D", "USA", "1 MAIN ST", "BOSTON", "MA", "02110"), (address.Purpose, address.Country, address.Street, address.City, address.Region, address.PostalCode));
        Assert.Equal("Q", passenger.Documents[1].Gender);
        Assert.Equal(2, result.Issues.Count(i => i.Code == PnrgovDiagnostics.SsrLayoutCode && i.Position.SegmentIndex == 12));
        Assert.Equal(EdifactOutcome.Valid, result.Outcome);
    }

    [Fact]
    public void Invalid_ssr_dates_are_located_errors_and_the_rest_of_the_document_is_kept()
    {
        string text = Pnrgov("TIF+NOVAK+PETRA:A:1'", "SSR+DOCS:HK:1:VG:::::/P/CZE/40012345/CZE/31FEB90/F/11NOV29/NOVAK/PETRA+::1'");

        EdifactParseResult<PnrgovMessage> result = Parse(text);

        Diagnostic issue = Issue(result, EdifactDiagnostics.InvalidDateCode);
        Assert.Equal((10, 1, 9), (issue.Position.SegmentIndex, issue.Position.ElementIndex, issue.Position.ComponentIndex));
        PnrDocument document = Assert.Single(Assert.Single(OnlyPnr(result).Passengers).Documents);
        Assert.Equal(("40012345", null, new DateOnly(2029, 11, 11)), (document.Number, document.DateOfBirth, document.Expiry));
        Assert.Equal(EdifactOutcome.Invalid, result.Outcome);
    }

    [Theory]
    [InlineData("IFT+4:28::VG+CTCE ISOLDE..VALDEMAR//MAIL.EXAMPLE'", "ISOLDE_VALDEMAR@MAIL.EXAMPLE", null)]
    [InlineData("IFT+4:28::VG+CTCE JEAN./PAUL//EXAMPLE.ORG/P1'", "JEAN-PAUL@EXAMPLE.ORG", null)]
    [InlineData("IFT+4:28+OSI VG CTCE A//B.EXAMPLE'", "A@B.EXAMPLE", null)]
    [InlineData("SSR+CTCE:HK:1:VG:::::/ANNA//MAIL.EXAMPLE+::1'", "ANNA@MAIL.EXAMPLE", null)]
    [InlineData("IFT+4:28::VG+CTCM 306900000001'", null, "306900000001")]
    [InlineData("IFT+4:28::VG+CTCH 302100000000/P2'", null, "302100000000")]
    [InlineData("SSR+CTCM:HK:1:VG:::::/447700900123+::1'", null, "447700900123")]
    [InlineData("IFT+4:28::VG+PLEASE CALL BACK'", null, null)]
    public void Decodes_contact_lines(string segment, string? email, string? phone)
    {
        PassengerNameRecord pnr = OnlyPnr(Parse(Pnrgov("TIF+VALDEMAR+ISOLDE:A:1'", segment)));

        Assert.Equal(email is null ? [] : [email], pnr.Emails);
        Assert.Equal(phone is null ? [] : [phone], pnr.Phones);
    }

    [Fact]
    public void A_contact_given_both_as_osi_and_ssr_is_listed_once()
    {
        PassengerNameRecord pnr = OnlyPnr(Parse(Pnrgov(
            "TIF+VALDEMAR+ISOLDE:A:1'", "IFT+4:28::VG+CTCE ANNA//MAIL.EXAMPLE'", "SSR+CTCE:HK:1:VG:::::/ANNA//MAIL.EXAMPLE+::1'",
            "IFT+4:28::VG+CTCM 306900000001'", "SSR+CTCM:HK:1:VG:::::/306900000001+::1'", "IFT+4:28::VG+CTCH 302100000000'")));

        Assert.Equal(["ANNA@MAIL.EXAMPLE"], pnr.Emails);
        Assert.Equal(["306900000001", "302100000000"], pnr.Phones);
    }

    [Fact]
    public void Reads_addresses_and_cash_payments()
    {
        PassengerNameRecord pnr = OnlyPnr(Parse(Pnrgov("ADD++700:14 ODOS ERMOU:ATHENS:::GR:10563'", "TIF+PAPADAKIS+NIKOS:A:1'", "FOP+CA::640.00'")));

        PnrAddress address = Assert.Single(pnr.Addresses);
        Assert.Equal(("700", "14 ODOS ERMOU", "ATHENS", "GR", "10563"), (address.Purpose, address.Street, address.City, address.Country, address.PostalCode));
        Assert.Equal(("CA", "640.00"), (pnr.Payments[0].Type, pnr.Payments[0].Amount));
    }

    [Fact]
    public void Reports_missing_flight_missing_locator_and_a_wrong_pnr_count()
    {
        string text = Pnrgov("TIF+A+B:A:1'", "SRC'", "TIF+C+D:A:1'")
            .Replace("TVL+150325:0640:150325:0820+ATH+VIE+VG+0471'\n", string.Empty, StringComparison.Ordinal)
            .Replace("UNT+11+1", "UNT+10+1", StringComparison.Ordinal);

        EdifactParseResult<PnrgovMessage> result = Parse(text);

        Assert.Equal(EdifactOutcome.Invalid, result.Outcome);
        Assert.Equal(2, Issue(result, PnrgovDiagnostics.MissingFlightCode).Position.SegmentIndex);
        Assert.Equal(9, Issue(result, PnrgovDiagnostics.MissingRecordLocatorCode).Position.SegmentIndex);
        Assert.Equal(5, Issue(result, PnrgovDiagnostics.PnrCountMismatchCode).Position.SegmentIndex);
        Assert.Equal(2, Assert.Single(result.Messages).Pnrs.Count);
        Assert.DoesNotContain(result.Issues, i => i.Code == EdifactDiagnostics.MessageSegmentCountCode);
    }

    [Fact]
    public void A_paxlst_read_as_pnrgov_is_reported_and_not_read()
    {
        EdifactParseResult<PnrgovMessage> result = Parse(Interchanges.PassengerList(Interchanges.Passenger));

        Diagnostic issue = Issue(result, EdifactDiagnostics.UnknownMessageTypeCode);
        Assert.Equal((2, 2, 1), (issue.Position.SegmentIndex, issue.Position.ElementIndex, issue.Position.ComponentIndex));
        Assert.Empty(Assert.Single(result.Messages).Pnrs);
        Assert.Equal(EdifactOutcome.Invalid, result.Outcome);
    }

    [Theory]
    [InlineData("TVL+150325:2330::0120:1+ATH+JFK+VG+0471'", "2025-03-16T01:20")]
    [InlineData("TVL+150325:0640::0820+ATH+VIE+VG+0471'", "2025-03-15T08:20")]
    public void An_arrival_time_without_a_date_is_on_the_departure_day_shifted_by_the_date_variation(string tvl, string arrival)
    {
        PassengerNameRecord pnr = OnlyPnr(Parse(Pnrgov("TIF+A+B:A:1'", tvl)));

        Assert.Equal(arrival, Assert.Single(pnr.Itinerary).Arrival.Time.ToString());
    }

    [Fact]
    public void A_date_variation_past_the_last_representable_day_is_an_error_not_an_exception()
    {
        string text = Pnrgov("TIF+A+B:A:1'", "TVL+311299:2330::0100:3+ATH+JFK+VG+0471'").Replace("250313:0600", "99991231:0600", StringComparison.Ordinal);

        EdifactParseResult<PnrgovMessage> result = Parse(text);

        Assert.Contains(result.Issues, i => i.Code == EdifactDiagnostics.InvalidDateCode && i.Position.SegmentIndex == 10 && i.Position.ComponentIndex == 5);
    }

    [Fact]
    public void Invalid_tvl_dates_are_located_at_their_component()
    {
        string text = Pnrgov("TIF+A+B:A:1'", "TVL+150325:2570:310425:0820+ATH+VIE+VG+0471'");

        EdifactParseResult<PnrgovMessage> result = Parse(text);

        Assert.Equal(
            [(10, 1, 2), (10, 1, 3)],
            result.Issues.Where(i => i.Code == EdifactDiagnostics.InvalidDateCode).Select(i => (i.Position.SegmentIndex!.Value, i.Position.ElementIndex!.Value, i.Position.ComponentIndex!.Value)));
    }
}
