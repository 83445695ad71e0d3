using System.Globalization;
using System.Runtime.CompilerServices;
using Vigil.Formats.Edifact;

namespace Vigil.Formats.Paxlst;

/// <summary>Reads the body of PAXLST messages (UN/EDIFACT D.02B to D.15B as profiled by the WCO/IATA/ICAO PAXLST
/// Implementation Guide) into <see cref="PaxlstMessage"/>.</summary>
/// <remarks>
/// Segments take their meaning from their group, never from their place in the file alone: a DTM+189 belongs to the
/// flight group (TDT), a DTM+329 to the traveler (NAD), a DTM+36 to the document (DOC). A traveler group runs from its
/// NAD to the next NAD or CNT; a document group from its DOC to the next DOC, NAD or CNT (FORMATS.md §2).
/// </remarks>
internal sealed partial class PaxlstMessageReader : MessageReader<PaxlstMessage>
{
    private MessageHeader _header = null!;
    private bool _skip;
    private Group _group;
    private int _bgmCount;
    private string? _documentCode;
    private string? _documentSubtype;
    private PaxlstListType? _listType;
    private string? _transactionReference;
    private ReportingPartyBuilder? _reportingParty;
    private readonly List<FlightBuilder> _flights = [];
    private readonly List<PaxlstTraveler> _travelers = [];
    private readonly TravelerBuilder _builder = new();
    private TravelerBuilder? _traveler;
    private int? _passengerTotal, _crewTotal, _passengerTotalIndex, _crewTotalIndex;

    public PaxlstMessageReader(EdifactContext context)
        : base(context)
    {
    }

    private enum Group
    {
        Header,
        ReportingParty,
        Flight,
        Traveler,
        Document,
        Totals,
    }

    public override string MessageType => "PAXLST";

    public override void CheckVersion(MessageHeader header, Segment unh)
    {
        // PAXLST is a UN directory message: version D, releases such as 02B, 05B, 12B.
        bool known = header.Version == "D" && header.Release is { Length: 3 } release
            && char.IsAsciiDigit(release[0]) && char.IsAsciiDigit(release[1]) && release[2] is 'A' or 'B';
        if (!known)
        {
            Issues.Error(EdifactDiagnostics.UnknownMessageVersionCode,
                $"PAXLST version '{header.Version}:{header.Release}' is not a UN directory version (D with a release such as 05B); the message was read as D:05B.",
                unh, 2, header.Version == "D" ? 3 : 2);
        }
        else if (header.ControllingAgency is not null && header.ControllingAgency != "UN")
        {
            Issues.Warning(EdifactDiagnostics.UnknownMessageVersionCode,
                $"The controlling agency of PAXLST is '{header.ControllingAgency}'; expected UN.", unh, 2, 4);
        }
    }

    public override void Begin(MessageHeader header, bool isExpectedType)
    {
        _header = header;
        _skip = !isExpectedType;
        _group = Group.Header;
        _bgmCount = 0;
        _documentCode = _documentSubtype = _transactionReference = null;
        _listType = null;
        _reportingParty = null;
        _flights.Clear();
        _travelers.Clear();
        _traveler = null;
        _passengerTotal = _crewTotal = _passengerTotalIndex = _crewTotalIndex = null;
    }

    public override void Read(Segment segment)
    {
        if (_skip)
        {
            return;
        }

        ReadOnlySpan<byte> shape = Shape(segment.Tag);
        if (!shape.IsEmpty && !FitsShape(segment, shape))
        {
            CheckShape(segment, shape);
        }

        switch (segment.Tag)
        {
            case Bgm:
                ReadBgm(segment);
                break;
            case Rff:
                ReadRff(segment);
                break;
            case Nad:
                ReadNad(segment);
                break;
            case Cta:
                break;
            case Com:
                ReadCom(segment);
                break;
            case Tdt:
                ReadTdt(segment);
                break;
            case Loc:
                ReadLoc(segment);
                break;
            case Dtm:
                ReadDtm(segment);
                break;
            case Att:
                ReadAtt(segment);
                break;
            case Nat:
                ReadNat(segment);
                break;
            case Doc:
                ReadDoc(segment);
                break;
            case Emp:
                if (InTraveler(segment))
                {
                    _traveler!.CrewFunction ??= segment.Text(2, 1);
                }

                break;
            case Cnt:
                ReadCnt(segment);
                break;
            case Gei or Ftx or Mea or Cpi or Qty:
                // Verification flags, free text, baggage, charges, quantities: not used by screening.
                break;
            default:
                Issues.Warning(PaxlstDiagnostics.UnknownSegmentCode, $"{segment.TagText} is not part of the PAXLST message; it was ignored.", segment);
                break;
        }
    }

    public override PaxlstMessage End(MessageHeader header)
    {
        if (!_skip)
        {
            EndTraveler();
            if (_bgmCount == 0)
            {
                Issues.Error(PaxlstDiagnostics.MissingBgmCode, $"The message {header.Reference} has no BGM: whether it lists passengers or crew is not known.", header.SegmentIndex, "UNH");
            }

            if (_flights.Count == 0)
            {
                Issues.Error(PaxlstDiagnostics.MissingFlightCode, $"The message {header.Reference} has no flight (TDT): its travelers have no flight context.", header.SegmentIndex, "UNH");
            }
        }

        List<FlightLeg> legs = [];
        foreach (FlightBuilder flight in _flights)
        {
            flight.AddLegs(legs, _skip ? null : Issues);
        }

        PaxlstMessage message = new()
        {
            Header = header,
            ListType = _listType,
            DocumentCode = _documentCode,
            DocumentSubtype = _documentSubtype,
            TransactionReference = _transactionReference,
            ReportingParty = _reportingParty?.Build(),
            Flights = legs,
            Travelers = [.. _travelers],
            Counts = new PaxlstCounts
            {
                Passengers = _passengerTotal,
                Crew = _crewTotal,
                PassengersSegmentIndex = _passengerTotalIndex,
                CrewSegmentIndex = _crewTotalIndex,
            },
        };
        return message;
    }

    private void ReadBgm(Segment segment)
    {
        if (++_bgmCount > 1)
        {
            Issues.Warning(PaxlstDiagnostics.RepeatedValueCode, "A second BGM in the message; the first was kept.", segment);
            return;
        }

        if (_group != Group.Header)
        {
            Issues.Warning(PaxlstDiagnostics.SegmentOutOfPlaceCode, "BGM should come first after UNH.", segment);
        }

        _documentCode = segment.Text(1, 1);
        _documentSubtype = segment.Text(2, 1);
        switch (_documentCode)
        {
            case "745":
                _listType = PaxlstListType.Passenger;
                break;
            case "250":
                _listType = PaxlstListType.Crew;
                break;
            case "266" or "655":
                _listType = PaxlstListType.Passenger;
                Issues.Warning(PaxlstDiagnostics.OtherListCode,
                    $"BGM {_documentCode} is a {(_documentCode == "266" ? "flight status (close-out)" : "gate pass")} message, not a passenger list (745); it was read as one.", segment, 1, 1);
                break;
            case "336":
                _listType = PaxlstListType.Crew;
                Issues.Warning(PaxlstDiagnostics.OtherListCode, "BGM 336 is a master crew list, not a flight crew list (250); it was read as a crew list.", segment, 1, 1);
                break;
            case null:
                MissingElement(segment, 1, 1, "document name code (745 passenger list, 250 crew list)");
                break;
            default:
                Issues.Error(PaxlstDiagnostics.NotATravelerListCode,
                    $"BGM document code '{_documentCode}' is not a passenger list (745) or a crew list (250).", segment, 1, 1);
                break;
        }
    }

    private void ReadRff(Segment segment)
    {
        string? qualifier = segment.Text(1, 1);
        string? value = segment.SharedText(1, 2);
        if (_group is Group.Traveler or Group.Document)
        {
            if (value is null)
            {
                MissingElement(segment, 1, 2, "reference");
            }

            _traveler!.References.Add(new PaxlstReference(qualifier, value));
            return;
        }

        if (qualifier == "TN")
        {
            if (value is null)
            {
                MissingElement(segment, 1, 2, "transaction reference");
            }
            else if (_transactionReference is null)
            {
                _transactionReference = value;
            }
        }
    }

    private void ReadNad(Segment segment)
    {
        string? qualifier = segment.Text(1, 1);
        EndTraveler();
        if (qualifier == "MS")
        {
            if (_reportingParty is not null)
            {
                // The first party is kept; the COM that follow this one are not read (they are not in its group).
                Issues.Warning(PaxlstDiagnostics.RepeatedValueCode, "A second reporting party (NAD+MS); the first was kept.", segment);
                _group = Group.Header;
                return;
            }

            _group = Group.ReportingParty;
            _reportingParty = new ReportingPartyBuilder { Name = segment.JoinedText(4, 1, 5) ?? segment.JoinedText(3, 1, 5) };
            return;
        }

        PaxlstTravelerType type;
        switch (qualifier)
        {
            case "FL" or "DDU":
                type = PaxlstTravelerType.Passenger;
                break;
            case "FM" or "DDT":
                type = PaxlstTravelerType.Crew;
                break;
            case null:
                MissingElement(segment, 1, 1, "party qualifier (FL passenger, FM crew, DDU, DDT)");
                type = _listType == PaxlstListType.Crew ? PaxlstTravelerType.Crew : PaxlstTravelerType.Passenger;
                break;
            default:
                type = _listType == PaxlstListType.Crew ? PaxlstTravelerType.Crew : PaxlstTravelerType.Passenger;
                Issues.Warning(PaxlstDiagnostics.UnknownPartyQualifierCode,
                    $"NAD party qualifier '{qualifier}' is not FL, FM, DDU, DDT or MS; the party was read as a {(type == PaxlstTravelerType.Crew ? "crew member" : "passenger")}.",
                    segment, 1, 1);
                break;
        }

        if (_listType is { } list && qualifier is "FL" or "DDU" or "FM" or "DDT"
            && ((list == PaxlstListType.Passenger) != (type == PaxlstTravelerType.Passenger)))
        {
            Issues.Warning(PaxlstDiagnostics.TravelerTypeMismatchCode,
                $"NAD+{qualifier} is a {(type == PaxlstTravelerType.Crew ? "crew member" : "passenger")} in a {(list == PaxlstListType.Crew ? "crew" : "passenger")} list.",
                segment, 1, 1);
        }

        _group = Group.Traveler;
        _builder.Begin(segment.Index, type, qualifier);
        _traveler = _builder;
        string? family = segment.SharedText(4, 1);
        string? given = segment.JoinedText(4, 2, 5);
        if (family is null && given is null && !segment.HasElement(4) && segment.HasElement(3))
        {
            // Some senders put the name in the unstructured name-and-address element (C058).
            family = segment.SharedText(3, 1);
            given = segment.JoinedText(3, 2, 5);
            Issues.Warning(PaxlstDiagnostics.SegmentOutOfPlaceCode,
                "The name is in NAD element 3 (name and address lines) instead of element 4 (party name); it was read from there.", segment, 3);
        }

        _traveler.FamilyName = family;
        _traveler.GivenNames = given;
        if (family is null)
        {
            Issues.Error(PaxlstDiagnostics.MissingFamilyNameCode, "The traveler has no family name (NAD element 4, component 1).", segment, 4, 1);
        }

        if (segment.ElementCount >= 5)
        {
            string? street = segment.JoinedText(5, 1, 4);
            string? city = segment.Text(6, 1);
            string? region = segment.Text(7, 1) ?? segment.Text(7, 4);
            string? postalCode = segment.Text(8, 1);
            string? country = segment.Text(9, 1);
            if (street is not null || city is not null || region is not null || postalCode is not null || country is not null)
            {
                _traveler.Address = new PostalAddress { Street = street, City = city, Region = region, PostalCode = postalCode, Country = country };
            }
        }
    }

    private void ReadCom(Segment segment)
    {
        if (_group != Group.ReportingParty || _reportingParty is null)
        {
            // Contact numbers of a traveler, or of nobody: not used by screening.
            return;
        }

        for (int e = 1; e <= Math.Min(3, segment.ElementCount); e++)
        {
            string? number = segment.Text(e, 1);
            switch (segment.Text(e, 2))
            {
                case "TE":
                    _reportingParty.Phone ??= number;
                    break;
                case "FX":
                    _reportingParty.Fax ??= number;
                    break;
                case "EM":
                    _reportingParty.Email ??= number;
                    break;
            }
        }
    }

    private void ReadTdt(Segment segment)
    {
        if (_group is Group.Traveler or Group.Document or Group.Totals)
        {
            EndTraveler();
            Issues.Warning(PaxlstDiagnostics.SegmentOutOfPlaceCode, "A flight (TDT) after the travelers; it was read as one more leg.", segment);
        }

        _group = Group.Flight;
        string? identification = segment.Text(2);
        string? carrier = segment.Text(5, 1);
        if (identification is null)
        {
            MissingElement(segment, 2, 1, "flight identification");
        }

        (string? splitCarrier, string? number) = FlightNumbers.Split(identification, carrier);
        _flights.Add(new FlightBuilder(segment.Index, identification, splitCarrier, number));
    }

    private void ReadLoc(Segment segment)
    {
        int qualifier = segment.Code(1, 1);
        string? place = segment.Text(2, 1);
        switch (_group)
        {
            case Group.Flight:
                if (place is null)
                {
                    MissingElement(segment, 2, 1, "location");
                }
                else
                {
                    CheckCode(segment, place, 2, 1);
                }

                switch (qualifier)
                {
                    case Qualifiers.Departure:
                        _flights[^1].AddPoint("125", place);
                        break;
                    case Qualifiers.Arrival:
                        _flights[^1].AddPoint("87", place);
                        break;
                    case Qualifiers.Stop:
                        _flights[^1].AddPoint("92", place);
                        break;
                }

                return;
            case Group.Traveler or Group.Document:
                ReadTravelerLoc(segment, qualifier, place);
                return;
            default:
                Issues.Warning(PaxlstDiagnostics.SegmentOutOfPlaceCode,
                    $"LOC+{segment.Text(1, 1)} stands outside a flight (TDT) or traveler (NAD) group; it was ignored.", segment);
                return;
        }
    }

    private void ReadTravelerLoc(Segment segment, int qualifier, string? place)
    {
        TravelerBuilder traveler = _traveler!;
        if (qualifier == Qualifiers.BirthPlace)
        {
            // The place of birth is a code (component 1) or free text (component 4): LOC+180+:::HARTFORD USA.
            string? birthPlace = place ?? segment.Text(2, 4);
            if (birthPlace is null)
            {
                MissingElement(segment, 2, 1, "place of birth (component 1 or 4)");
            }

            Set(ref traveler.BirthPlace, birthPlace, segment, "place of birth");
            return;
        }

        if (place is null)
        {
            MissingElement(segment, 2, 1, "location");
            return;
        }

        switch (qualifier)
        {
            case Qualifiers.IssuingCountry:
                CheckCode(segment, place, 2, 1);
                if (_group == Group.Document)
                {
                    Set(ref traveler.LastDocument.IssuingCountry, place, segment, "issuing country");
                }
                else
                {
                    Issues.Warning(PaxlstDiagnostics.SegmentOutOfPlaceCode,
                        "LOC+91 (document issuing country) stands in a traveler group with no DOC; it was ignored.", segment);
                }

                return;
            case Qualifiers.Clearance:
                Set(ref traveler.Clearance, place, segment, "place of clearance");
                return;
            case Qualifiers.Residence:
                CheckCode(segment, place, 2, 1);
                Set(ref traveler.Residence, place, segment, "country of residence");
                return;
            case Qualifiers.Embarkation:
                Set(ref traveler.Embarkation, place, segment, "port of embarkation");
                return;
            case Qualifiers.Debarkation:
                Set(ref traveler.Debarkation, place, segment, "port of debarkation");
                return;
        }
    }

    private void ReadDtm(Segment segment)
    {
        int qualifier = segment.Code(1, 1);
        switch (_group)
        {
            case Group.Flight when qualifier is Qualifiers.DepartureTime or Qualifiers.ArrivalTime:
                {
                    if (ReadDate(segment, EdifactDates.YearRule.Window) is { } time)
                    {
                        if (!_flights[^1].SetTime(qualifier == Qualifiers.DepartureTime, time))
                        {
                            Issues.Warning(PaxlstDiagnostics.SegmentOutOfPlaceCode,
                                $"DTM+{segment.Text(1, 1)} does not follow a LOC of the flight group, or repeats one; it was ignored.", segment);
                        }
                    }

                    return;
                }

            case Group.Traveler or Group.Document when qualifier == Qualifiers.BirthDate:
                {
                    if (ReadDate(segment, EdifactDates.YearRule.Birth) is { } birth)
                    {
                        if (_traveler!.DateOfBirth is null)
                        {
                            _traveler.DateOfBirth = birth.Date;
                        }
                        else
                        {
                            Issues.Warning(PaxlstDiagnostics.RepeatedValueCode, "A second date of birth (DTM+329) for the traveler; the first was kept.", segment);
                        }
                    }

                    return;
                }

            case Group.Traveler or Group.Document when qualifier is Qualifiers.ExpiryDate or Qualifiers.IssueDate:
                {
                    LocalDateTime? date = ReadDate(segment, EdifactDates.YearRule.Window);
                    if (_group != Group.Document)
                    {
                        Issues.Warning(PaxlstDiagnostics.SegmentOutOfPlaceCode,
                            $"DTM+{segment.Text(1, 1)} (document {(qualifier == Qualifiers.ExpiryDate ? "expiry" : "issue")} date) stands in a traveler group with no DOC; it was ignored.", segment);
                        return;
                    }

                    if (date is { } d)
                    {
                        DocumentBuilder document = _traveler!.LastDocument;
                        if (qualifier == Qualifiers.ExpiryDate)
                        {
                            Set(ref document.Expiry, d.Date, segment, "expiry date");
                        }
                        else
                        {
                            Set(ref document.Issued, d.Date, segment, "issue date");
                        }
                    }

                    return;
                }

            default:
                // Other qualifiers (message date, 554 ...) are not used; the value is still checked.
                if (segment.Has(1, 2))
                {
                    ReadDate(segment, EdifactDates.YearRule.Window);
                }

                return;
        }
    }

    private void ReadAtt(Segment segment)
    {
        if (!InTraveler(segment))
        {
            return;
        }

        if (segment.Code(1, 1) != Qualifiers.Gender)
        {
            return;
        }

        string? gender = segment.Text(3, 1);
        if (gender is null)
        {
            MissingElement(segment, 3, 1, "gender");
            return;
        }

        if (gender is not ("M" or "F" or "U" or "X"))
        {
            Issues.Error(PaxlstDiagnostics.InvalidGenderCode, $"The gender '{gender}' is not M, F, U (unknown) or X (unspecified); it was not used.", segment, 3, 1);
            return;
        }

        Set(ref _traveler!.Gender, gender, segment, "gender");
    }

    private void ReadNat(Segment segment)
    {
        if (!InTraveler(segment))
        {
            return;
        }

        string? nationality = segment.Text(2, 1);
        if (nationality is null)
        {
            MissingElement(segment, 2, 1, "nationality code");
            return;
        }

        CheckCode(segment, nationality, 2, 1);
        _traveler!.Nationality ??= nationality;
    }

    private void ReadDoc(Segment segment)
    {
        if (!InTraveler(segment))
        {
            return;
        }

        _group = Group.Document;
        string? type = segment.Text(1, 1);
        string? number = segment.Text(2, 1);
        if (type is null)
        {
            Issues.Error(PaxlstDiagnostics.MissingDocumentNumberCode, "The DOC has no document type (element 1, component 1).", segment, 1, 1);
        }

        if (number is null)
        {
            Issues.Error(PaxlstDiagnostics.MissingDocumentNumberCode, "The DOC has no document number (element 2, component 1).", segment, 2, 1);
        }

        _traveler!.AddDocument(segment.Index, type, number);
    }

    private void ReadCnt(Segment segment)
    {
        EndTraveler();
        _group = Group.Totals;
        int qualifier = segment.Code(1, 1);
        string? text = segment.Text(1, 2);
        if (text is null)
        {
            MissingElement(segment, 1, 2, "count");
            return;
        }

        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out int count))
        {
            Issues.Error(EdifactDiagnostics.InvalidNumberCode, $"The CNT count '{text}' is not a number.", segment, 1, 2);
            return;
        }

        if (qualifier == Qualifiers.Passengers)
        {
            _passengerTotal = count;
            _passengerTotalIndex = segment.Index;
        }
        else if (qualifier == Qualifiers.Crew)
        {
            _crewTotal = count;
            _crewTotalIndex = segment.Index;
        }
    }

    /// <summary>True when a traveler group is open; else reports the segment as out of place.</summary>
    private bool InTraveler(Segment segment)
    {
        if (_group is Group.Traveler or Group.Document)
        {
            return true;
        }

        Issues.Warning(PaxlstDiagnostics.SegmentOutOfPlaceCode, $"{segment.TagText} stands outside a traveler group (NAD); it was ignored.", segment);
        return false;
    }

    /// <summary>The longest DTM value read as a date, in bytes with the spaces around it.</summary>
    private const int DateBuffer = 32;

    private LocalDateTime? ReadDate(Segment segment, EdifactDates.YearRule rule)
    {
        // A valid date is read from its bytes; anything else is read again, to say what is wrong.
        if (segment.RawComponent(1, 2).Length <= DateBuffer
            && segment.TryPlain(1, 2, out ReadOnlySpan<byte> digits) && segment.TryPlain(1, 3, out ReadOnlySpan<byte> format))
        {
            int code = Segment.Pack(format);
            if ((code != 0 || format.IsEmpty)
                && EdifactDates.TryParseDtmDigits(digits, code, rule, Context.ReferenceDate, out LocalDateTime date))
            {
                return date;
            }
        }

        return ReadDateWithIssues(segment, rule);
    }

    /// <summary>Reads a DTM value that is not a valid date of its format, and says what is wrong with it.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private LocalDateTime? ReadDateWithIssues(Segment segment, EdifactDates.YearRule rule)
    {
        Span<char> buffer = stackalloc char[DateBuffer];
        ReadOnlySpan<char> value = segment.Ascii(1, 2, buffer);
        if (value.IsEmpty)
        {
            if (segment.Text(1, 2) is { } text)
            {
                Issues.Error(EdifactDiagnostics.InvalidDateCode, $"DTM+{segment.Text(1, 1)}: '{text}' is not a date.", segment, 1, 2);
            }
            else
            {
                MissingElement(segment, 1, 2, "date");
            }

            return null;
        }

        string? code = segment.Text(1, 3);
        switch (EdifactDates.TryParseDtm(value, code, rule, Context.ReferenceDate, out LocalDateTime result, out string problem))
        {
            case EdifactDates.Status.Ok:
                return result;
            case EdifactDates.Status.Invalid:
                Issues.Error(EdifactDiagnostics.InvalidDateCode, $"DTM+{segment.Text(1, 1)}: {problem}.", segment, 1, 2);
                return null;
            default:
                Issues.Error(EdifactDiagnostics.DateFormatCode, $"DTM+{segment.Text(1, 1)}: {problem}.", segment, 1, code is null ? 2 : 3);
                return null;
        }
    }

    private void CheckCode(Segment segment, string code, int element, int component)
    {
        foreach (char c in code)
        {
            if (!char.IsAsciiLetterUpper(c))
            {
                Issues.Warning(PaxlstDiagnostics.InvalidCodeCode, $"{segment.TagText} code '{code}' is not made of upper-case letters; it was kept as sent.",
                    segment, element, component);
                return;
            }
        }
    }

    private static string Who(TravelerBuilder traveler) =>
        $"{traveler.FamilyName ?? "(no family name)"}{(traveler.GivenNames is null ? string.Empty : " " + traveler.GivenNames)}";

    private void Set(ref string? field, string? value, Segment segment, string what)
    {
        if (value is null)
        {
            return;
        }

        if (field is null)
        {
            field = value;
        }
        else if (!string.Equals(field, value, StringComparison.Ordinal))
        {
            Issues.Warning(PaxlstDiagnostics.RepeatedValueCode, $"A second {what} for the traveler; the first was kept.", segment);
        }
    }

    private void Set(ref DateOnly? field, DateOnly value, Segment segment, string what)
    {
        if (field is null)
        {
            field = value;
        }
        else if (field != value)
        {
            Issues.Warning(PaxlstDiagnostics.RepeatedValueCode, $"A second {what} for the document; the first was kept.", segment);
        }
    }

    private void EndTraveler()
    {
        if (_traveler is not { } traveler)
        {
            return;
        }

        _traveler = null;
        string who = string.Empty;
        if (traveler.GivenNames is null || traveler.DateOfBirth is null || traveler.Gender is null || traveler.Nationality is null || traveler.DocumentCount == 0)
        {
            List<string> missing = [];
            if (traveler.GivenNames is null)
            {
                missing.Add("given names");
            }

            if (traveler.DateOfBirth is null)
            {
                missing.Add("date of birth");
            }

            if (traveler.Gender is null)
            {
                missing.Add("gender");
            }

            if (traveler.Nationality is null)
            {
                missing.Add("nationality");
            }

            if (traveler.DocumentCount == 0)
            {
                missing.Add("travel document");
            }

            who = Who(traveler);
            Issues.Warning(PaxlstDiagnostics.MissingTravelerDataCode,
                $"The traveler {who} has no {string.Join(", ", missing)}; the traveler is still screened.", traveler.SegmentIndex, "NAD");
        }

        PaxlstDocument[] documents = traveler.DocumentCount == 0 ? [] : new PaxlstDocument[traveler.DocumentCount];
        for (int i = 0; i < documents.Length; i++)
        {
            DocumentBuilder document = traveler.Document(i);
            if (document.Number is not null && (document.Expiry is null || document.IssuingCountry is null))
            {
                string lacks = document.Expiry is null && document.IssuingCountry is null ? "expiry date (DTM+36) and issuing country (LOC+91)"
                    : document.Expiry is null ? "expiry date (DTM+36)" : "issuing country (LOC+91)";
                Issues.Warning(PaxlstDiagnostics.MissingDocumentDataCode,
                    $"The document {document.Number} of {(who.Length == 0 ? who = Who(traveler) : who)} has no {lacks}.", document.SegmentIndex, "DOC");
            }

            documents[i] = new PaxlstDocument
            {
                Type = document.Type,
                Number = document.Number,
                IssuingCountry = document.IssuingCountry,
                Expiry = document.Expiry,
                Issued = document.Issued,
                SegmentIndex = document.SegmentIndex,
            };
        }

        _travelers.Add(new PaxlstTraveler
        {
            Type = traveler.Type,
            PartyQualifier = traveler.PartyQualifier,
            FamilyName = traveler.FamilyName,
            GivenNames = traveler.GivenNames,
            Gender = traveler.Gender,
            DateOfBirth = traveler.DateOfBirth,
            Nationality = traveler.Nationality,
            Residence = traveler.Residence,
            BirthPlace = traveler.BirthPlace,
            Embarkation = traveler.Embarkation,
            Debarkation = traveler.Debarkation,
            Clearance = traveler.Clearance,
            Documents = documents,
            References = traveler.References.Count == 0 ? [] : traveler.References.ToArray(),
            Address = traveler.Address,
            CrewFunction = traveler.CrewFunction,
            SegmentIndex = traveler.SegmentIndex,
        });
    }
}
