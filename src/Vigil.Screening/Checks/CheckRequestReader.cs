using System.Globalization;
using System.Text;
using System.Text.Json;
using Vigil.Formats.Diagnostics;
using Vigil.Formats.Travelers;

namespace Vigil.Screening.Checks;

/// <summary>Reads the JSON body of <c>POST /api/v1/checks</c>:
/// <c>{"flight":{"carrier","number","departureAirport","departureTime","arrivalAirport"},"traveler":{…}}</c>, where
/// <c>traveler</c> has exactly the fields of a <c>vigil screen</c> traveler line. Unknown fields are ignored.</summary>
/// <remarks>Every problem is returned with the JSON path of the value: <c>VGL-API001</c> not JSON (with line and
/// byte), <c>VGL-API002</c> a required field is missing, <c>VGL-API003</c> a field has the wrong type or form;
/// the traveler's own problems keep the codes of the traveler line reader (<c>VGL-TRV…</c>) with their paths under
/// <c>$.traveler</c>.</remarks>
public static class CheckRequestReader
{
    /// <summary>The deepest nesting read; deeper bodies are refused as not JSON.</summary>
    public const int MaxDepth = 16;

    /// <summary>The longest name, given names or family name read, in characters. Longer is no traveler's name, and
    /// the time to screen a name grows with the square of its longest part: a name of 60,000 letters took seconds.</summary>
    public const int MaxNameLength = 256;

    /// <summary>Reads a body.</summary>
    /// <returns>The request, or null with at least one problem.</returns>
    public static CheckRequest? Read(ReadOnlySpan<byte> body, out IReadOnlyList<RequestProblem> problems)
    {
        List<RequestProblem> found = [];
        problems = found;
        if (Malformed(body) is { } malformed)
        {
            found.Add(malformed);
            return null;
        }

        using JsonDocument document = JsonDocument.Parse(body.ToArray(), new JsonDocumentOptions { MaxDepth = MaxDepth });
        JsonElement root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object)
        {
            found.Add(new RequestProblem("VGL-API003", "$", $"expected a JSON object with flight and traveler, found {Kind(root)}."));
            return null;
        }

        CheckFlight? flight = ReadFlight(root, found);
        TravelerRecord? traveler = ReadTraveler(root, found);
        return flight is not null && traveler is not null && found.Count == 0 ? new CheckRequest(flight, traveler) : null;
    }

    private static CheckFlight? ReadFlight(JsonElement root, List<RequestProblem> found)
    {
        if (!root.TryGetProperty("flight", out JsonElement flight) || flight.ValueKind == JsonValueKind.Null)
        {
            found.Add(new RequestProblem("VGL-API002", "$.flight", "the flight is missing: {\"carrier\",\"number\",\"departureTime\"} at least."));
            return null;
        }

        if (flight.ValueKind != JsonValueKind.Object)
        {
            found.Add(new RequestProblem("VGL-API003", "$.flight", $"expected an object, found {Kind(flight)}."));
            return null;
        }

        int before = found.Count;
        string? carrier = Text(flight, "carrier", "$.flight.carrier", required: true, found);
        if (carrier is not null && !IsCarrier(carrier))
        {
            found.Add(new RequestProblem("VGL-API003", "$.flight.carrier", $"'{carrier}' is not an airline designator: two or three letters or digits (VG, VGA)."));
        }

        string? number = Text(flight, "number", "$.flight.number", required: true, found);
        if (number is not null && !IsFlightNumber(number))
        {
            found.Add(new RequestProblem("VGL-API003", "$.flight.number", $"'{number}' is not a flight number: one to four digits, optionally a letter (19, 1234A)."));
        }

        string? departure = Airport(flight, "departureAirport", found);
        string? arrival = Airport(flight, "arrivalAirport", found);
        DateTime? time = null;
        if (Text(flight, "departureTime", "$.flight.departureTime", required: true, found) is { } timeText)
        {
            if (TryParseLocalTime(timeText, out DateTime parsed))
            {
                time = parsed;
            }
            else
            {
                found.Add(new RequestProblem("VGL-API003", "$.flight.departureTime", $"'{timeText}' is not a local date and time: YYYY-MM-DDTHH:MM (2025-03-15T09:10)."));
            }
        }

        return found.Count == before ? new CheckFlight(carrier!.ToUpperInvariant(), number!.ToUpperInvariant(), departure, time, arrival) : null;
    }

    private static TravelerRecord? ReadTraveler(JsonElement root, List<RequestProblem> found)
    {
        if (!root.TryGetProperty("traveler", out JsonElement traveler) || traveler.ValueKind == JsonValueKind.Null)
        {
            found.Add(new RequestProblem("VGL-API002", "$.traveler", "the traveler is missing: the fields of a traveler line, {\"id\",\"name\"} at least."));
            return null;
        }

        if (traveler.ValueKind != JsonValueKind.Object)
        {
            found.Add(new RequestProblem("VGL-API003", "$.traveler", $"expected an object, found {Kind(traveler)}."));
            return null;
        }

        // The traveler line reader reads the object as a line: the same fields, rules and codes as vigil screen.
        TravelerLine? line = TravelerJsonlReader.ReadLine(Encoding.UTF8.GetBytes(traveler.GetRawText().ReplaceLineEndings(" ")), 1, "request");
        if (line is null || line.Traveler is null)
        {
            foreach (Diagnostic error in line?.Errors ?? [])
            {
                string field = error.Position.Field is { Length: > 1 } path && path.StartsWith('$') ? "$.traveler" + path[1..] : "$.traveler";
                found.Add(new RequestProblem(error.Code, field, error.Message));
            }

            if (line is null)
            {
                found.Add(new RequestProblem("VGL-API002", "$.traveler", "the traveler is empty."));
            }

            return null;
        }

        TravelerRecord record = line.Traveler;
        int before = found.Count;
        if (string.IsNullOrWhiteSpace(record.Id))
        {
            found.Add(new RequestProblem(TravelerDiagnostics.MissingIdCode, "$.traveler.id", "id is blank: give the carrier's reference for the traveler."));
        }

        CheckLength(record.Name, "$.traveler.name", found);
        CheckLength(record.GivenNames, "$.traveler.givenNames", found);
        CheckLength(record.FamilyName, "$.traveler.familyName", found);
        return found.Count == before ? record : null;
    }

    private static void CheckLength(string? name, string path, List<RequestProblem> found)
    {
        if (name is { Length: > MaxNameLength })
        {
            found.Add(new RequestProblem("VGL-API003", path, string.Create(CultureInfo.InvariantCulture,
                $"a name of {name.Length} characters is longer than any traveler's: at most {MaxNameLength}.")));
        }
    }

    private static string? Airport(JsonElement flight, string name, List<RequestProblem> found)
    {
        string path = "$.flight." + name;
        string? code = Text(flight, name, path, required: false, found);
        if (code is not null && (code.Length != 3 || !code.All(char.IsAsciiLetter)))
        {
            found.Add(new RequestProblem("VGL-API003", path, $"'{code}' is not an IATA airport code: three letters (LHR)."));
            return null;
        }

        return code?.ToUpperInvariant();
    }

    private static string? Text(JsonElement parent, string name, string path, bool required, List<RequestProblem> found)
    {
        if (!parent.TryGetProperty(name, out JsonElement value) || value.ValueKind == JsonValueKind.Null)
        {
            if (required)
            {
                found.Add(new RequestProblem("VGL-API002", path, $"{name} is required."));
            }

            return null;
        }

        if (value.ValueKind != JsonValueKind.String)
        {
            found.Add(new RequestProblem("VGL-API003", path, $"expected a string, found {Kind(value)}."));
            return null;
        }

        string text = value.GetString()!.Trim();
        if (text.Length == 0 && required)
        {
            found.Add(new RequestProblem("VGL-API002", path, $"{name} is empty."));
            return null;
        }

        return text.Length == 0 ? null : text;
    }

    /// <summary>Reads <c>YYYY-MM-DDTHH:MM</c> or <c>YYYY-MM-DDTHH:MM:SS</c>, a local time without offset.</summary>
    public static bool TryParseLocalTime(string text, out DateTime time) =>
        DateTime.TryParseExact(text, ["yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd'T'HH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out time);

    /// <summary>Two or three letters or digits.</summary>
    public static bool IsCarrier(string text) => text.Length is 2 or 3 && text.All(char.IsAsciiLetterOrDigit);

    /// <summary>One to four digits, optionally followed by one letter.</summary>
    public static bool IsFlightNumber(string text)
    {
        int digits = 0;
        while (digits < text.Length && char.IsAsciiDigit(text[digits]))
        {
            digits++;
        }

        return digits is >= 1 and <= 4 && (text.Length == digits || (text.Length == digits + 1 && char.IsAsciiLetter(text[^1])));
    }

    /// <summary>The first problem of a body that is not JSON, with the path of the value being read, or null.</summary>
    internal static RequestProblem? Malformed(ReadOnlySpan<byte> body)
    {
        Utf8JsonReader reader = new(body, new JsonReaderOptions { MaxDepth = MaxDepth });
        List<string> path = [];
        List<int> indexes = [];
        try
        {
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.PropertyName:
                        path[^1] = "." + reader.GetString();
                        break;
                    case JsonTokenType.StartObject:
                    case JsonTokenType.StartArray:
                        Advance(path, indexes);
                        path.Add(string.Empty);
                        indexes.Add(reader.TokenType == JsonTokenType.StartArray ? 0 : -1);
                        break;
                    case JsonTokenType.EndObject:
                    case JsonTokenType.EndArray:
                        path.RemoveAt(path.Count - 1);
                        indexes.RemoveAt(indexes.Count - 1);
                        break;
                    case JsonTokenType.String:
                        Advance(path, indexes);

                        // The reader checks neither UTF-8 nor escaped surrogates until a string is read.
                        _ = reader.GetString();
                        break;
                    default:
                        Advance(path, indexes);
                        break;
                }
            }

            return null;
        }
        catch (JsonException e)
        {
            // Inside an array, the value that failed is the element after the last one read.
            if (indexes.Count > 0 && indexes[^1] >= 0)
            {
                path[^1] = string.Create(CultureInfo.InvariantCulture, $"[{indexes[^1]}]");
            }

            return new RequestProblem("VGL-API001", "$" + string.Concat(path), $"the body is not JSON: {e.Message}")
            {
                Line = (int)(e.LineNumber ?? 0) + 1,
                Column = (int)(e.BytePositionInLine ?? 0) + 1,
            };
        }
        catch (InvalidOperationException)
        {
            // GetString: the string is not UTF-8, or escapes half of a surrogate pair. A name that cannot be read is
            // located by the object that holds it.
            IEnumerable<string> at = reader.TokenType == JsonTokenType.PropertyName ? path.Take(path.Count - 1) : path;
            ReadOnlySpan<byte> before = body[..(int)reader.TokenStartIndex];
            int lastLine = before.LastIndexOf((byte)'\n');
            return new RequestProblem("VGL-API001", "$" + string.Concat(at), "the body is not JSON: a string is not valid UTF-8 or holds half of a surrogate pair.")
            {
                Line = before.Count((byte)'\n') + 1,
                Column = before.Length - lastLine,
            };
        }
    }

    /// <summary>Moves to the next element of the array being read, if any.</summary>
    private static void Advance(List<string> path, List<int> indexes)
    {
        if (indexes.Count > 0 && indexes[^1] >= 0)
        {
            path[^1] = string.Create(CultureInfo.InvariantCulture, $"[{indexes[^1]}]");
            indexes[^1]++;
        }
    }

    internal static string Kind(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        _ => "null",
    };
}
