using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using Vigil.Screening.Audit;
using Vigil.Server.Tests.Support;

namespace Vigil.Server.Tests.Endpoints;

/// <summary>Thousands of hostile requests, generated from a fixed seed: mutated check bodies and PAXLST interchanges,
/// random bytes, huge numbers, deep nesting, odd Unicode, mangled keys and content types, path and query
/// parameters with %-escapes. None may get a 500 or hang, and every refusal must be problem details.</summary>
/// <remarks>Kestrel's own refusals of malformed HTTP happen before the application and have no body: a request line
/// or headers over its limits, a path holding an escaped NUL (<c>%00</c>). The generator keeps requests within those
/// limits and puts <c>%00</c> only in query strings.</remarks>
public sealed class FuzzTests(FuzzTests.Fixture server) : IClassFixture<FuzzTests.Fixture>
{
    private const int Requests = 3000;
    private const int Seed = 20260315;
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task Thousands_of_hostile_requests_never_get_a_500_never_hang_and_are_refused_with_problem_details()
    {
        Random random = new(Seed);
        Generator generator = new(random, server.Running.Keys);
        FuzzRequest[] requests = [.. Enumerable.Range(0, Requests).Select(i => generator.Next(i))];
        List<string> failures = [];
        int[] statuses = new int[600];
        TimeSpan slowest = TimeSpan.Zero;

        await Parallel.ForEachAsync(requests, new ParallelOptions { MaxDegreeOfParallelism = 4, CancellationToken = TestContext.Current.CancellationToken }, async (request, ct) =>
        {
            using CancellationTokenSource timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
            timeout.CancelAfter(Timeout);
            long started = Stopwatch.GetTimestamp();
            string? failure;
            int status = 0;
            try
            {
                using HttpResponseMessage response = await server.Running.Client.SendAsync(request.ToMessage(), timeout.Token);
                status = (int)response.StatusCode;
                byte[] body = await response.Content.ReadAsByteArrayAsync(timeout.Token);
                failure = Judge(request, response, body);
            }
            catch (OperationCanceledException) when (timeout.IsCancellationRequested && !ct.IsCancellationRequested)
            {
                failure = $"no answer within {Timeout.TotalSeconds} s";
            }
            catch (HttpRequestException e)
            {
                failure = $"the connection failed: {e.InnerException?.Message ?? e.Message}";
            }

            TimeSpan elapsed = Stopwatch.GetElapsedTime(started);
            lock (failures)
            {
                statuses[status]++;
                slowest = elapsed > slowest ? elapsed : slowest;
                if (failure is not null)
                {
                    failures.Add($"#{request.Number} {request}: {failure}");
                }
            }
        });

        TestContext.Current.TestOutputHelper?.WriteLine($"statuses: {Spread(statuses)}; slowest answer {slowest.TotalMilliseconds:0} ms");
        Assert.True(failures.Count == 0, $"{failures.Count} of {Requests} requests failed (seed {Seed}):\n{string.Join('\n', failures.Take(40))}");
        string spread = Spread(statuses);
        Assert.True(statuses[200] + statuses[202] > Requests / 20, $"too few requests were valid enough to be answered: {spread}");
        Assert.True(statuses[400] + statuses[404] + statuses[413] + statuses[415] + statuses[422] > Requests / 4, $"too few requests were refused: {spread}");
        Assert.True(slowest < Timeout, $"slowest answer {slowest.TotalSeconds:0.0} s");

        // The server is still well, and what the fuzz made is in an intact audit chain.
        Assert.Equal(HttpStatusCode.OK, (await server.Running.GetAsync("/health/ready", key: null)).StatusCode);
        AuditVerification audit = await server.Running.Stores.Audit.VerifyAsync(TestContext.Current.CancellationToken);
        Assert.True(audit.IsIntact, audit.Fault?.Message);
    }

    private static string Spread(int[] statuses) =>
        string.Join(", ", statuses.Select((count, status) => (count, status)).Where(s => s.count > 0).Select(s => $"{s.status}: {s.count}"));

    /// <summary>Why a response breaks the contract, or null.</summary>
    private static string? Judge(FuzzRequest request, HttpResponseMessage response, byte[] body)
    {
        int status = (int)response.StatusCode;
        string text = Encoding.UTF8.GetString(body.AsSpan(0, Math.Min(body.Length, 400)));
        if (status >= 500)
        {
            string sent = request.Body is null ? string.Empty : Encoding.UTF8.GetString(request.Body.AsSpan(0, Math.Min(request.Body.Length, 2000)));
            return $"{status}: {text}\n  request body: {sent}";
        }

        if (status < 400)
        {
            return null;
        }

        string? mediaType = response.Content.Headers.ContentType?.MediaType;
        if (status == 422 && mediaType == "application/edifact" && request.Accept?.Contains("application/edifact", StringComparison.OrdinalIgnoreCase) == true)
        {
            return body.AsSpan().StartsWith("UNA"u8) || body.AsSpan().StartsWith("UNB"u8) ? null : $"422 EDIFACT answer is not an interchange: {text}";
        }

        if (mediaType != Responses.ProblemJson)
        {
            return $"{status} as '{mediaType}', not problem details: {text}";
        }

        if (request.Method == "HEAD")
        {
            // The answer to HEAD has the headers of the answer to GET and no body.
            return body.Length == 0 ? null : $"{status} to HEAD with a body: {text}";
        }

        try
        {
            using JsonDocument problem = JsonDocument.Parse(body);
            return problem.RootElement.TryGetProperty("code", out JsonElement code) && code.GetString()?.StartsWith("VGL-", StringComparison.Ordinal) == true
                && problem.RootElement.GetProperty("status").GetInt32() == status
                ? null
                : $"{status} problem details without Vigil's code: {text}";
        }
        catch (JsonException e)
        {
            return $"{status} problem details that are not JSON ({e.Message}): {text}";
        }
    }

    /// <summary>One generated request.</summary>
    private sealed record FuzzRequest(int Number, string Method, string Path, string? Authorization, string? ContentType, string? Accept, byte[]? Body, string What)
    {
        public HttpRequestMessage ToMessage()
        {
            HttpRequestMessage message = new(new HttpMethod(Method), Path);
            if (Authorization is not null)
            {
                message.Headers.TryAddWithoutValidation("Authorization", Authorization);
            }

            if (Accept is not null)
            {
                message.Headers.TryAddWithoutValidation("Accept", Accept);
            }

            if (Body is not null)
            {
                message.Content = new ByteArrayContent(Body);
                if (ContentType is not null)
                {
                    message.Content.Headers.TryAddWithoutValidation("Content-Type", ContentType);
                }
            }

            return message;
        }

        public override string ToString() =>
            $"{Method} {(Path.Length > 120 ? Path[..120] + "…" : Path)} [{What}] type '{ContentType}' accept '{Accept}' auth '{(Authorization is { Length: > 24 } a ? a[..24] + "…" : Authorization)}' {Body?.Length ?? 0} bytes";
    }

    /// <summary>Makes hostile requests from a seeded <see cref="Random"/>.</summary>
    private sealed class Generator(Random random, TestKeys keys)
    {
        private const string CheckTemplate =
            "{\"flight\":{\"carrier\":@carrier,\"number\":@number,\"departureAirport\":@from,\"departureTime\":@time,\"arrivalAirport\":@to},"
            + "\"traveler\":{\"id\":@id,\"name\":@name,\"givenNames\":@given,\"familyName\":@family,\"dob\":@dob,\"nationality\":@nationality,\"gender\":@gender,"
            + "\"document\":{\"number\":@docnumber,\"country\":@doccountry,\"type\":@doctype}}}";

        private static readonly (string Slot, string Valid)[] Slots =
        [
            ("@carrier", "\"VG\""), ("@number", "\"19\""), ("@from", "\"LHR\""), ("@time", "\"2026-03-15T09:10\""), ("@to", "\"JFK\""),
            ("@id", "\"P-1\""), ("@name", "\"Imran Qadir Qadiri\""), ("@given", "null"), ("@family", "null"), ("@dob", "\"1987\""),
            ("@nationality", "\"GBR\""), ("@gender", "\"M\""), ("@docnumber", "\"548203917\""), ("@doccountry", "\"GBR\""), ("@doctype", "\"P\""),
        ];

        private static readonly string[] HostileValues =
        [
            "1e999999", "-1e-999999", "123456789012345678901234567890123456789", "-0", "0.000000000000000000000000001", "NaN", "Infinity",
            "true", "false", "null", "[]", "{}", "[null]", "{\"\":\"\"}", "\"\"", "\"   \"", "\"\\u0000\"", "\"\\ud800\"", "\"\\udc00x\\ud800\"",
            "\"\\ud83d\\ude00\"", "\"\u202Eevil\u202C\"", "\"\u200B\u200C\u200D\uFEFF\"", "\"\\u2028\\u2029\"", "\"مُحَمَّد بن عبد الله\"", "\"Ǆǅǆ ß İı\"",
            "\"👨‍👩‍👧‍👦🏳️‍🌈\"", "\"Z" + string.Concat(Enumerable.Repeat("\u0361\u0489", 400)) + "\"", "\"9999-99-99T99:99\"", "\"0000-01-01T00:00\"",
            "\"2026-02-29T10:00\"", "\"1987-00\"", "\"~1987\"", "\"1978..1982\"", "\"..\"", "\"XXX\"", "\"ZZZ\"", "\"V$G\"", "\"19999\"",
            "\"\\\"\\\\\\/\\b\\f\\n\\r\\t\"", "\"%00%2F\"", "\"'; DROP TABLE checks; --\"", "\"' OR '1'='1\"",
        ];

        private static readonly string[] EdifactTokens =
        [
            "'", "+", ":", "?", "*", "??", "?'", "UNA:+.? '", "UNA", "UNB+", "UNH+", "UNT+99999999+", "UNZ+", "NAD+FL+++", "DTM+329:99999999:102'",
            "CNT+42:999999999999'", "TDT+20+VG99999+++VG'", "\0", "\r\n", "\u00ff", "\u00c3\u0028",
        ];

        private static readonly string[] ContentTypes =
        [
            "application/json", "application/json; charset=utf-8", "application/json; charset=utf-16", "APPLICATION/JSON", "application/edifact",
            "application/edifact; charset=iso-8859-1", "text/plain", "", "*/*", "application/problem+json", "application/x-www-form-urlencoded",
            "multipart/form-data; boundary=x", "application/json;;;", "application/edifact; =", "a/b/c", ";", "application/",
        ];

        private static readonly string[] Segments =
        [
            "%01", "%2F", "%2e%2e", "%25", "%25%32%46", "%E2%80%AE", "%FF%FE", "%C3%28", "A%20B", "%0D%0A", "%7B%7D", "%22", "%27%20OR%201%3D1", "-1",
            "9999999999999999999999", "0", "chk_", "NFL-2019-0011", "QDi.001", "V3KQ7M2XD9A", "%D9%85%D8%AD%D9%85%D8%AF", "%F0%9F%98%80", "%C0%AF", "~", "..%2F..%2F",
        ];

        public FuzzRequest Next(int number) => random.Next(10) switch
        {
            0 or 1 or 2 => Check(number),
            3 or 4 => Edifact(number, "/api/v1/manifests"),
            5 => Edifact(number, "/api/v1/checks"),
            6 => Bytes(number),
            _ => Parameters(number),
        };

        private FuzzRequest Check(int number)
        {
            string json = CheckTemplate;
            HashSet<int> hostile = [.. Enumerable.Range(0, random.Next(0, 4)).Select(_ => random.Next(Slots.Length))];
            for (int i = 0; i < Slots.Length; i++)
            {
                json = json.Replace(Slots[i].Slot, hostile.Contains(i) ? HostileValue() : Slots[i].Valid, StringComparison.Ordinal);
            }

            string what = "check json";
            switch (random.Next(8))
            {
                case 0:
                    json = json.Insert(json.Length - 1, ",\"extra\":" + Deep(random.Next(10, 3000)));
                    what += " + deep nesting";
                    break;
                case 1:
                    json = json.Replace("\"traveler\":{", "\"traveler\":{\"name\":\"Ingrid Solvang\",\"name\":" + HostileValue() + ",", StringComparison.Ordinal);
                    what += " + duplicate key";
                    break;
                case 2:
                    json = json.Insert(1, "\"flight\":" + HostileValue() + ",");
                    what += " + two flights";
                    break;
                case 3:
                    json = HostileValue();
                    what = "a bare value";
                    break;
            }

            byte[] body = Encoding.UTF8.GetBytes(json);
            if (random.Next(3) == 0)
            {
                body = Mutate(body, Encoding.UTF8.GetBytes("{}[],:\"\\0123456789eE+-.tfn"));
                what += " + byte mutations";
            }

            return new FuzzRequest(number, "POST", "/api/v1/checks", Key(), random.Next(8) == 0 ? Pick(ContentTypes) : "application/json", AcceptHeader(), body, what);
        }

        private FuzzRequest Edifact(int number, string path)
        {
            byte[] valid = random.Next(3) == 0
                ? DemoData.PaxlstExample
                : PaxlstBuilder.Build("FZ" + number.ToString("D6", CultureInfo.InvariantCulture), [.. PaxlstPassenger.Innocents.Take(random.Next(1, 4)), .. random.Next(4) == 0 ? [PaxlstPassenger.Detained] : Array.Empty<PaxlstPassenger>()]);
            byte[] body = random.Next(6) == 0 ? valid : Mutate(valid, Encoding.Latin1.GetBytes(string.Concat(EdifactTokens)));
            if (random.Next(10) == 0)
            {
                body = [.. body, .. Encoding.ASCII.GetBytes(string.Concat(Enumerable.Repeat("NAD+FL+++X:Y'ATT+2++M'", random.Next(100, 3000))))];
            }

            return new FuzzRequest(number, "POST", path, Key(), random.Next(8) == 0 ? Pick(ContentTypes) : "application/edifact", AcceptHeader(), body, "mutated paxlst");
        }

        private FuzzRequest Bytes(int number)
        {
            byte[] body = new byte[random.Next(0, random.Next(2) == 0 ? 64 : 8192)];
            random.NextBytes(body);
            string path = Pick(["/api/v1/checks", "/api/v1/manifests", "/api/v1/checks/" + CheckId(), "/api/v1/reviews", "/health/ready"]);
            return new FuzzRequest(number, Pick(["POST", "POST", "PUT", "PATCH", "GET"]), path, Key(), Pick(ContentTypes), AcceptHeader(), body, "random bytes");
        }

        private FuzzRequest Parameters(int number)
        {
            string path = random.Next(7) switch
            {
                0 => $"/api/v1/checks/{Segment(CheckId())}",
                1 => $"/api/v1/flights/{Segment("VG")}/{Segment("19")}/{Segment("2026-03-15")}/decisions",
                2 => $"/api/v1/reviews?state={Segment("open")}&limit={Segment(random.Next(-5, 2000).ToString(CultureInfo.InvariantCulture))}{(random.Next(4) == 0 ? "%00" : string.Empty)}",
                3 => $"/api/v1/subjects/{Segment("NFL-2019-0011")}{(random.Next(2) == 0 ? "?list=" + Segment("national-ftf") : string.Empty)}",
                4 => $"/api/v1/lists?{Segment("x")}={Segment("y")}",
                5 => $"/{Segment("api")}/{Segment("v1")}/{Segment("checks")}",
                _ => Pick(["/health/live", "/health/ready", "/openapi/v1.json", "/openapi/v2.json", "/openapi/%2e%2e.json"]),
            };
            return new FuzzRequest(number, Pick(["GET", "GET", "GET", "GET", "GET", "HEAD", "DELETE", "OPTIONS"]), path, Key(), null, AcceptHeader(), null, "parameters");
        }

        private string HostileValue() => random.Next(12) switch
        {
            0 => Deep(random.Next(2, 5000)),
            1 => "\"" + new string((char)random.Next('A', 'Z' + 1), random.Next(100, 70_000)) + "\"",
            2 => random.NextInt64().ToString(CultureInfo.InvariantCulture) + new string('9', random.Next(0, 400)),
            _ => Pick(HostileValues),
        };

        private string Deep(int depth) => random.Next(2) == 0
            ? new string('[', depth) + new string(']', depth)
            : string.Concat(Enumerable.Repeat("{\"a\":", depth)) + "1" + new string('}', depth);

        private string Segment(string valid) => random.Next(4) switch
        {
            0 => valid,
            1 => Pick(Segments),
            2 => valid + Pick(Segments),
            _ => string.Concat(Enumerable.Range(0, random.Next(1, 400)).Select(_ => random.Next(3) == 0 ? Pick(Segments) : ((char)random.Next('0', 'z' + 1)).ToString()))
                .Replace("?", "%3F", StringComparison.Ordinal).Replace("#", "%23", StringComparison.Ordinal).Replace("/", "%2F", StringComparison.Ordinal)
                .Replace("\\", "%5C", StringComparison.Ordinal).Replace("&", "%26", StringComparison.Ordinal).Replace("`", "%60", StringComparison.Ordinal),
        };

        private string CheckId() => "chk_" + new string([.. Enumerable.Range(0, 26).Select(_ => "0123456789abcdefghjkmnpqrstvwxyz"[random.Next(32)])]);

        private string? Key() => random.Next(16) switch
        {
            0 => null,
            1 => "Bearer",
            2 => "Basic dXNlcjpwYXNzd29yZA==",
            3 => "Bearer " + MutateKey(keys.Admin.Key),
            4 => "Bearer " + new string([.. Enumerable.Range(0, random.Next(0, 200)).Select(_ => (char)random.Next(0x21, 0x7f))]),
            5 => "bearer " + keys.Admin.Key,
            6 => "Bearer " + keys.Carrier.Key,
            7 => "Bearer " + keys.Analyst.Key,
            _ => "Bearer " + keys.Admin.Key,
        };

        private string MutateKey(string key)
        {
            char[] chars = key.ToCharArray();
            chars[random.Next(chars.Length)] = (char)random.Next(0x21, 0x7f);
            return new string(chars);
        }

        private string? AcceptHeader() => random.Next(6) switch
        {
            0 => "application/edifact",
            1 => "application/edifact;q=0.9, application/json",
            2 => "text/html",
            3 => "*/*",
            _ => null,
        };

        private byte[] Mutate(byte[] input, byte[] alphabet)
        {
            List<byte> bytes = [.. input];
            int mutations = random.Next(1, 8);
            for (int m = 0; m < mutations; m++)
            {
                int at = bytes.Count == 0 ? 0 : random.Next(bytes.Count);
                switch (random.Next(6))
                {
                    case 0 when bytes.Count > 0:
                        bytes[at] = random.Next(2) == 0 ? (byte)random.Next(256) : alphabet[random.Next(alphabet.Length)];
                        break;
                    case 1 when bytes.Count > 0:
                        bytes.RemoveRange(at, Math.Min(random.Next(1, 64), bytes.Count - at));
                        break;
                    case 2:
                        bytes.InsertRange(at, Enumerable.Range(0, random.Next(1, 16)).Select(_ => alphabet[random.Next(alphabet.Length)]));
                        break;
                    case 3 when bytes.Count > 0:
                        bytes.InsertRange(at, bytes.GetRange(at, Math.Min(random.Next(1, 200), bytes.Count - at)));
                        break;
                    case 4:
                        bytes.RemoveRange(at, bytes.Count - at);
                        break;
                    default:
                        bytes.InsertRange(at, Encoding.UTF8.GetBytes(Pick(["\0", "\u00ff", "\uFEFF", "\u202E", "\\u", "\\ud800", "9999999999999999999999", "'", "?", "%", "\r\n"])));
                        break;
                }
            }

            return [.. bytes];
        }

        private string Pick(string[] items) => items[random.Next(items.Length)];
    }

    public sealed class Fixture : SqliteServerFixture
    {
        // No rate limit: the fuzz sends as fast as the server answers.
        protected override ServerOptions Configure(ServerOptions options) => options with { RateLimitPerSecond = 0 };
    }
}
