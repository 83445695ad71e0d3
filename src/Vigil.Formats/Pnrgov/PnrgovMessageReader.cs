using System.Globalization;
using Vigil.Formats.Edifact;

namespace Vigil.Formats.Pnrgov;

/// <summary>Reads the body of PNRGOV messages (IATA PNRGOV Implementation Guide, versions 10 to 15) into
/// <see cref="PnrgovMessage"/>.</summary>
/// <remarks>
/// Level 0 (before the first SRC) gives the message function (MSG), the sender (ORG), the flight (TVL) and the number
/// of PNRs (EQN). Each SRC starts a PNR. Inside a PNR: a TIF outside check-in data is a passenger; SSR DOCS, DOCO and
/// DOCA link to a passenger by their traveler reference, else to the TIF before them; a TVL is an itinerary segment.
/// History blocks (ABI, SAC and what follows them to the next SRC) describe past states of the booking: their TIF, TVL
/// and SSR are not current data. TVLs after a <c>MSG+8</c> are non-air services, not itinerary. TIFs after TRI are
/// check-in records of passengers already listed.
/// </remarks>
internal sealed partial class PnrgovMessageReader : MessageReader<PnrgovMessage>
{
    private readonly List<PassengerNameRecord> _pnrs = [];
    private readonly HashSet<string> _locators = new(StringComparer.Ordinal);
    private MessageHeader _header = null!;
    private bool _skip;
    private string? _function;
    private string? _sender;
    private FlightLeg? _flight;
    private int? _declaredCount;
    private int _declaredCountIndex;
    private PnrBuilder? _pnr;

    public PnrgovMessageReader(EdifactContext context)
        : base(context)
    {
    }

    public override string MessageType => "PNRGOV";

    public override void CheckVersion(MessageHeader header, Segment unh)
    {
        // IATA PNRGOV versions are numbers with a numeric release: 10:1, 11:1, 12:1, 13:1, 14:1, 15:1.
        bool known = header.Version is { Length: > 0 and <= 2 } version && version.All(char.IsAsciiDigit)
            && header.Release is { Length: > 0 and <= 2 } release && release.All(char.IsAsciiDigit);
        if (!known)
        {
            Issues.Error(EdifactDiagnostics.UnknownMessageVersionCode,
                $"PNRGOV version '{header.Version}:{header.Release}' is not an IATA PNRGOV version (a number and a release such as 11:1); the message was read as 11:1.",
                unh, 2, 2);
        }
        else if (header.ControllingAgency is not null && header.ControllingAgency != "IA")
        {
            Issues.Warning(EdifactDiagnostics.UnknownMessageVersionCode,
                $"The controlling agency of PNRGOV is '{header.ControllingAgency}'; expected IA.", unh, 2, 4);
        }
    }

    public override void Begin(MessageHeader header, bool isExpectedType)
    {
        _header = header;
        _skip = !isExpectedType;
        _function = _sender = null;
        _flight = null;
        _declaredCount = null;
        _declaredCountIndex = 0;
        _pnr = null;
        _pnrs.Clear();
        _locators.Clear();
    }

    public override void Read(Segment segment)
    {
        if (_skip)
        {
            return;
        }

        if (!KnownTags.Contains(segment.Tag))
        {
            Issues.Warning(PnrgovDiagnostics.UnknownSegmentCode, $"{segment.TagText} is not part of the PNRGOV message; it was ignored.", segment);
            return;
        }

        if (segment.Tag == Src)
        {
            EndPnr();
            _pnr = new PnrBuilder(segment.Index);
            return;
        }

        if (_pnr is null)
        {
            ReadLevelZero(segment);
            return;
        }

        ReadInPnr(_pnr, segment);
    }

    public override PnrgovMessage End(MessageHeader header)
    {
        if (!_skip)
        {
            EndPnr();
            if (_flight is null)
            {
                Issues.Error(PnrgovDiagnostics.MissingFlightCode,
                    $"The message {header.Reference} has no flight: no TVL before the first SRC.", header.SegmentIndex, "UNH");
            }

            if (_declaredCount is { } declared && declared != _pnrs.Count)
            {
                Issues.Warning(PnrgovDiagnostics.PnrCountMismatchCode,
                    $"EQN declares {declared} PNRs; the message holds {_pnrs.Count}.", _declaredCountIndex, "EQN", 1, 1);
            }
        }

        return new PnrgovMessage
        {
            Header = header,
            MessageFunction = _function,
            Sender = _sender,
            Flight = _flight,
            DeclaredPnrCount = _declaredCount,
            Pnrs = [.. _pnrs],
        };
    }

    private void ReadLevelZero(Segment segment)
    {
        switch (segment.Tag)
        {
            case Msg:
                _function ??= segment.Text(1, 2) ?? segment.Text(1, 1);
                return;
            case Org:
                _sender ??= segment.Text(1, 1);
                return;
            case Tvl:
                FlightLeg? leg = ReadTvl(segment);
                if (_flight is null)
                {
                    _flight = leg;
                }
                else
                {
                    Issues.Warning(PnrgovDiagnostics.SegmentOutsidePnrCode, "A second TVL before the first SRC; the first is the message's flight.", segment);
                }

                return;
            case Eqn:
                string? text = segment.Text(1, 1);
                if (text is null)
                {
                    MissingElement(segment, 1, 1, "number of PNRs");
                }
                else if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out int count))
                {
                    _declaredCount ??= count;
                    _declaredCountIndex = segment.Index;
                }
                else
                {
                    Issues.Error(EdifactDiagnostics.InvalidNumberCode, $"The EQN number of PNRs '{text}' is not a number.", segment, 1, 1);
                }

                return;
            case Dat:
                ReadDat(segment);
                return;
            default:
                Issues.Warning(PnrgovDiagnostics.SegmentOutsidePnrCode,
                    $"{segment.TagText} belongs in a PNR but stands before the first SRC; it was ignored.", segment);
                return;
        }
    }

    private void ReadInPnr(PnrBuilder pnr, Segment segment)
    {
        int tag = segment.Tag;
        if (tag is Abi or Sac)
        {
            // A history block starts at ABI; a SAC without an ABI before it starts one too.
            if (tag == Abi || !pnr.InHistory)
            {
                pnr.HistoryBlocks++;
            }

            pnr.InHistory = true;
            return;
        }

        if (pnr.InHistory)
        {
            // Past states of the booking: not current passengers, segments or contacts. Dates are still checked.
            if (tag == Dat)
            {
                ReadDat(segment);
            }

            return;
        }

        switch (tag)
        {
            case Rci:
                ReadRci(pnr, segment);
                return;
            case Tif:
                ReadTif(pnr, segment);
                return;
            case Ssr:
                ReadSsr(pnr, segment);
                return;
            case Ift:
                ReadIft(pnr, segment);
                return;
            case Add:
                pnr.Addresses.Add(ReadAdd(segment));
                return;
            case Fop:
                ReadFop(pnr, segment);
                return;
            case Tvl:
                pnr.InCheckIn = false;
                FlightLeg? leg = ReadTvl(segment);
                if (!pnr.InNonAir && leg is not null)
                {
                    pnr.Itinerary.Add(leg);
                }

                return;
            case Rpi:
                if (!pnr.InNonAir && pnr.Itinerary.Count > 0 && pnr.Itinerary[^1].Status is null && segment.Text(2, 1) is { } status)
                {
                    pnr.Itinerary[^1] = pnr.Itinerary[^1] with { Status = status };
                }

                return;
            case Tri:
                pnr.InCheckIn = true;
                return;
            case Msg:
                pnr.InNonAir = (segment.Text(1, 1) ?? segment.Text(1, 2)) == "8";
                return;
            case Dat:
                ReadDat(segment);
                return;
            default:
                // ORG, EBD, FTI, TKT, MON, PTK, TXD, FAR, APD, SSD, TBD, REF, LTS, TRA, EQN: not used by screening.
                return;
        }
    }

    private void ReadRci(PnrBuilder pnr, Segment segment)
    {
        for (int e = 1; e <= segment.ElementCount; e++)
        {
            string? locator = segment.Text(e, 2);
            if (locator is null && !segment.HasElement(e))
            {
                continue;
            }

            LocalDateTime? created = null;
            if (segment.Text(e, 4) is { } date)
            {
                created = ReadDateTime(segment, e, 4, date, segment.Text(e, 5));
            }

            if (locator is null)
            {
                MissingElement(segment, e, 2, "record locator");
            }

            pnr.Locators.Add(new PnrRecordLocator(segment.Text(e, 1), locator, created));
        }
    }

    private void ReadTif(PnrBuilder pnr, Segment segment)
    {
        if (pnr.InCheckIn)
        {
            // A check-in record of a passenger already listed.
            return;
        }

        string? surname = segment.Text(1, 1);
        if (surname is null)
        {
            MissingElement(segment, 1, 1, "traveler surname");
        }

        int last = Math.Max(2, segment.ElementCount);
        for (int e = 2; e <= last; e++)
        {
            if (e > 2 && !segment.HasElement(e))
            {
                continue;
            }

            string? given = segment.Text(e, 1);
            string? reference = segment.Text(e, 3);
            PassengerBuilder? existing = pnr.Passengers.Find(p =>
                string.Equals(p.FamilyName, surname, StringComparison.Ordinal) && string.Equals(p.GivenNames, given, StringComparison.Ordinal)
                && string.Equals(p.Reference, reference, StringComparison.Ordinal));
            if (existing is not null)
            {
                pnr.Current = existing;
                continue;
            }

            PassengerBuilder passenger = new(segment.Index)
            {
                FamilyName = surname,
                GivenNames = given,
                Type = segment.Text(e, 2),
                Reference = reference,
                InfantIndicator = segment.Text(e, 4),
            };
            pnr.Passengers.Add(passenger);
            pnr.Current = passenger;
        }
    }

    private static void ReadIft(PnrBuilder pnr, Segment segment)
    {
        string? text = null;
        for (int e = 2; e <= segment.ElementCount; e++)
        {
            if (segment.JoinedText(e, 1) is { } line)
            {
                text = text is null ? line : text + " " + line;
            }
        }

        if (text is not null)
        {
            ReadContact(pnr, text, fromSsr: false);
        }
    }

    private static PnrAddress ReadAdd(Segment segment) => new()
    {
        Purpose = segment.Text(2, 1) ?? segment.Text(1, 1),
        Street = segment.Text(2, 2),
        City = segment.Text(2, 3),
        Region = segment.Text(2, 4) ?? segment.Text(2, 5),
        Country = segment.Text(2, 6),
        PostalCode = segment.Text(2, 7),
        Phone = segment.Text(3, 1),
    };

    private static void ReadFop(PnrBuilder pnr, Segment segment)
    {
        for (int e = 1; e <= segment.ElementCount; e++)
        {
            if (!segment.HasElement(e))
            {
                continue;
            }

            pnr.Payments.Add(new PnrPayment
            {
                Type = segment.Text(e, 1),
                Amount = segment.Text(e, 3),
                CardType = segment.Text(e, 4),
                CardNumber = segment.Text(e, 5),
                CardExpiry = segment.Text(e, 6),
            });
        }
    }

    private void ReadDat(Segment segment)
    {
        for (int e = 1; e <= segment.ElementCount; e++)
        {
            if (segment.Text(e, 2) is { } date)
            {
                ReadDateTime(segment, e, 2, date, segment.Text(e, 3));
            }
        }
    }

    /// <summary>Reads a TVL: <c>DDMMYY:HHMM:DDMMYY:HHMM+FROM+TO+CARRIER:OPERATING+NUMBER:CLASS</c>.</summary>
    private FlightLeg? ReadTvl(Segment segment)
    {
        LocalDateTime? departure = null, arrival = null;
        if (segment.Text(1, 1) is { } departureDate)
        {
            departure = ReadDateTime(segment, 1, 1, departureDate, segment.Text(1, 2));
        }

        if (segment.Text(1, 3) is { } arrivalDate)
        {
            arrival = ReadDateTime(segment, 1, 3, arrivalDate, segment.Text(1, 4));
        }
        else if (departure is { } leaves && segment.Text(1, 4) is { } arrivalTime)
        {
            // No arrival date: the arrival is on the departure day, shifted by the date variation (component 5).
            int variation = segment.Text(1, 5) is { } days && int.TryParse(days, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int v) && v is >= -2 and <= 3 ? v : 0;
            int day = leaves.Date.DayNumber + variation;
            if (day < DateOnly.MinValue.DayNumber || day > DateOnly.MaxValue.DayNumber)
            {
                Issues.Error(EdifactDiagnostics.InvalidDateCode, $"TVL arrival {variation} days after {leaves.Date:yyyy-MM-dd} is not a date.", segment, 1, 5);
            }
            else if (EdifactDates.TryParseTime(arrivalTime, out TimeOnly at, out bool seconds))
            {
                arrival = new LocalDateTime(DateOnly.FromDayNumber(day), at, seconds);
            }
            else
            {
                Issues.Error(EdifactDiagnostics.InvalidDateCode, $"TVL time '{arrivalTime}' is not a valid HHMM time.", segment, 1, 4);
            }
        }

        string? from = segment.Text(2, 1);
        string? to = segment.Text(3, 1);
        string? carrier = segment.Text(4, 1);
        string? number = segment.Text(5, 1);
        if (from is null)
        {
            MissingElement(segment, 2, 1, "departure airport");
        }

        if (to is null)
        {
            MissingElement(segment, 3, 1, "arrival airport");
        }

        string? operating = segment.Text(4, 2);
        return new FlightLeg
        {
            Carrier = carrier,
            Number = FlightNumbers.Normalize(number),
            FlightIdentification = carrier is null && number is null ? null : carrier + number,
            OperatingCarrier = operating is not null && operating != carrier ? operating : null,
            Departure = new FlightPoint(from, departure),
            Arrival = new FlightPoint(to, arrival),
            BookingClass = segment.Text(5, 2),
            SegmentIndex = segment.Index,
        };
    }

    /// <summary>Reads a PNRGOV <c>DDMMYY</c> date with an optional <c>HHMM</c> or <c>HHMMSS</c> time, reporting
    /// what is wrong at its component.</summary>
    private LocalDateTime? ReadDateTime(Segment segment, int element, int component, string date, string? time)
    {
        if (!EdifactDates.TryParseDdmmyy(date, EdifactDates.YearRule.Window, Context.ReferenceDate, out DateOnly day))
        {
            Issues.Error(EdifactDiagnostics.InvalidDateCode, $"{segment.TagText} date '{date}' is not a valid DDMMYY date.", segment, element, component);
            return null;
        }

        if (time is null)
        {
            return new LocalDateTime(day);
        }

        if (!EdifactDates.TryParseTime(time, out TimeOnly at, out bool seconds))
        {
            Issues.Error(EdifactDiagnostics.InvalidDateCode, $"{segment.TagText} time '{time}' is not a valid HHMM time.", segment, element, component + 1);
            return new LocalDateTime(day);
        }

        return new LocalDateTime(day, at, seconds);
    }

    private void EndPnr()
    {
        if (_pnr is not { } pnr)
        {
            return;
        }

        _pnr = null;
        PnrRecordLocator? first = pnr.Locators.Find(l => l.Locator is not null);
        if (first is null)
        {
            Issues.Error(PnrgovDiagnostics.MissingRecordLocatorCode, "The PNR has no record locator (RCI).", pnr.SegmentIndex, "SRC");
        }
        else if (!_locators.Add(first.Carrier + "/" + first.Locator))
        {
            Issues.Warning(PnrgovDiagnostics.RepeatedPnrCode, $"The PNR {first.Carrier} {first.Locator} is given twice in the message.", pnr.SegmentIndex, "SRC");
        }

        if (pnr.Passengers.Count == 0)
        {
            Issues.Warning(PnrgovDiagnostics.NoPassengerCode, $"The PNR {first?.Locator} has no passenger (TIF).", pnr.SegmentIndex, "SRC");
        }

        List<PnrDocument> unassigned = [];
        foreach (PendingSsr pending in pnr.Pending)
        {
            PassengerBuilder? owner = pending.Reference is { } reference ? pnr.Passengers.Find(p => p.Reference == reference) : null;
            owner ??= pending.Current ?? (pnr.Passengers.Count == 1 ? pnr.Passengers[0] : null);
            if (owner is null)
            {
                Issues.Warning(PnrgovDiagnostics.UnlinkedSsrCode,
                    $"SSR {pending.Code} {(pending.Reference is null ? "has no traveler reference" : $"refers to traveler {pending.Reference}, who is not in the PNR")} and follows no TIF; it was kept with the PNR.",
                    pending.SegmentIndex, "SSR");
                if (pending.Document is not null)
                {
                    unassigned.Add(pending.Document);
                }

                continue;
            }

            if (pending.Document is not null)
            {
                owner.Documents.Add(pending.Document);
            }

            if (pending.Address is not null)
            {
                owner.Addresses.Add(pending.Address);
            }
        }

        _pnrs.Add(new PassengerNameRecord
        {
            RecordLocator = first?.Locator,
            RecordLocatorCarrier = first?.Carrier,
            CreatedAt = first?.CreatedAt,
            RecordLocators = [.. pnr.Locators],
            Passengers = [.. pnr.Passengers.Select(p => p.Build())],
            Itinerary = [.. pnr.Itinerary],
            Emails = [.. pnr.Emails],
            Phones = [.. pnr.Phones],
            Payments = [.. pnr.Payments],
            Addresses = [.. pnr.Addresses],
            UnassignedDocuments = unassigned,
            HistoryBlocks = pnr.HistoryBlocks,
            SegmentIndex = pnr.SegmentIndex,
        });
    }
}
