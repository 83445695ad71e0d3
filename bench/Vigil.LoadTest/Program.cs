using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Vigil.Domain;
using Vigil.LoadTest;
using Vigil.Synthetic;

// Vigil.LoadTest: the load of bench/serve against a running `vigil serve`. Checks: an open loop of
// POST /api/v1/checks at a fixed rate; manifests (--manifest N): PAXLST manifests posted to POST /api/v1/manifests.
// Figures go to standard output (text, or one JSON object with --json); progress to standard error.
// Exit codes: 0 the run went through (whatever its figures), 1 no request got any response, 2 usage, 3 an input is missing.
const int MaxRequests = 5_000_000;

Option<string> url = new("--url") { Description = "The server, e.g. http://127.0.0.1:5080 (this machine only).", Required = true, HelpName = "URL" };
Option<string?> key = new("--key") { Description = "The API key (a carrier's). Default: $VIGIL_API_KEY, which keeps it out of the process list.", HelpName = "KEY" };
Option<double> rate = new("--rate") { Description = "Checks per second, sent on a fixed schedule whatever the latency.", DefaultValueFactory = _ => 1000, HelpName = "N" };
Option<double> duration = new("--duration") { Description = "Seconds counted.", DefaultValueFactory = _ => 60, HelpName = "S" };
Option<double> warmup = new("--warmup") { Description = "Seconds sent first at the same rate, not counted.", DefaultValueFactory = _ => 5, HelpName = "S" };
Option<int> connections = new("--connections") { Description = "The most connections open at once (HTTP/1.1, kept alive).", DefaultValueFactory = _ => 100, HelpName = "N" };
Option<double> timeout = new("--timeout") { Description = "Seconds one request may take, waiting for a connection included.", DefaultValueFactory = _ => 10, HelpName = "S" };
Option<string?> travelersFile = new("--travelers") { Description = "Traveler lines to check, as Vigil.Synthetic travelers writes them (used in turn).", HelpName = "FILE" };
Option<string?> list = new("--list") { Description = "A watch list: without --travelers, travelers are generated from it; manifests take a share of passengers from it.", HelpName = "PATH" };
Option<string> listFormat = new("--list-format") { Description = "The format of --list.", DefaultValueFactory = _ => "ofac-csv", HelpName = "FORMAT" };
listFormat.AcceptOnlyFromAmong(ListLoader.Formats);
Option<int> count = new("--count") { Description = "Travelers generated from --list (without --travelers).", DefaultValueFactory = _ => 20_000, HelpName = "N" };
Option<double> listedShare = new("--listed-share") { Description = "The share of generated travelers and passengers who are listed people under changed names.", DefaultValueFactory = _ => 0.05, HelpName = "X" };
Option<long> seed = new("--seed") { Description = "The seed of generated travelers and manifests.", DefaultValueFactory = _ => 1, HelpName = "S" };
Option<int> firstFlight = new("--first-flight")
{
    Description = "The number of the first flight (from 0; each 400 checks board the next one, ten minutes later): give each run against one database its own flights.",
    DefaultValueFactory = _ => 0,
    HelpName = "N",
};
Option<string> carrier = new("--carrier") { Description = "The airline of every flight: the carrier of the API key.", DefaultValueFactory = _ => "VG", HelpName = "CODE" };
Option<int> manifests = new("--manifest") { Description = "Post N PAXLST manifests instead of checks.", DefaultValueFactory = _ => 0, HelpName = "N" };
Option<int> manifestSize = new("--manifest-size") { Description = "Passengers per manifest (one flight).", DefaultValueFactory = _ => 400, HelpName = "N" };
Option<int> manifestConcurrency = new("--manifest-concurrency") { Description = "Manifests in flight at once.", DefaultValueFactory = _ => 1, HelpName = "N" };
Option<int> manifestWarmup = new("--manifest-warmup") { Description = "Manifests sent first, one at a time, not counted.", DefaultValueFactory = _ => 3, HelpName = "N" };
Option<bool> json = new("--json") { Description = "Write the figures as one JSON object." };

RootCommand root = new("Load test of the carrier HTTP API of `vigil serve`: an open loop of checks at a fixed rate, or PAXLST manifests.")
{
    url, key, rate, duration, warmup, connections, timeout, travelersFile, list, listFormat, count, listedShare, seed, firstFlight, carrier,
    manifests, manifestSize, manifestConcurrency, manifestWarmup, json,
};
root.SetAction(async (parse, cancellationToken) =>
{
    string urlText = parse.GetRequiredValue(url);
    string? apiKey = parse.GetValue(key) ?? Environment.GetEnvironmentVariable("VIGIL_API_KEY");
    int manifestCount = parse.GetValue(manifests);
    if (!Uri.TryCreate(urlText, UriKind.Absolute, out Uri? server) || server.Scheme is not ("http" or "https"))
    {
        return Usage($"--url must be an http:// or https:// URL, not '{urlText}'.");
    }

    if (!LoadClient.IsLoopback(server))
    {
        return Usage($"--url must be on this machine (localhost, 127.0.0.0/8 or [::1]), not {server.Host}.");
    }

    if (string.IsNullOrWhiteSpace(apiKey))
    {
        return Usage("give the API key with --key or $VIGIL_API_KEY (vigil keys create --role carrier ...).");
    }

    if (parse.GetValue(connections) < 1 || parse.GetValue(timeout) <= 0 || parse.GetValue(listedShare) is < 0 or > 1 || manifestCount < 0
        || parse.GetValue(firstFlight) < 0)
    {
        return Usage("--connections is 1 or more, --timeout more than 0, --listed-share between 0 and 1, --manifest and --first-flight 0 or more.");
    }

    TextWriter progress = Console.Error;
    IReadOnlyList<Subject>? subjects = null;
    if (parse.GetValue(list) is { } listPath && (manifestCount > 0 || parse.GetValue(travelersFile) is null))
    {
        try
        {
            subjects = ListLoader.Read(listPath, parse.GetRequiredValue(listFormat)).Subjects;
        }
        catch (FileNotFoundException e)
        {
            return Missing(e.Message);
        }

        progress.WriteLine(string.Create(CultureInfo.InvariantCulture, $"loadtest: read {subjects.Count:N0} subjects from {listPath}"));
    }

    using HttpClient client = LoadClient.Create(server, apiKey, parse.GetValue(connections), TimeSpan.FromSeconds(parse.GetValue(timeout)));
    if (manifestCount > 0)
    {
        int size = parse.GetValue(manifestSize), concurrency = parse.GetValue(manifestConcurrency), manifestWarm = parse.GetValue(manifestWarmup);
        if (size < 1 || concurrency < 1 || manifestWarm < 0 || manifestCount + manifestWarm > 46_656)
        {
            return Usage("--manifest-size and --manifest-concurrency are 1 or more, --manifest-warmup 0 or more, and there are at most 46,656 manifests in all.");
        }

        // Unique to this run (milliseconds since 1970, base 36): manifests of an earlier run against the same database
        // are never resent.
        string nonce = ManifestLoad.Base36(TimeProvider.System.GetUtcNow().ToUnixTimeMilliseconds(), 8);
        progress.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"loadtest: generating {manifestWarm + manifestCount} PAXLST manifests of {size} passengers (seed {parse.GetValue(seed)}, references V{nonce}...)"));
        byte[][] interchanges = ManifestLoad.Build(manifestWarm + manifestCount, size, parse.GetValue(seed), subjects, parse.GetValue(listedShare), nonce);
        ManifestLoadSettings settings = new(new Uri(server, "/api/v1/manifests"), manifestCount, manifestWarm, concurrency);
        progress.WriteLine(string.Create(CultureInfo.InvariantCulture, $"loadtest: posting to {settings.Manifests}"));
        ManifestReport report = await new ManifestLoad(client, settings, interchanges, size, progress).RunAsync(cancellationToken);
        Write(parse.GetValue(json), report.WriteText, report.WriteJson);
        return report.Answered > 0 ? 0 : 1;
    }

    CheckLoadSettings load = new(
        new Uri(server, "/api/v1/checks"), parse.GetValue(rate), TimeSpan.FromSeconds(parse.GetValue(warmup)), TimeSpan.FromSeconds(parse.GetValue(duration)));
    if (load.Rate <= 0 || load.Duration <= TimeSpan.Zero || load.Warmup < TimeSpan.Zero || load.MeasuredRequests < 1)
    {
        return Usage("--rate and --duration are more than 0 (at least one counted request), --warmup 0 or more.");
    }

    if ((long)load.WarmupRequests + load.MeasuredRequests > MaxRequests)
    {
        return Usage(string.Create(CultureInfo.InvariantCulture, $"at most {MaxRequests:N0} requests in a run (every body is made beforehand); lower --rate or --duration."));
    }

    List<string> lines;
    if (parse.GetValue(travelersFile) is { } path)
    {
        if (!File.Exists(path))
        {
            return Missing($"no traveler file '{path}'.");
        }

        lines = [.. File.ReadLines(path).Where(l => !string.IsNullOrWhiteSpace(l))];
    }
    else if (subjects is not null)
    {
        TravelerGenerator generator = new(subjects, parse.GetValue(seed), parse.GetValue(listedShare));
        using MemoryStream buffer = new();
        TravelerGenerator.Write(buffer, generator.Generate(parse.GetValue(count)));
        lines = [.. Encoding.UTF8.GetString(buffer.ToArray()).Split('\n', StringSplitOptions.RemoveEmptyEntries)];
    }
    else
    {
        return Usage("give --travelers FILE, or --list PATH to generate travelers.");
    }

    if (lines.Count < CheckBodies.TravelersPerFlight)
    {
        progress.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"loadtest: warning: {lines.Count} travelers, fewer than the {CheckBodies.TravelersPerFlight} of a flight: some are checked twice on one flight."));
    }

    CheckBodies bodies;
    try
    {
        bodies = CheckBodies.Build(lines, load.TotalRequests, parse.GetRequiredValue(carrier), parse.GetValue(firstFlight));
    }
    catch (FormatException e)
    {
        return Usage(e.Message);
    }

    progress.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"loadtest: {load.TotalRequests:N0} checks to {load.Checks} at {load.Rate:N0} per second ({load.WarmupRequests:N0} warm-up), {bodies.Travelers:N0} travelers of whom {bodies.ListedTravelers:N0} listed"));
    CheckReport checks = await new CheckLoad(client, load, bodies, progress).RunAsync(cancellationToken);
    checks = checks with { Connections = parse.GetValue(connections) };
    Write(parse.GetValue(json), checks.WriteText, checks.WriteJson);
    return checks.Answered > 0 ? 0 : 1;
});
return await root.Parse(args).InvokeAsync();

static int Usage(string message)
{
    Console.Error.WriteLine($"Vigil.LoadTest: error: {message}");
    return 2;
}

static int Missing(string message)
{
    Console.Error.WriteLine($"Vigil.LoadTest: error: {message}");
    return 3;
}

static void Write(bool asJson, Action<TextWriter> text, Action<Utf8JsonWriter> writeJson)
{
    if (!asJson)
    {
        text(Console.Out);
        return;
    }

    using Stream stdout = Console.OpenStandardOutput();
    using (Utf8JsonWriter writer = new(stdout, JsonOutput.Options))
    {
        writeJson(writer);
    }

    stdout.WriteByte((byte)'\n');
}
