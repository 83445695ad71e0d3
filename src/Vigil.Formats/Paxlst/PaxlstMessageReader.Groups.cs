using Vigil.Formats.Edifact;

namespace Vigil.Formats.Paxlst;

/// <summary>The segment tags, directory shapes and group builders of the PAXLST reader.</summary>
internal sealed partial class PaxlstMessageReader
{
    private const int Bgm = ('B' << 16) | ('G' << 8) | 'M';
    private const int Rff = ('R' << 16) | ('F' << 8) | 'F';
    private const int Nad = ('N' << 16) | ('A' << 8) | 'D';
    private const int Cta = ('C' << 16) | ('T' << 8) | 'A';
    private const int Com = ('C' << 16) | ('O' << 8) | 'M';
    private const int Tdt = ('T' << 16) | ('D' << 8) | 'T';
    private const int Loc = ('L' << 16) | ('O' << 8) | 'C';
    private const int Dtm = ('D' << 16) | ('T' << 8) | 'M';
    private const int Att = ('A' << 16) | ('T' << 8) | 'T';
    private const int Nat = ('N' << 16) | ('A' << 8) | 'T';
    private const int Doc = ('D' << 16) | ('O' << 8) | 'C';
    private const int Emp = ('E' << 16) | ('M' << 8) | 'P';
    private const int Cnt = ('C' << 16) | ('N' << 8) | 'T';
    private const int Gei = ('G' << 16) | ('E' << 8) | 'I';
    private const int Ftx = ('F' << 16) | ('T' << 8) | 'X';
    private const int Mea = ('M' << 16) | ('E' << 8) | 'A';
    private const int Cpi = ('C' << 16) | ('P' << 8) | 'I';
    private const int Qty = ('Q' << 16) | ('T' << 8) | 'Y';

    /// <summary>For each segment, the most components of each data element the D.05B directory allows (segments whose
    /// layout varies between releases, such as TDT, are not checked); empty for those.</summary>
    private static ReadOnlySpan<byte> Shape(int tag) => tag switch
    {
        Bgm => [4, 3, 1, 1],
        Rff => [5],
        Dtm => [3],
        Nad => [1, 3, 5, 6, 4, 1, 4, 1, 1],
        Cta => [1, 2],
        Com => [2, 2, 2],
        Loc => [1, 4, 4, 4, 1],
        Att => [1, 3, 4],
        Nat => [1, 4],
        Doc => [4, 6, 1, 1, 1],
        Cnt => [3],
        Gei => [1, 4, 1],
        Mea => [1, 4, 6, 1],
        Qty => [3],
        _ => [],
    };

    /// <summary>True when the segment has no more data elements, and no element more components, than the shape
    /// allows (then <see cref="MessageReader{TMessage}.CheckShape"/> has nothing to report).</summary>
    private static bool FitsShape(Segment segment, ReadOnlySpan<byte> shape)
    {
        int elements = segment.ElementCount;
        if (elements > shape.Length)
        {
            return false;
        }

        for (int e = 1; e <= elements; e++)
        {
            if (segment.ComponentCount(e) > shape[e - 1])
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The qualifiers read, packed by <see cref="Segment.Pack(ReadOnlySpan{byte})"/>.</summary>
    private static class Qualifiers
    {
        /// <summary>LOC+125: the airport of departure of a flight leg.</summary>
        public const int Departure = (3 << 24) | ('1' << 16) | ('2' << 8) | '5';

        /// <summary>LOC+87: the airport of arrival of a flight leg.</summary>
        public const int Arrival = (2 << 24) | ('8' << 16) | ('7' << 8);

        /// <summary>LOC+92: an airport of a flight with several legs.</summary>
        public const int Stop = (2 << 24) | ('9' << 16) | ('2' << 8);

        /// <summary>LOC+22: the place of clearance.</summary>
        public const int Clearance = (2 << 24) | ('2' << 16) | ('2' << 8);

        /// <summary>LOC+91: the country that issued a document.</summary>
        public const int IssuingCountry = (2 << 24) | ('9' << 16) | ('1' << 8);

        /// <summary>LOC+174: the country of residence.</summary>
        public const int Residence = (3 << 24) | ('1' << 16) | ('7' << 8) | '4';

        /// <summary>LOC+178: the port of embarkation.</summary>
        public const int Embarkation = (3 << 24) | ('1' << 16) | ('7' << 8) | '8';

        /// <summary>LOC+179: the port of debarkation.</summary>
        public const int Debarkation = (3 << 24) | ('1' << 16) | ('7' << 8) | '9';

        /// <summary>LOC+180: the place of birth.</summary>
        public const int BirthPlace = (3 << 24) | ('1' << 16) | ('8' << 8) | '0';

        /// <summary>DTM+189: the departure time of a flight.</summary>
        public const int DepartureTime = (3 << 24) | ('1' << 16) | ('8' << 8) | '9';

        /// <summary>DTM+232: the arrival time of a flight.</summary>
        public const int ArrivalTime = (3 << 24) | ('2' << 16) | ('3' << 8) | '2';

        /// <summary>DTM+329: the date of birth.</summary>
        public const int BirthDate = (3 << 24) | ('3' << 16) | ('2' << 8) | '9';

        /// <summary>DTM+36: the expiry date of a document.</summary>
        public const int ExpiryDate = (2 << 24) | ('3' << 16) | ('6' << 8);

        /// <summary>DTM+182: the issue date of a document.</summary>
        public const int IssueDate = (3 << 24) | ('1' << 16) | ('8' << 8) | '2';

        /// <summary>ATT+2: the gender.</summary>
        public const int Gender = (1 << 24) | ('2' << 16);

        /// <summary>CNT+42: the number of passengers.</summary>
        public const int Passengers = (2 << 24) | ('4' << 16) | ('2' << 8);

        /// <summary>CNT+41: the number of crew members.</summary>
        public const int Crew = (2 << 24) | ('4' << 16) | ('1' << 8);
    }

    private sealed class ReportingPartyBuilder
    {
        public string? Name { get; set; }

        public string? Phone { get; set; }

        public string? Fax { get; set; }

        public string? Email { get; set; }

        public ReportingParty Build() => new() { Name = Name, Phone = Phone, Fax = Fax, Email = Email };
    }

    /// <summary>The traveler being read. One instance is reused for every traveler of the interchange, so that
    /// reading a list allocates only what the result keeps.</summary>
    private sealed class TravelerBuilder
    {
        private readonly List<DocumentBuilder> _pool = [];

        public int SegmentIndex { get; private set; }

        public PaxlstTravelerType Type { get; private set; }

        public string? PartyQualifier { get; private set; }

        public string? FamilyName { get; set; }

        public string? GivenNames { get; set; }

        public string? Gender;

        public DateOnly? DateOfBirth { get; set; }

        public string? Nationality { get; set; }

        public string? Residence;

        public string? BirthPlace;

        public string? Embarkation;

        public string? Debarkation;

        public string? Clearance;

        public PostalAddress? Address { get; set; }

        public string? CrewFunction { get; set; }

        public int DocumentCount { get; private set; }

        public List<PaxlstReference> References { get; } = [];

        public DocumentBuilder Document(int index) => _pool[index];

        public DocumentBuilder LastDocument => _pool[DocumentCount - 1];

        public void Begin(int segmentIndex, PaxlstTravelerType type, string? partyQualifier)
        {
            SegmentIndex = segmentIndex;
            Type = type;
            PartyQualifier = partyQualifier;
            FamilyName = GivenNames = Gender = Nationality = Residence = BirthPlace = Embarkation = Debarkation = Clearance = CrewFunction = null;
            DateOfBirth = null;
            Address = null;
            DocumentCount = 0;
            References.Clear();
        }

        public DocumentBuilder AddDocument(int segmentIndex, string? type, string? number)
        {
            if (DocumentCount == _pool.Count)
            {
                _pool.Add(new DocumentBuilder());
            }

            DocumentBuilder document = _pool[DocumentCount++];
            document.Begin(segmentIndex, type, number);
            return document;
        }
    }

    private sealed class DocumentBuilder
    {
        public int SegmentIndex { get; private set; }

        public string? Type { get; private set; }

        public string? Number { get; private set; }

        public string? IssuingCountry;

        public DateOnly? Expiry;

        public DateOnly? Issued;

        public void Begin(int segmentIndex, string? type, string? number)
        {
            SegmentIndex = segmentIndex;
            Type = type;
            Number = number;
            IssuingCountry = null;
            Expiry = Issued = null;
        }
    }

    /// <summary>One flight group (TDT with its LOC and DTM): a sequence of points, each an airport with an arrival
    /// and a departure time, which become legs between consecutive points.</summary>
    private sealed class FlightBuilder(int segmentIndex, string? identification, string? carrier, string? number)
    {
        private readonly List<Point> _points = [];

        public void AddPoint(string qualifier, string? airport) => _points.Add(new Point { Qualifier = qualifier, Airport = airport });

        /// <summary>Sets the departure (DTM+189) or arrival (DTM+232) time of the last point; false when there is no
        /// point or it already has that time.</summary>
        public bool SetTime(bool departure, LocalDateTime time)
        {
            if (_points.Count == 0)
            {
                return false;
            }

            Point point = _points[^1];
            if (departure ? point.Departure is not null : point.Arrival is not null)
            {
                return false;
            }

            if (departure)
            {
                point.Departure = time;
            }
            else
            {
                point.Arrival = time;
            }

            return true;
        }

        public void AddLegs(List<FlightLeg> legs, EdifactIssues? issues)
        {
            List<Point> points = [];
            foreach (Point point in _points)
            {
                // An arrival followed by a departure at the same airport is one stop (LOC+92 pairs).
                if (points.Count > 0 && points[^1] is { Departure: null } previous && point.Arrival is null
                    && string.Equals(previous.Airport, point.Airport, StringComparison.Ordinal))
                {
                    previous.Departure = point.Departure;
                    continue;
                }

                points.Add(point);
            }

            if (points.Count == 2 && points[0].Qualifier == "87" && points[1].Qualifier == "125")
            {
                (points[0], points[1]) = (points[1], points[0]);
            }

            if (points.Count < 2)
            {
                Point? only = points.Count == 1 ? points[0] : null;
                bool isArrival = only is { Qualifier: "87" } || (only is not null && only.Departure is null && only.Arrival is not null);
                FlightLeg leg = Leg(isArrival ? null : only, isArrival ? only : null);
                legs.Add(leg);
                issues?.Warning(PaxlstDiagnostics.IncompleteFlightCode,
                    $"The flight {identification} has {(only is null ? "no airport (LOC+125, LOC+87 or LOC+92)" : $"only one airport ({only.Airport})")}: the leg lacks its {(only is null ? "departure and arrival" : isArrival ? "departure" : "arrival")}.",
                    segmentIndex, "TDT");
                return;
            }

            for (int i = 0; i + 1 < points.Count; i++)
            {
                FlightLeg leg = Leg(points[i], points[i + 1]);
                legs.Add(leg);
                if (leg.Departure.Airport is null || leg.Arrival.Airport is null || leg.Departure.Time is null || leg.Arrival.Time is null)
                {
                    List<string> lacks = [];
                    if (leg.Departure.Time is null)
                    {
                        lacks.Add($"departure time (DTM+189 after LOC {points[i].Airport})");
                    }

                    if (leg.Arrival.Time is null)
                    {
                        lacks.Add($"arrival time (DTM+232 after LOC {points[i + 1].Airport})");
                    }

                    if (leg.Departure.Airport is null || leg.Arrival.Airport is null)
                    {
                        lacks.Add("an airport");
                    }

                    issues?.Warning(PaxlstDiagnostics.IncompleteFlightCode,
                        $"The leg {leg.Departure.Airport}-{leg.Arrival.Airport} of flight {identification} has no {string.Join(" and no ", lacks)}.",
                        segmentIndex, "TDT");
                }
            }
        }

        private FlightLeg Leg(Point? from, Point? to) => new()
        {
            Carrier = carrier,
            Number = number,
            FlightIdentification = identification,
            Departure = new FlightPoint(from?.Airport, from?.Departure),
            Arrival = new FlightPoint(to?.Airport, to?.Arrival),
            SegmentIndex = segmentIndex,
        };

        private sealed class Point
        {
            public required string Qualifier { get; init; }

            public string? Airport { get; init; }

            public LocalDateTime? Arrival { get; set; }

            public LocalDateTime? Departure { get; set; }
        }
    }
}
