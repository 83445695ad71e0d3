using System.Text;
using Vigil.Formats.Cusres;
using Vigil.Formats.Diagnostics;
using Vigil.Formats.Edifact;
using Vigil.Formats.Paxlst;
using Vigil.Formats.Tests.Edifact;
using Vigil.Testing;

namespace Vigil.Formats.Tests.Cusres;

/// <summary>Answers are read back with Vigil's own EDIFACT reader: its envelope checks (UNT, UNE and UNZ counts and
/// references), its character set checks and its tokenizer, segment by segment. Every carrier, person and booking
/// is invented.</summary>
public sealed class CusresWriterTests
{
    private static readonly LocalDateTime PreparedAt = new(new DateOnly(2031, 3, 15), new TimeOnly(8, 12));

    [Fact]
    public void Writes_the_layout_of_the_guidelines_segment_by_segment()
    {
        CusresAnswer answer = Answer(
            Traveler("X7KQ2M", "0417-001", CusresResponse.Board),
            Traveler("X7KQ2M", "0417-002", CusresResponse.NoBoard));

        string text = Latin1(CusresWriter.Write(answer));

        Assert.Equal(
            "UNA:+.? '"
            + "UNB+UNOA:4+BORDERAGENCY:ZZ+VGAIR:ZZ+310315:0812+R000417++IAPI'"
            + "UNG+CUSRES+BORDERAGENCY:ZZ+VGAIR:ZZ+310315:0812+1+UN+D:05B'"
            + "UNH+M000417+CUSRES:D:05B:UN:IATA+VG000417'"
            + "BGM+962'"
            + "RFF+TN:VG0417CHK'"
            + "RFF+AF:VG19'"
            + "DTM+189:3103150910:201'"
            + "DTM+232:3103151205:201'"
            + "LOC+125+LHR'"
            + "LOC+87+JFK'"
            + "ERP+2'" + "RFF+AVF:X7KQ2M'" + "RFF+ABO:0417-001'" + "ERC+0Z'" + "FTX+AAP+++OK TO BOARD'"
            + "ERP+2'" + "RFF+AVF:X7KQ2M'" + "RFF+ABO:0417-002'" + "ERC+1Z'" + "FTX+AAP+++DO NOT BOARD'"
            + "UNT+19+M000417'"
            + "UNE+1+1'"
            + "UNZ+1+R000417'",
            text);
    }

    [Fact]
    public void Vigil_reads_the_answer_back_with_the_envelope_swapped_and_every_count_right()
    {
        CusresAnswer answer = Answer(
            Traveler("X7KQ2M", "0417-001", CusresResponse.Board),
            Traveler(null, "0417-002", CusresResponse.Contact),
            Traveler("PLQ4RT", null, CusresResponse.InsufficientData));

        CusresReadBack read = CusresReadBack.Of(CusresWriter.Write(answer));

        Assert.Empty(read.Issues);
        EdifactInterchange unb = read.Interchange!;
        Assert.Equal(("BORDERAGENCY", "ZZ", "VGAIR", "ZZ"), (unb.Sender, unb.SenderQualifier, unb.Recipient, unb.RecipientQualifier));
        Assert.Equal(("UNOA", "4", "R000417", "IAPI", 1), (unb.SyntaxIdentifier, unb.SyntaxVersion, unb.ControlReference, unb.ApplicationReference, unb.DeclaredCount));
        Assert.Equal(new LocalDateTime(new DateOnly(2031, 3, 15), new TimeOnly(8, 12)), unb.PreparedAt);
        Assert.True(unb.HasServiceStringAdvice);
        MessageHeader unh = Assert.Single(read.Messages);
        Assert.Equal(("M000417", "CUSRES", "D", "05B", "UN", "IATA", "VG000417", "1"),
            (unh.Reference, unh.Type, unh.Version, unh.Release, unh.ControllingAgency, unh.AssociationCode, unh.CommonAccessReference, unh.GroupReference));
        Assert.True(unh.HasTrailer);
        Assert.Equal(read.Segments.Count(s => s.Tag is not ("UNB" or "UNG" or "UNE" or "UNZ")), unh.SegmentCount);
        Assert.Equal($"UNT+{unh.SegmentCount}+M000417", read.Segments.Single(s => s.Tag == "UNT").ToString());
        Assert.Equal("UNE+1+1", read.Segments.Single(s => s.Tag == "UNE").ToString());
        Assert.Equal("UNZ+1+R000417", read.Segments[^1].ToString());
    }

    [Fact]
    public void Writes_one_response_group_per_traveler_in_the_order_given()
    {
        CusresAnswer answer = Answer(
            Traveler("X7KQ2M", "0417-001", CusresResponse.Selectee),
            Traveler(null, "0417-002", CusresResponse.Contact),
            Traveler("PLQ4RT", null, CusresResponse.InsufficientData),
            Traveler(null, null, CusresResponse.NoBoard));

        CusresReadBack read = CusresReadBack.Of(CusresWriter.Write(answer));

        Assert.Equal(
        [
            ["ERP+2", "RFF+AVF:X7KQ2M", "RFF+ABO:0417-001", "ERC+4Z", "FTX+AAP+++OK TO BOARD - SELECTED FOR ADDITIONAL SCREENING"],
            ["ERP+2", "RFF+ABO:0417-002", "ERC+2Z", "FTX+AAP+++CONTACT BORDER AUTHORITY - BOARDING PASS INHIBITED"],
            ["ERP+2", "RFF+AVF:PLQ4RT", "ERC+8Z", "FTX+AAP+++INSUFFICIENT DATA - NOT PROCESSED - CORRECT AND RESEND"],
            ["ERP+2", "ERC+1Z", "FTX+AAP+++DO NOT BOARD"],
        ],
        read.ResponseGroups());
    }

    [Theory]
    [InlineData(CusresResponse.Board, "0Z", "OK TO BOARD")]
    [InlineData(CusresResponse.NoBoard, "1Z", "DO NOT BOARD")]
    [InlineData(CusresResponse.Contact, "2Z", "CONTACT BORDER AUTHORITY - BOARDING PASS INHIBITED")]
    [InlineData(CusresResponse.Selectee, "4Z", "OK TO BOARD - SELECTED FOR ADDITIONAL SCREENING")]
    [InlineData(CusresResponse.InsufficientData, "8Z", "INSUFFICIENT DATA - NOT PROCESSED - CORRECT AND RESEND")]
    public void Writes_the_code_and_text_of_each_response(CusresResponse response, string code, string text)
    {
        CusresReadBack read = CusresReadBack.Of(CusresWriter.Write(Answer(Traveler("X7KQ2M", "0417-001", response))));

        Assert.Equal(code, read.Segments.Single(s => s.Tag == "ERC").Value(1, 1));
        Assert.Equal(("AAP", text), (read.Segments.Single(s => s.Tag == "FTX").Value(1, 1), read.Segments.Single(s => s.Tag == "FTX").Value(4, 1)));
        Assert.Empty(read.Issues);
    }

    [Fact]
    public void Releases_every_service_character_inside_a_reference()
    {
        // No UNA in syntax 4: the default service characters, among them the repetition separator *.
        CusresAnswer answer = Answer(request => request with { HasServiceStringAdvice = false, ServiceCharacters = ServiceCharacters.Default },
            Traveler("AB*12", "O'NEILL+1:A?B", CusresResponse.Board));

        byte[] bytes = CusresWriter.Write(answer);

        string text = Latin1(bytes);
        Assert.Contains("'RFF+AVF:AB?*12'", text, StringComparison.Ordinal);
        Assert.Contains("'RFF+ABO:O?'NEILL?+1?:A??B'", text, StringComparison.Ordinal);
        CusresReadBack read = CusresReadBack.Of(bytes);
        Assert.Empty(read.Issues);
        Assert.Equal(["AB*12", "O'NEILL+1:A?B"], read.Segments.Where(s => s.Value(1, 1) is "AVF" or "ABO").Select(s => s.Value(1, 2)));
    }

    [Theory]
    [InlineData("3", '*', "UNA:+.? 'UNB+UNOA:3+")]
    [InlineData("4", ' ', "UNA:+.? 'UNB+UNOA:4+")]
    public void Leaves_the_asterisk_unreleased_where_it_separates_nothing(string version, char repetition, string start)
    {
        // Syntax 3 has no repetition separator (UNA reserves its place with a space); in syntax 4 a space there means
        // none is used.
        CusresAnswer answer = Answer(request => request with
        {
            SyntaxVersion = version,
            ServiceCharacters = new ServiceCharacters(':', '+', '.', '?', repetition, '\''),
        }, Traveler("AB*12", "0417-001", CusresResponse.Board));

        byte[] bytes = CusresWriter.Write(answer);

        string text = Latin1(bytes);
        Assert.StartsWith(start, text, StringComparison.Ordinal);
        Assert.Contains("'RFF+AVF:AB*12'", text, StringComparison.Ordinal);
        CusresReadBack read = CusresReadBack.Of(bytes);
        Assert.Empty(read.Issues);
        Assert.Equal("AB*12", read.Segments.Single(s => s.Value(1, 1) == "AVF").Value(1, 2));
    }

    [Fact]
    public void Answers_with_the_service_characters_of_the_request()
    {
        CusresAnswer answer = Answer(request => request with { ServiceCharacters = new ServiceCharacters(':', '*', '.', '?', ' ', '$') }, Traveler("A+B*C", "D$E:F", CusresResponse.Board));

        byte[] bytes = CusresWriter.Write(answer);

        string text = Latin1(bytes);
        Assert.StartsWith("UNA:*.? $UNB*UNOA:4*BORDERAGENCY:ZZ*VGAIR:ZZ*310315:0812*R000417**IAPI$", text, StringComparison.Ordinal);
        Assert.Contains("$RFF*AVF:A+B?*C$RFF*ABO:D?$E?:F$", text, StringComparison.Ordinal);
        CusresReadBack read = CusresReadBack.Of(bytes);
        Assert.Empty(read.Issues);
        Assert.Equal(["A+B*C", "D$E:F"], read.Segments.Where(s => s.Value(1, 1) is "AVF" or "ABO").Select(s => s.Value(1, 2)));
    }

    [Fact]
    public void Any_reference_reads_back_as_fitted_under_any_service_characters_and_syntax_version()
    {
        const string Printable = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789 .,-()/='+:?!\"%&*;<>$|~#@\\ÉßøЖ\t";
        string[] unas = ["UNA:+.? '", "UNA:+.?*'", "UNA:*.? $", "UNA:-.? *", "UNA|~,\\ !", "UNA#%.!&@"];
        string[] identifiers = ["UNOA", "UNOB", "UNOC", "UNOW"];
        Random random = new(42);
        for (int run = 0; run < 500; run++)
        {
            string una = unas[random.Next(unas.Length)];
            ServiceCharacters service = new(una[3], una[4], una[5], una[6], una[7], una[8]);
            string identifier = identifiers[random.Next(identifiers.Length)];
            string version = random.Next(2) == 0 ? "3" : "4";
            string booking = new([.. Enumerable.Range(0, random.Next(1, 12)).Select(_ => Printable[random.Next(Printable.Length)])]);
            string reference = new([.. Enumerable.Range(0, random.Next(1, 12)).Select(_ => Printable[random.Next(Printable.Length)])]);
            CusresAnswer answer = Answer(request => request with { ServiceCharacters = service, SyntaxIdentifier = identifier, SyntaxVersion = version },
                Traveler(booking, reference, CusresResponse.Board));

            CusresReadBack read = CusresReadBack.Of(CusresWriter.Write(answer), identifier);

            CusresCharacterSet characterSet = CusresCharacterSet.For(identifier, service);
            string context = $"{una} {identifier}:{version} '{booking}' '{reference}'";
            Assert.True(read.Issues.Count == 0, $"{context}: {string.Join("; ", read.Issues)}");
            Assert.Equal(
                new[] { characterSet.Fit(booking), characterSet.Fit(reference) }.Where(v => v.Length > 0),
                read.Segments.Where(s => s.Value(1, 1) is "AVF" or "ABO").Select(s => s.Value(1, 2)!));
        }
    }

    [Fact]
    public void Writes_no_service_string_advice_when_the_request_had_none_and_used_the_default_characters()
    {
        CusresAnswer answer = Answer(request => request with { HasServiceStringAdvice = false, ServiceCharacters = ServiceCharacters.Default }, Traveler("X7KQ2M", "0417-001", CusresResponse.Board));

        byte[] bytes = CusresWriter.Write(answer);

        Assert.StartsWith("UNB+UNOA:4+BORDERAGENCY:ZZ+VGAIR:ZZ+", Latin1(bytes), StringComparison.Ordinal);
        CusresReadBack read = CusresReadBack.Of(bytes);
        Assert.Empty(read.Issues);
        Assert.False(read.Interchange!.HasServiceStringAdvice);
    }

    [Theory]
    [InlineData("q7rm2k", "Q7RM2K")]
    [InlineData("Élodie-Müller", "ELODIE-MULLER")]
    [InlineData("Straße Ærø Łódź", "STRASSE AEROE LODZ")]
    [InlineData("Nguyễn\u00A0Thị", "NGUYEN THI")]
    [InlineData("e\u0301e", "EE")]
    [InlineData("O\u2019NEILL \u201CJR\u201D", "O'NEILL \"JR\"")]
    [InlineData("ab@cd_ef#1", "ABCDEF1")]
    [InlineData("Жанна 12", "12")]
    public void Fits_a_value_to_UNOA_upper_case_without_accents_and_drops_what_it_cannot_write(string reference, string written)
    {
        byte[] bytes = CusresWriter.Write(Answer(Traveler("X7KQ2M", reference, CusresResponse.Board)));

        CusresReadBack read = CusresReadBack.Of(bytes);
        Assert.Empty(read.Issues);
        Assert.Equal(written, read.Segments.Single(s => s.Value(1, 1) == "ABO").Value(1, 2));
        Assert.All(bytes, b => Assert.InRange(b, (byte)0x20, (byte)0x5A));
    }

    [Fact]
    public void Leaves_out_a_reference_that_nothing_of_is_left_under_UNOA()
    {
        byte[] bytes = CusresWriter.Write(Answer(Traveler("X7KQ2M", "Жанна", CusresResponse.Board)));

        CusresReadBack read = CusresReadBack.Of(bytes);
        Assert.Empty(read.Issues);
        Assert.Equal([["ERP+2", "RFF+AVF:X7KQ2M", "ERC+0Z", "FTX+AAP+++OK TO BOARD"]], read.ResponseGroups());
    }

    [Fact]
    public void Keeps_accented_letters_under_UNOC_and_writes_them_in_Latin_1()
    {
        CusresAnswer answer = Answer(request => request with { SyntaxIdentifier = "UNOC" }, Traveler("X7KQ2M", "Müller-Łoś", CusresResponse.Board));

        byte[] bytes = CusresWriter.Write(answer);

        Assert.Contains("RFF+ABO:M\u00FCller-Los'", Latin1(bytes), StringComparison.Ordinal);
        CusresReadBack read = CusresReadBack.Of(bytes, "UNOC");
        Assert.Empty(read.Issues);
        Assert.Equal("UNOC", read.Interchange!.SyntaxIdentifier);
        Assert.Equal("Müller-Los", read.Segments.Single(s => s.Value(1, 1) == "ABO").Value(1, 2));
    }

    [Fact]
    public void Writes_any_script_as_UTF_8_under_UNOW()
    {
        CusresAnswer answer = Answer(request => request with { SyntaxIdentifier = "UNOW" }, Traveler("X7KQ2M", "Жанна\t12", CusresResponse.Board));

        byte[] bytes = CusresWriter.Write(answer);

        Assert.Contains("RFF+ABO:Жанна 12'", Encoding.UTF8.GetString(bytes), StringComparison.Ordinal);
        CusresReadBack read = CusresReadBack.Of(bytes, "UNOW");
        Assert.Empty(read.Issues);
        Assert.Equal("Жанна 12", read.Segments.Single(s => s.Value(1, 1) == "ABO").Value(1, 2));
    }

    [Fact]
    public void Answers_a_request_in_a_character_set_Vigil_cannot_write_in_UNOA()
    {
        CusresAnswer answer = Answer(request => request with { SyntaxIdentifier = "UNOX" }, Traveler("X7KQ2M", "abc", CusresResponse.Board));

        CusresReadBack read = CusresReadBack.Of(CusresWriter.Write(answer));

        Assert.Empty(read.Issues);
        Assert.Equal("UNOA", read.Interchange!.SyntaxIdentifier);
        Assert.Equal("ABC", read.Segments.Single(s => s.Value(1, 1) == "ABO").Value(1, 2));
    }

    [Fact]
    public void Leaves_out_the_functional_group_when_the_request_had_none()
    {
        CusresAnswer answer = Answer(request => request with { HasFunctionalGroup = false }, Traveler("X7KQ2M", "0417-001", CusresResponse.Board));

        CusresReadBack read = CusresReadBack.Of(CusresWriter.Write(answer));

        Assert.Empty(read.Issues);
        Assert.DoesNotContain(read.Segments, s => s.Tag is "UNG" or "UNE");
        Assert.Null(Assert.Single(read.Messages).GroupReference);
        Assert.Equal("UNZ+1+R000417", read.Segments[^1].ToString());
    }

    [Fact]
    public void Marks_the_answer_to_a_test_interchange_as_a_test()
    {
        CusresAnswer answer = Answer(request => request with { IsTest = true }, Traveler("X7KQ2M", "0417-001", CusresResponse.Board));

        byte[] bytes = CusresWriter.Write(answer);

        Assert.Contains("UNB+UNOA:4+BORDERAGENCY:ZZ+VGAIR:ZZ+310315:0812+R000417++IAPI++++1'", Latin1(bytes), StringComparison.Ordinal);
        Assert.True(CusresReadBack.Of(bytes).Interchange!.IsTest);
    }

    [Fact]
    public void Writes_a_flight_time_without_time_of_day_as_a_date_and_leaves_out_what_is_unknown()
    {
        CusresAnswer answer = Answer(Traveler("X7KQ2M", "0417-001", CusresResponse.Board)) with
        {
            Flight = new CusresFlight
            {
                Carrier = "VG",
                Number = "19",
                Departure = new FlightPoint("LHR", new LocalDateTime(new DateOnly(2031, 3, 15))),
                Arrival = new FlightPoint(null, null),
            },
        };

        CusresReadBack read = CusresReadBack.Of(CusresWriter.Write(answer));

        Assert.Empty(read.Issues);
        Assert.Equal(["RFF+AF:VG19", "DTM+189:20310315:102", "LOC+125+LHR"],
            read.Segments.Where(s => s.Tag is "DTM" or "LOC" || s.Value(1, 1) == "AF").Select(s => s.ToString()));
    }

    [Fact]
    public void Answers_an_unreadable_request_with_one_error_group_and_no_traveler()
    {
        CusresAnswer answer = CusresAnswer.ForUnreadableRequest(new CusresParty("VGAIR", "ZZ"), new CusresParty("BORDERAGENCY", "ZZ"), "R000418", PreparedAt);

        byte[] bytes = CusresWriter.Write(answer);

        Assert.Equal(
            "UNB+UNOA:4+BORDERAGENCY:ZZ+VGAIR:ZZ+310315:0812+R000418'"
            + "UNH+1+CUSRES:D:05B:UN:IATA'"
            + "BGM+962'"
            + "ERP+1'"
            + "ERC+9Z'"
            + "FTX+AAP+++REQUEST UNREADABLE - CHECK AND RESEND'"
            + "UNT+6+1'"
            + "UNZ+1+R000418'",
            Latin1(bytes));
        Assert.Empty(CusresReadBack.Of(bytes).Issues);
    }

    [Fact]
    public void Answers_a_request_with_no_traveler_as_unreadable_in_its_own_envelope()
    {
        string request = Interchanges.Paxlst(["BGM+745'", "RFF+TN:VG0418CHK'", .. Interchanges.Flight, "CNT+42:0'"]);
        EdifactParseResult<PaxlstMessage> parsed = PaxlstParser.Parse(Interchanges.Bytes(request), ParseJson.Options());

        CusresAnswer answer = CusresAnswer.ForRequest(parsed.Interchange!, Assert.Single(parsed.Messages), [], "R000418", PreparedAt);

        Assert.True(answer.IsRequestUnreadable);
        CusresReadBack read = CusresReadBack.Of(CusresWriter.Write(answer));
        Assert.Empty(read.Issues);
        Assert.Equal(("RECEIVER", "SENDER", "APIS"), (read.Interchange!.Sender, read.Interchange.Recipient, read.Interchange.ApplicationReference));
        Assert.Equal(
            ["UNH+1+CUSRES:D:05B:UN:IATA+REF001", "BGM+962", "RFF+TN:VG0418CHK", "RFF+AF:VG0471", "DTM+189:2503150640:201",
             "DTM+232:2503150820:201", "LOC+125+ATH", "LOC+87+VIE", "ERP+1", "ERC+9Z", "FTX+AAP+++REQUEST UNREADABLE - CHECK AND RESEND", "UNT+12+1"],
            read.Segments.Skip(1).SkipLast(1).Select(s => s.ToString()));
    }

    [Fact]
    public void Answers_the_shared_two_leg_request_traveler_by_traveler()
    {
        byte[] request = File.ReadAllBytes(SharedData.PathOf("formats-examples/paxlst-passengers-2leg.edi"));
        EdifactParseResult<PaxlstMessage> parsed = PaxlstParser.Parse(request, ParseJson.Options());
        Assert.Equal(EdifactOutcome.Valid, parsed.Outcome);

        CusresAnswer answer = CusresAnswer.ForRequest(parsed.Interchange!, Assert.Single(parsed.Messages),
            [CusresResponse.Board, CusresResponse.Selectee, CusresResponse.NoBoard], "VIG0001",
            new LocalDateTime(new DateOnly(2025, 3, 15), new TimeOnly(5, 45)));
        byte[] bytes = CusresWriter.Write(answer);

        Assert.Equal(
            "UNA:+.? '"
            + "UNB+UNOA:4+BORDERAGENCY:ZZ+VIGILDEMO:ZZ+250315:0545+VIG0001++APIS'"
            + "UNG+CUSRES+BORDERAGENCY:ZZ+VIGILDEMO:ZZ+250315:0545+1+UN+D:05B'"
            + "UNH+M0117+CUSRES:D:05B:UN:IATA+VGX000117'"
            + "BGM+962'"
            + "RFF+TN:VGDEMO250315'"
            + "RFF+AF:VG0472'"
            + "DTM+189:2503150935:201'"
            + "DTM+232:2503151250:201'"
            + "LOC+125+VIE'"
            + "LOC+87+ORD'"
            + "ERP+2'" + "RFF+AVF:Q7RM2K'" + "RFF+ABO:0001PAXVG'" + "ERC+0Z'" + "FTX+AAP+++OK TO BOARD'"
            + "ERP+2'" + "RFF+AVF:Q7RM2K'" + "ERC+4Z'" + "FTX+AAP+++OK TO BOARD - SELECTED FOR ADDITIONAL SCREENING'"
            + "ERP+2'" + "RFF+AVF:TT90LW'" + "ERC+1Z'" + "FTX+AAP+++DO NOT BOARD'"
            + "UNT+22+M0117'"
            + "UNE+1+1'"
            + "UNZ+1+VIG0001'",
            Latin1(bytes));
        Assert.Empty(CusresReadBack.Of(bytes).Issues);
    }

    [Fact]
    public void Answers_about_the_leg_the_host_names()
    {
        byte[] request = File.ReadAllBytes(SharedData.PathOf("formats-examples/paxlst-passengers-2leg.edi"));
        EdifactParseResult<PaxlstMessage> parsed = PaxlstParser.Parse(request, ParseJson.Options());
        PaxlstMessage message = Assert.Single(parsed.Messages);

        CusresAnswer answer = CusresAnswer.ForRequest(parsed.Interchange!, message,
            [CusresResponse.Board, CusresResponse.Board, CusresResponse.Board], "VIG0002", PreparedAt, flight: message.Flights[0]);

        CusresReadBack read = CusresReadBack.Of(CusresWriter.Write(answer));
        Assert.Equal(["RFF+AF:VG0471", "DTM+189:2503150640:201", "DTM+232:2503150820:201", "LOC+125+ATH", "LOC+87+VIE"],
            read.Segments.Where(s => s.Tag is "DTM" or "LOC" || s.Value(1, 1) == "AF").Select(s => s.ToString()));
    }

    [Fact]
    public void Echoes_the_references_a_parsed_request_gave_fitted_to_its_character_set()
    {
        // The carrier sent lower case under UNOA, which the reader reports and keeps; the answer cannot send it back
        // as such. Without RFF+ABO, the traveler's other reference is echoed with its qualifier.
        string request = Interchanges.PassengerList([.. Interchanges.Passenger, "RFF+AVF:q7rm2k'", "RFF+CR:KT0042'", "RFF+SEA:12A'"]);
        EdifactParseResult<PaxlstMessage> parsed = PaxlstParser.Parse(Interchanges.Bytes(request), ParseJson.Options());

        CusresAnswer answer = CusresAnswer.ForRequest(parsed.Interchange!, Assert.Single(parsed.Messages), [CusresResponse.Board], "R000419", PreparedAt);

        CusresReadBack read = CusresReadBack.Of(CusresWriter.Write(answer));
        Assert.Empty(read.Issues);
        Assert.Equal([["ERP+2", "RFF+AVF:Q7RM2K", "RFF+CR:KT0042", "ERC+0Z", "FTX+AAP+++OK TO BOARD"]], read.ResponseGroups());
    }

    [Fact]
    public void Refuses_responses_that_do_not_match_the_travelers_of_the_request()
    {
        byte[] request = File.ReadAllBytes(SharedData.PathOf("formats-examples/paxlst-passengers-2leg.edi"));
        EdifactParseResult<PaxlstMessage> parsed = PaxlstParser.Parse(request, ParseJson.Options());

        ArgumentException problem = Assert.Throws<ArgumentException>(() =>
            CusresAnswer.ForRequest(parsed.Interchange!, parsed.Messages[0], [CusresResponse.Board], "VIG0003", PreparedAt));

        Assert.Equal("responses", problem.ParamName);
    }

    [Fact]
    public void Refuses_an_answer_with_no_traveler_to_a_request_that_was_read()
    {
        CusresAnswer answer = Answer();

        Assert.Throws<ArgumentException>(() => CusresWriter.Write(answer));
    }

    [Fact]
    public void Writes_to_a_stream_the_bytes_it_returns()
    {
        CusresAnswer answer = Answer(Traveler("X7KQ2M", "0417-001", CusresResponse.Board));
        using MemoryStream stream = new();

        CusresWriter.Write(answer, stream);

        Assert.Equal(CusresWriter.Write(answer), stream.ToArray());
    }

    private static CusresAnswer Answer(params CusresTraveler[] travelers) => Answer(request => request, travelers);

    /// <summary>An answer to a request in UNOA, syntax 4, with UNA (<c>UNA:+.? '</c>, no repetition separator) and a
    /// functional group, changed as <paramref name="change"/> says.</summary>
    private static CusresAnswer Answer(Func<CusresRequest, CusresRequest> change, params CusresTraveler[] travelers) => new()
    {
        Request = change(new CusresRequest
        {
            Sender = new CusresParty("VGAIR", "ZZ"),
            Recipient = new CusresParty("BORDERAGENCY", "ZZ"),
            ControlReference = "VG000417",
            SyntaxIdentifier = "UNOA",
            SyntaxVersion = "4",
            HasServiceStringAdvice = true,
            ApplicationReference = "IAPI",
            HasFunctionalGroup = true,
            MessageReference = "M000417",
            TransactionReference = "VG0417CHK",
            ServiceCharacters = new ServiceCharacters(':', '+', '.', '?', ' ', '\''),
        }),
        ControlReference = "R000417",
        PreparedAt = PreparedAt,
        Flight = new CusresFlight
        {
            Carrier = "VG",
            Number = "19",
            Departure = new FlightPoint("LHR", new LocalDateTime(new DateOnly(2031, 3, 15), new TimeOnly(9, 10))),
            Arrival = new FlightPoint("JFK", new LocalDateTime(new DateOnly(2031, 3, 15), new TimeOnly(12, 5))),
        },
        Travelers = travelers,
    };

    private static CusresTraveler Traveler(string? booking, string? reference, CusresResponse response) => new()
    {
        BookingReference = booking,
        TravelerReference = reference is null ? null : new CusresReference("ABO", reference),
        Response = response,
    };

    private static string Latin1(byte[] bytes) => Encoding.Latin1.GetString(bytes);
}
