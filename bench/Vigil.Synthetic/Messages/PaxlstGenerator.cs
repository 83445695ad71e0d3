using System.Globalization;
using System.Text;
using Vigil.Domain;

namespace Vigil.Synthetic.Messages;

/// <summary>How the passenger lists of a generated PAXLST interchange are cut.</summary>
internal sealed record PaxlstShape
{
    /// <summary>Passengers per flight; the last flight has what is left.</summary>
    public int FlightSize { get; init; } = 400;

    /// <summary>The most passengers of one message: a longer list is sent in parts (UNH status of transfer
    /// <c>01:C</c> ... <c>nn:F</c> with a common access reference). Null: parts only where a message would exceed
    /// <see cref="PaxlstGenerator.MaxSegmentsPerMessage"/> segments.</summary>
    public int? PerMessage { get; init; }

    /// <summary>True to write a line break after each segment, as most files carry.</summary>
    public bool LineBreaks { get; init; } = true;

    /// <summary>The share of flights with two legs (LOC+92 routing).</summary>
    public double TwoLegShare { get; init; } = 0.15;

    /// <summary>The interchange control reference of UNB and UNZ: 1 to 14 letters and digits. Null: <c>SYN</c> and
    /// the last eight digits of the seed. A receiver that takes a resent interchange for a duplicate needs a fresh
    /// one for each interchange.</summary>
    public string? ControlReference { get; init; }

    /// <summary>The start of every message reference (UNH and UNT), followed by the message's number in as many
    /// digits as fit in 14 characters, at most seven: 1 to 12 letters and digits. The default gives
    /// <c>M0000001</c>.</summary>
    public string MessageReferencePrefix { get; init; } = "M";
}

/// <summary>What was written.</summary>
internal sealed record PaxlstSummary(long Bytes, int Travelers, int Listed, int Flights, int Messages, long Segments);

/// <summary>Writes a valid UN/EDIFACT PAXLST interchange of generated passenger lists (API data): UNA, UNB, one
/// functional group (UNG/UNE) of one message per flight, or of several parts for a long list, UNZ; every count and
/// reference right.</summary>
/// <remarks>
/// Everything in it is invented. EDIFACT has no comments, so the interchange says what it is where a receiver looks:
/// the UNB application reference is <c>SYNTHETIC</c>, its test indicator is 1, its communications agreement
/// (element 10) reads <c>FICTITIOUS DATA VIGIL SYNTHETIC</c>, and the transaction reference (RFF+TN) of every message
/// starts with <c>SYNTHETIC-FICTITIOUS</c>. The syntax is UNOA with the default service characters (given by UNA).
/// </remarks>
internal sealed class PaxlstGenerator
{
    /// <summary>The most segments of one message (UNH to UNT): below the parser's default limit of 10,000.</summary>
    public const int MaxSegmentsPerMessage = 9000;

    /// <summary>The preparation time of every interchange (UNB); flights depart the next days.</summary>
    public static readonly DateTime PreparedAt = new(2025, 3, 14, 9, 15, 0, DateTimeKind.Unspecified);

    private static readonly (string Airport, string Country)[] Airports =
    [
        ("ATH", "GRC"), ("VIE", "AUT"), ("FRA", "DEU"), ("CDG", "FRA"), ("IST", "TUR"), ("DXB", "ARE"), ("DOH", "QAT"),
        ("LHR", "GBR"), ("AMS", "NLD"), ("CPH", "DNK"), ("OSL", "NOR"), ("ARN", "SWE"), ("MAD", "ESP"), ("FCO", "ITA"),
        ("BRU", "BEL"), ("ZRH", "CHE"), ("YYZ", "CAN"), ("JFK", "USA"), ("ORD", "USA"), ("CAI", "EGY"), ("AMM", "JOR"),
        ("TUN", "TUN"), ("CMN", "MAR"), ("ALG", "DZA"), ("KHI", "PAK"), ("TAS", "UZB"), ("ADD", "ETH"), ("NBO", "KEN"),
        ("DKR", "SEN"), ("LOS", "NGA"), ("MEX", "MEX"), ("BOG", "COL"), ("HEL", "FIN"), ("WAW", "POL"), ("BEY", "LBN"),
    ];

    private static readonly string[] Hubs = ["IST", "DXB", "DOH", "FRA", "VIE", "AMS", "CDG"];

    private readonly long _seed;
    private readonly PassengerSource _passengers;
    private readonly PaxlstShape _shape;

    public PaxlstGenerator(long seed, PassengerSource passengers, PaxlstShape? shape = null)
    {
        ArgumentNullException.ThrowIfNull(passengers);
        _seed = seed;
        _passengers = passengers;
        _shape = shape ?? new PaxlstShape();
        if (_shape.FlightSize < 1 || _shape.PerMessage is < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(shape), "A flight and a message carry at least one passenger.");
        }

        if (_shape.ControlReference is { } control && !IsReference(control, 14))
        {
            throw new ArgumentOutOfRangeException(nameof(shape), control, "A control reference is 1 to 14 letters and digits.");
        }

        if (!IsReference(_shape.MessageReferencePrefix, 12))
        {
            throw new ArgumentOutOfRangeException(nameof(shape), _shape.MessageReferencePrefix, "A message reference prefix is 1 to 12 letters and digits.");
        }
    }

    /// <summary>An interchange of <paramref name="travelers"/> passengers, in memory.</summary>
    public static byte[] Generate(int travelers, long seed, PaxlstShape? shape = null, IEnumerable<Subject>? list = null, double listedShare = 0)
    {
        using MemoryStream stream = new();
        new PaxlstGenerator(seed, new PassengerSource(seed, list, listedShare), shape).Write(stream, travelers, null);
        return stream.ToArray();
    }

    /// <summary>An interchange of at least <paramref name="bytes"/> bytes (whole flights), in memory.</summary>
    public static byte[] GenerateBytes(long bytes, long seed, PaxlstShape? shape = null)
    {
        using MemoryStream stream = new();
        new PaxlstGenerator(seed, new PassengerSource(seed, null, 0), shape).Write(stream, null, bytes);
        return stream.ToArray();
    }

    /// <summary>Writes the interchange: <paramref name="travelers"/> passengers, or whole flights until at least
    /// <paramref name="bytes"/> bytes are written.</summary>
    public PaxlstSummary Write(Stream output, int? travelers, long? bytes)
    {
        ArgumentNullException.ThrowIfNull(output);
        if (travelers is null == bytes is null)
        {
            throw new ArgumentException("Give either a number of travelers or a number of bytes.");
        }

        Rng rng = Rng.For(_seed, "paxlst");
        string control = _shape.ControlReference ?? string.Create(CultureInfo.InvariantCulture, $"SYN{_seed % 100_000_000:D8}");
        string group = "G1";
        Segments text = new(_shape.LineBreaks);
        text.Raw("UNA:+.? '");
        text.Add($"UNB+UNOA:4+VIGILSYNTHETIC:ZZ+BORDERAGENCY:ZZ+{EdifactText.EnvelopeDate(PreparedAt)}+{control}++SYNTHETIC+++FICTITIOUS DATA VIGIL SYNTHETIC+1");
        text.Add($"UNG+PAXLST+VIGILSYNTHETIC+BORDERAGENCY+{EdifactText.EnvelopeDate(PreparedAt)}+{group}+UN+D:05B");
        long segments = text.Count;
        long written = Flush(text, output);

        int done = 0, flights = 0, messages = 0;
        DateOnly today = DateOnly.FromDateTime(PreparedAt);
        while (travelers is { } n ? done < n : written < bytes)
        {
            int size = travelers is { } total ? Math.Min(_shape.FlightSize, total - done) : _shape.FlightSize;
            flights++;
            Leg[] legs = Flight(rng, flights, _shape.TwoLegShare);
            List<Segments> blocks = new(size);
            for (int i = 0; i < size; i++)
            {
                Segments block = new(_shape.LineBreaks);
                Passenger(block, _passengers.Next(today), legs, rng, blocks.Count > 0 && rng.Chance(0.35) ? blocks[^1].Locator : null);
                blocks.Add(block);
            }

            done += size;
            foreach (Segments message in Messages(legs, blocks, flights, ref messages))
            {
                segments += message.Count;
                written += Flush(message, output);
            }
        }

        text.Add(string.Create(CultureInfo.InvariantCulture, $"UNE+{messages}+{group}"));
        text.Add($"UNZ+1+{control}");
        segments += text.Count;
        written += Flush(text, output);
        output.Flush();
        return new PaxlstSummary(written, done, _passengers.ListedDrawn, flights, messages, segments);
    }

    private static long Flush(Segments segments, Stream output)
    {
        byte[] bytes = Encoding.ASCII.GetBytes(segments.Text.ToString());
        output.Write(bytes);
        segments.Clear();
        return bytes.Length;
    }

    /// <summary>The messages of one flight: one, or parts that share a common access reference.</summary>
    private List<Segments> Messages(Leg[] legs, List<Segments> blocks, int flight, ref int messages)
    {
        Segments flightGroup = new(_shape.LineBreaks);
        foreach (Leg leg in legs)
        {
            flightGroup.Add($"TDT+20+{leg.Flight}+++{leg.Flight[..2]}");
            if (legs.Length == 1)
            {
                flightGroup.Add($"LOC+125+{leg.From}");
                flightGroup.Add($"DTM+189:{EdifactText.Minute(leg.Departs)}:201");
                flightGroup.Add($"LOC+87+{leg.To}");
                flightGroup.Add($"DTM+232:{EdifactText.Minute(leg.Arrives)}:201");
            }
            else
            {
                flightGroup.Add($"LOC+92+{leg.From}");
                flightGroup.Add($"DTM+189:{EdifactText.Minute(leg.Departs)}:201");
                flightGroup.Add($"LOC+92+{leg.To}");
                flightGroup.Add($"DTM+232:{EdifactText.Minute(leg.Arrives)}:201");
            }
        }

        // UNH, BGM, RFF, NAD, COM, the flight, CNT, UNT.
        int fixedSegments = 5 + flightGroup.Count + 2;
        List<(int From, int Count)> parts = [];
        int start = 0;
        while (start < blocks.Count || parts.Count == 0)
        {
            int count = 0, segments = fixedSegments;
            while (start + count < blocks.Count && count < (_shape.PerMessage ?? int.MaxValue)
                && (count == 0 || segments + blocks[start + count].Count <= MaxSegmentsPerMessage))
            {
                segments += blocks[start + count].Count;
                count++;
            }

            parts.Add((start, count));
            start += count;
        }

        string accessReference = $"{legs[0].Flight}{EdifactText.ShortDay(DateOnly.FromDateTime(legs[0].Departs))}";
        List<Segments> result = new(parts.Count);
        for (int p = 0; p < parts.Count; p++)
        {
            messages++;
            string reference = MessageReference(messages);
            string transfer = parts.Count == 1 ? string.Empty
                : string.Create(CultureInfo.InvariantCulture, $"+{accessReference}+{(p + 1).ToString(parts.Count > 99 ? "D4" : "D2", CultureInfo.InvariantCulture)}:{(p == parts.Count - 1 ? 'F' : 'C')}");
            Segments message = new(_shape.LineBreaks);
            message.Add($"UNH+{reference}+PAXLST:D:05B:UN:IATA{transfer}");
            message.Add("BGM+745");
            message.Add(string.Create(CultureInfo.InvariantCulture, $"RFF+TN:SYNTHETIC-FICTITIOUS-F{flight:D6}"));
            message.Add("NAD+MS+++SYNTHETIC DATA DESK");
            message.Add("COM+0000 000 0000:TE");
            message.Append(flightGroup);
            for (int i = parts[p].From; i < parts[p].From + parts[p].Count; i++)
            {
                message.Append(blocks[i]);
            }

            message.Add(string.Create(CultureInfo.InvariantCulture, $"CNT+42:{blocks.Count}"));
            message.Add(string.Create(CultureInfo.InvariantCulture, $"UNT+{message.Count + 1}+{reference}"));
            result.Add(message);
        }

        return result;
    }

    /// <summary>The prefix and the message's number: <c>M0000001</c> by default, fewer digits after a longer
    /// prefix (UNH's message reference is at most 14 characters).</summary>
    private string MessageReference(int number)
    {
        string prefix = _shape.MessageReferencePrefix;
        string digits = number.ToString("D" + Math.Min(7, 14 - prefix.Length).ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        if (prefix.Length + digits.Length > 14)
        {
            throw new InvalidOperationException($"Message {number} does not fit in a reference after the prefix '{prefix}'.");
        }

        return prefix + digits;
    }

    private static bool IsReference(string text, int maxLength) =>
        text.Length >= 1 && text.Length <= maxLength && text.All(char.IsAsciiLetterOrDigit);

    private static Leg[] Flight(Rng rng, int number, double twoLegShare)
    {
        (string to, _) = Airports[rng.Next(Airports.Length)];
        string from;
        do
        {
            from = Airports[rng.Next(Airports.Length)].Airport;
        }
        while (Country(from) == Country(to));

        int flightNumber = 100 + ((number * 37) % 9000);
        DateTime departs = PreparedAt.Date.AddDays(1 + (number % 3)).AddMinutes(rng.Between(5 * 60, 23 * 60) / 5 * 5);
        DateTime arrives = departs.AddMinutes(rng.Between(60, 600) / 5 * 5);
        string flight = string.Create(CultureInfo.InvariantCulture, $"VG{flightNumber:D4}");
        string hub = rng.Pick(Hubs);
        if (!rng.Chance(twoLegShare) || hub == from || hub == to || Country(hub) == Country(to))
        {
            return [new Leg(flight, from, to, departs, arrives)];
        }

        DateTime second = arrives.AddMinutes(rng.Between(60, 180) / 5 * 5);
        return
        [
            new Leg(flight, from, hub, departs, arrives),
            new Leg(string.Create(CultureInfo.InvariantCulture, $"VG{flightNumber + 1:D4}"), hub, to, second, second.AddMinutes(rng.Between(60, 600) / 5 * 5)),
        ];
    }

    private static string Country(string airport) => Array.Find(Airports, a => a.Airport == airport).Country;

    /// <summary>One passenger's group: NAD, ATT, DTM, LOCs, NAT, RFFs, one or two documents.</summary>
    private static void Passenger(Segments block, GeneratedPassenger passenger, Leg[] legs, Rng rng, string? sharedLocator)
    {
        string destination = legs[^1].To;
        string embarkation = legs.Length > 1 && rng.Chance(0.2) ? legs[1].From : legs[0].From;
        block.Add(passenger.Given is null ? $"NAD+FL+++{passenger.Family}" : $"NAD+FL+++{passenger.Family}:{passenger.Given}");
        block.Add(passenger.Gender == Gender.Female ? "ATT+2++F" : "ATT+2++M");
        block.Add(rng.Chance(0.7) ? $"DTM+329:{EdifactText.Day(passenger.DateOfBirth)}:102" : $"DTM+329:{EdifactText.ShortDay(passenger.DateOfBirth)}");
        block.Add($"LOC+22+{destination}");
        if (rng.Chance(0.6))
        {
            block.Add($"LOC+174+{(rng.Chance(0.7) ? passenger.Nationality : Country(destination))}");
        }

        block.Add($"LOC+178+{embarkation}");
        block.Add($"LOC+179+{destination}");
        if (rng.Chance(0.3))
        {
            block.Add($"LOC+180+{passenger.Nationality}");
        }

        block.Add($"NAT+2+{passenger.Nationality}");
        block.Locator = sharedLocator ?? EdifactText.Code(rng, 6, 3);
        block.Add($"RFF+AVF:{block.Locator}");
        if (rng.Chance(0.4))
        {
            block.Add(string.Create(CultureInfo.InvariantCulture, $"RFF+SEA:{rng.Between(1, 45)}{"ABCDEF"[rng.Next(6)]}"));
        }

        DateOnly issued = DateOnly.FromDateTime(PreparedAt).AddDays(-rng.Between(30, 3500));
        block.Add($"DOC+P:110:111+{EdifactText.Code(rng, 9)}");
        block.Add($"DTM+36:{EdifactText.Day(issued.AddYears(10))}:102");
        block.Add($"LOC+91+{passenger.Nationality}");
        if (rng.Chance(0.2))
        {
            DateOnly visa = DateOnly.FromDateTime(PreparedAt).AddDays(-rng.Between(10, 300));
            block.Add($"DOC+V:110:111+{EdifactText.Code(rng, 8, 1)}");
            block.Add($"DTM+36:{EdifactText.Day(visa.AddYears(1))}:102");
            block.Add($"DTM+182:{EdifactText.Day(visa)}:102");
            block.Add($"LOC+91+{Country(destination)}");
        }
    }

    private sealed record Leg(string Flight, string From, string To, DateTime Departs, DateTime Arrives);

    /// <summary>Segments being written, counted.</summary>
    private sealed class Segments(bool lineBreaks)
    {
        public StringBuilder Text { get; } = new();

        public int Count { get; private set; }

        /// <summary>The record locator of a passenger's group, shared with the next one now and then.</summary>
        public string? Locator { get; set; }

        public void Add(string segment)
        {
            Text.Append(segment).Append('\'');
            if (lineBreaks)
            {
                Text.Append('\n');
            }

            Count++;
        }

        /// <summary>Text that is not a segment (UNA).</summary>
        public void Raw(string text)
        {
            Text.Append(text);
            if (lineBreaks)
            {
                Text.Append('\n');
            }
        }

        public void Append(Segments other)
        {
            Text.Append(other.Text);
            Count += other.Count;
        }

        public void Clear()
        {
            Text.Clear();
            Count = 0;
        }
    }
}
