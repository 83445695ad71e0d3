using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Vigil.Domain;
using Vigil.Synthetic.Messages;

namespace Vigil.LoadTest;

/// <summary>Posts PAXLST manifests (each one flight's passenger list in one interchange) and times each answer.</summary>
/// <remarks>Not an open loop: a carrier sends a flight's manifest once, at departure, so what matters is how long one
/// takes, alone or beside a few others (<see cref="ManifestLoadSettings.Concurrency"/>).</remarks>
internal sealed class ManifestLoad
{
    private static readonly MediaTypeHeaderValue Edifact = new("application/edifact");

    private readonly HttpClient _client;
    private readonly ManifestLoadSettings _settings;
    private readonly byte[][] _interchanges;
    private readonly int _travelersEach;
    private readonly TextWriter _progress;

    // One slot per counted manifest.
    private readonly Latencies _fromSend, _server;
    private readonly short[] _status;
    private readonly RequestFailure[] _failures;
    private readonly string?[] _outcomes;
    private readonly int[] _travelers;
    private readonly bool[] _duplicates;
    private readonly string?[] _firstFailure = new string?[4];
    private int _next, _done;

    /// <param name="interchanges">The warm-up manifests first, then the counted ones (see <see cref="Build"/>).</param>
    public ManifestLoad(HttpClient client, ManifestLoadSettings settings, byte[][] interchanges, int travelersEach, TextWriter progress)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(interchanges);
        if (interchanges.Length < settings.Warmup + settings.Count)
        {
            throw new ArgumentException($"{settings.Warmup + settings.Count} manifests are needed, not {interchanges.Length}.", nameof(interchanges));
        }

        _client = client;
        _settings = settings;
        _interchanges = interchanges;
        _travelersEach = travelersEach;
        _progress = progress;
        _fromSend = new Latencies(settings.Count);
        _server = new Latencies(settings.Count);
        _status = new short[settings.Count];
        _failures = new RequestFailure[settings.Count];
        _outcomes = new string?[settings.Count];
        _travelers = new int[settings.Count];
        _duplicates = new bool[settings.Count];
    }

    /// <summary>Makes <paramref name="count"/> PAXLST interchanges of one flight each, every one with its own
    /// passengers (seed <paramref name="seed"/> + its number) and its own interchange control and message references
    /// (made from <paramref name="nonce"/> and its number), so that a receiver never takes one for a resent one.</summary>
    /// <param name="nonce">Letters and digits, at most 8, different for every run against one database.</param>
    public static byte[][] Build(int count, int travelers, long seed, IReadOnlyList<Subject>? list, double listedShare, string nonce)
    {
        ArgumentNullException.ThrowIfNull(nonce);
        if (nonce.Length > 8)
        {
            throw new ArgumentException("The nonce has at most 8 characters.", nameof(nonce));
        }

        byte[][] interchanges = new byte[count][];
        for (int i = 0; i < count; i++)
        {
            string unique = nonce + Base36(i, 3);
            PaxlstShape shape = new() { FlightSize = travelers, ControlReference = "V" + unique, MessageReferencePrefix = "M" + unique };
            interchanges[i] = PaxlstGenerator.Generate(travelers, seed + i, shape, list, list is null ? 0 : listedShare);
        }

        return interchanges;
    }

    /// <summary><paramref name="value"/> in base 36 (digits and capital letters), at least <paramref name="width"/> long.</summary>
    public static string Base36(long value, int width)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(value);
        const string digits = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
        Span<char> text = stackalloc char[16];
        int at = text.Length;
        do
        {
            text[--at] = digits[(int)(value % 36)];
            value /= 36;
        }
        while (value > 0);

        return new string(text[at..]).PadLeft(width, '0');
    }

    public async Task<ManifestReport> RunAsync(CancellationToken cancellationToken)
    {
        for (int i = 0; i < _settings.Warmup && !cancellationToken.IsCancellationRequested; i++)
        {
            await SendAsync(i, slot: -1, cancellationToken);
        }

        if (_settings.Warmup > 0)
        {
            _progress.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {_settings.Warmup} warm-up manifests sent"));
        }

        Stopwatch clock = Stopwatch.StartNew();
        Task[] workers = new Task[Math.Max(1, _settings.Concurrency)];
        for (int w = 0; w < workers.Length; w++)
        {
            workers[w] = Task.Run(() => WorkAsync(cancellationToken), CancellationToken.None);
        }

        await Task.WhenAll(workers);
        clock.Stop();
        return Report(clock.Elapsed, cancellationToken.IsCancellationRequested);
    }

    private async Task WorkAsync(CancellationToken cancellationToken)
    {
        int slot;
        while ((slot = Interlocked.Increment(ref _next) - 1) < _settings.Count && !cancellationToken.IsCancellationRequested)
        {
            await SendAsync(_settings.Warmup + slot, slot, cancellationToken);
            int done = Interlocked.Increment(ref _done);
            if (done % 10 == 0 || done == _settings.Count)
            {
                _progress.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {done} of {_settings.Count} manifests answered"));
            }
        }
    }

    private async Task SendAsync(int manifest, int slot, CancellationToken cancellationToken)
    {
        using HttpRequestMessage message = new(HttpMethod.Post, _settings.Manifests)
        {
            Content = new ByteArrayContent(_interchanges[manifest]) { Headers = { ContentType = Edifact } },
            Version = HttpVersion.Version11,
            VersionPolicy = HttpVersionPolicy.RequestVersionExact,
        };
        long sent = Stopwatch.GetTimestamp();
        try
        {
            using HttpResponseMessage response = await _client.SendAsync(message, HttpCompletionOption.ResponseContentRead, cancellationToken);
            byte[] body = await response.Content.ReadAsByteArrayAsync(cancellationToken);
            double elapsed = Stopwatch.GetElapsedTime(sent).TotalMilliseconds;
            if (slot < 0)
            {
                return;
            }

            _fromSend.Set(slot, elapsed);
            _status[slot] = (short)response.StatusCode;
            if (response.Headers.TryGetValues("Server-Timing", out IEnumerable<string>? timing)
                && ServerTiming.TryReadDuration(timing, "app", out double server))
            {
                _server.Set(slot, server);
            }

            (_outcomes[slot], _travelers[slot], _duplicates[slot]) = ReadAnswer(body);
        }
        catch (Exception e)
        {
            // Whatever went wrong, it is this manifest's outcome: the run goes on.
            RequestFailure failure = RequestFailures.Classify(e, cancellationToken);
            Interlocked.CompareExchange(ref _firstFailure[(int)failure], $"{e.GetType().Name}: {e.Message}", null);
            if (slot >= 0)
            {
                _failures[slot] = failure;
            }
        }
    }

    /// <summary>The <c>outcome</c>, <c>travelers</c> and <c>duplicateOf</c> of a 202 answer.</summary>
    public static (string? Outcome, int Travelers, bool IsDuplicate) ReadAnswer(byte[] body)
    {
        try
        {
            using JsonDocument document = JsonDocument.Parse(body);
            JsonElement root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return (null, 0, false);
            }

            string? outcome = root.TryGetProperty("outcome", out JsonElement o) && o.ValueKind == JsonValueKind.String ? o.GetString() : null;
            int travelers = root.TryGetProperty("travelers", out JsonElement t) && t.ValueKind == JsonValueKind.Number && t.TryGetInt32(out int n) ? n : 0;
            bool duplicate = root.TryGetProperty("duplicateOf", out JsonElement d) && d.ValueKind is not (JsonValueKind.Null or JsonValueKind.Undefined);
            return (outcome, travelers, duplicate);
        }
        catch (JsonException)
        {
            return (null, 0, false);
        }
    }

    private ManifestReport Report(TimeSpan elapsed, bool interrupted)
    {
        SortedDictionary<int, int> statuses = [];
        SortedDictionary<string, int> outcomes = new(StringComparer.Ordinal);
        int[] failures = new int[4];
        int sent = Math.Min(_settings.Count, Volatile.Read(ref _next)), answered = 0, duplicates = 0;
        long travelers = 0;
        for (int slot = 0; slot < sent; slot++)
        {
            if (_status[slot] == 0)
            {
                failures[(int)_failures[slot]]++;
                continue;
            }

            answered++;
            statuses[_status[slot]] = statuses.GetValueOrDefault(_status[slot]) + 1;
            string outcome = _outcomes[slot] ?? "(none)";
            outcomes[outcome] = outcomes.GetValueOrDefault(outcome) + 1;
            travelers += _travelers[slot];
            duplicates += _duplicates[slot] ? 1 : 0;
        }

        return new ManifestReport
        {
            Url = _settings.Manifests.ToString(),
            Count = _settings.Count,
            Warmup = _settings.Warmup,
            Concurrency = _settings.Concurrency,
            TravelersEach = _travelersEach,
            AverageBytes = _interchanges.Length == 0 ? 0 : _interchanges.Average(i => (double)i.Length),
            Sent = sent,
            Answered = answered,
            StatusCodes = statuses,
            Timeouts = failures[(int)RequestFailure.Timeout],
            ConnectionErrors = failures[(int)RequestFailure.Connection],
            OtherErrors = failures[(int)RequestFailure.Other],
            FirstErrors = [.. _firstFailure.Where(f => f is not null).Select(f => f!)],
            Outcomes = outcomes,
            Duplicates = duplicates,
            TravelersReported = travelers,
            Client = _fromSend.Summarize(),
            Server = _server.Summarize(),
            ElapsedSeconds = elapsed.TotalSeconds,
            Interrupted = interrupted,
        };
    }
}
