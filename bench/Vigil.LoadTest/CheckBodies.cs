using System.Buffers;
using System.Globalization;
using System.Text.Json;

namespace Vigil.LoadTest;

/// <summary>The bodies of <c>POST /api/v1/checks</c> for a run, made before it starts so that nothing is serialized
/// while requests are timed.</summary>
/// <remarks>
/// Travelers are taken in turn from traveler lines (the format of <c>vigil screen</c>, as Vigil.Synthetic writes
/// them) and board flights of <see cref="TravelersPerFlight"/>: request <c>i</c> checks traveler <c>i mod n</c> on
/// flight <c>first + i / 400</c>, so that no traveler is checked twice for one flight while there are at least 400 of
/// them.
/// Each traveler gets an invented passport (a number made from its place in the file, issued by its nationality);
/// the labels <c>kind</c> and <c>expect</c> are not sent, but <c>expect</c> tells which travelers are listed people.
/// </remarks>
internal sealed class CheckBodies
{
    public const int TravelersPerFlight = 400;

    /// <summary>The local departure time of the first flight; each next flight leaves ten minutes later.</summary>
    public static readonly DateTime FirstDeparture = new(2025, 3, 15, 6, 0, 0, DateTimeKind.Unspecified);

    private static readonly (string From, string To)[] Routes =
    [
        ("LHR", "JFK"), ("CDG", "IST"), ("FRA", "DXB"), ("AMS", "YYZ"), ("MAD", "MEX"), ("VIE", "AMM"), ("CPH", "ORD"),
        ("ATH", "CAI"), ("ZRH", "DOH"), ("BRU", "CMN"), ("FCO", "TUN"), ("ARN", "HEL"), ("OSL", "WAW"), ("DXB", "KHI"),
    ];

    private readonly byte[][] _bodies;
    private readonly bool[] _listed;

    private CheckBodies(byte[][] bodies, bool[] listed, int travelers, int listedTravelers)
    {
        _bodies = bodies;
        _listed = listed;
        Travelers = travelers;
        ListedTravelers = listedTravelers;
    }

    /// <summary>The number of bodies.</summary>
    public int Count => _bodies.Length;

    /// <summary>The distinct travelers the bodies cycle through.</summary>
    public int Travelers { get; }

    /// <summary>How many of them are listed people (their line has <c>expect</c>).</summary>
    public int ListedTravelers { get; }

    public byte[] this[int request] => _bodies[request];

    /// <summary>True when request <paramref name="request"/> checks a listed person.</summary>
    public bool IsListed(int request) => _listed[request];

    /// <summary>Makes <paramref name="requests"/> bodies from traveler lines.</summary>
    /// <exception cref="FormatException">A line is not a JSON object with an id and a name.</exception>
    /// <param name="firstFlight">The number of the first flight (from 0): runs against one database that start from
    /// different flights never check a traveler again for the same flight.</param>
    public static CheckBodies Build(IReadOnlyList<string> travelerLines, int requests, string carrier, int firstFlight = 0)
    {
        ArgumentNullException.ThrowIfNull(travelerLines);
        ArgumentOutOfRangeException.ThrowIfNegative(requests);
        if (travelerLines.Count == 0)
        {
            throw new FormatException("there is no traveler to check.");
        }

        byte[][] travelers = new byte[travelerLines.Count][];
        bool[] listedTraveler = new bool[travelerLines.Count];
        for (int t = 0; t < travelerLines.Count; t++)
        {
            (travelers[t], listedTraveler[t]) = Traveler(travelerLines[t], t);
        }

        int flights = requests == 0 ? 0 : ((requests - 1) / TravelersPerFlight) + 1;
        byte[][] flightJson = new byte[flights][];
        for (int f = 0; f < flights; f++)
        {
            flightJson[f] = Flight(carrier, firstFlight + f);
        }

        byte[] start = "{\"flight\":"u8.ToArray(), middle = ",\"traveler\":"u8.ToArray();
        byte[][] bodies = new byte[requests][];
        bool[] listed = new bool[requests];
        for (int i = 0; i < requests; i++)
        {
            byte[] flight = flightJson[i / TravelersPerFlight], traveler = travelers[i % travelers.Length];
            byte[] body = new byte[start.Length + flight.Length + middle.Length + traveler.Length + 1];
            Span<byte> rest = body;
            start.CopyTo(rest);
            rest = rest[start.Length..];
            flight.CopyTo(rest);
            rest = rest[flight.Length..];
            middle.CopyTo(rest);
            rest = rest[middle.Length..];
            traveler.CopyTo(rest);
            rest[^1] = (byte)'}';
            bodies[i] = body;
            listed[i] = listedTraveler[i % travelers.Length];
        }

        return new CheckBodies(bodies, listed, travelers.Length, listedTraveler.Count(l => l));
    }

    /// <summary>The <c>flight</c> object of flight number <paramref name="index"/> (from 0): flight numbers 100 to
    /// 9099 in turn, each leaving ten minutes after the one before.</summary>
    public static byte[] Flight(string carrier, int index)
    {
        (string from, string to) = Routes[index % Routes.Length];
        return Json(w =>
        {
            w.WriteStartObject();
            w.WriteString("carrier", carrier);
            w.WriteString("number", (100 + (index % 9000)).ToString(CultureInfo.InvariantCulture));
            w.WriteString("departureAirport", from);
            w.WriteString("departureTime", FirstDeparture.AddMinutes(10.0 * index).ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture));
            w.WriteString("arrivalAirport", to);
            w.WriteEndObject();
        });
    }

    /// <summary>The <c>traveler</c> object of a traveler line: its fields without the labels, and a passport.</summary>
    public static (byte[] Json, bool IsListed) Traveler(string line, int index)
    {
        using JsonDocument document = Parse(line, index);
        JsonElement root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("id", out _)
            || !(root.TryGetProperty("name", out _) || root.TryGetProperty("familyName", out _)))
        {
            throw new FormatException($"traveler {index + 1} is not a traveler line ({{\"id\",\"name\",...}}).");
        }

        bool listed = root.TryGetProperty("expect", out JsonElement expect) && expect.ValueKind == JsonValueKind.String;
        byte[] json = Json(w =>
        {
            w.WriteStartObject();
            foreach (JsonProperty property in root.EnumerateObject())
            {
                if (property.NameEquals("kind") || property.NameEquals("expect"))
                {
                    continue;
                }

                property.WriteTo(w);
            }

            if (!root.TryGetProperty("document", out _))
            {
                w.WriteStartObject("document");
                w.WriteString("number", PassportNumber(index));
                if (root.TryGetProperty("nationality", out JsonElement nationality) && nationality.ValueKind == JsonValueKind.String
                    && nationality.GetString() is { Length: 3 } country)
                {
                    w.WriteString("country", country);
                }

                w.WriteString("type", "P");
                w.WriteEndObject();
            }

            w.WriteEndObject();
        });
        return (json, listed);
    }

    /// <summary>An invented passport number: a letter and eight digits, the same for the same place in the file.</summary>
    public static string PassportNumber(int index) =>
        string.Create(CultureInfo.InvariantCulture, $"{(char)('A' + (index % 26))}{((index * 7_919L) + 104_729) % 100_000_000:D8}");

    private static JsonDocument Parse(string line, int index)
    {
        try
        {
            return JsonDocument.Parse(line);
        }
        catch (JsonException e)
        {
            throw new FormatException($"traveler {index + 1} is not JSON: {e.Message}", e);
        }
    }

    private static byte[] Json(Action<Utf8JsonWriter> write)
    {
        ArrayBufferWriter<byte> buffer = new(512);
        using (Utf8JsonWriter writer = new(buffer))
        {
            write(writer);
        }

        return buffer.WrittenSpan.ToArray();
    }
}
