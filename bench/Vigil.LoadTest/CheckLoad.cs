using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;

namespace Vigil.LoadTest;

/// <summary>An open-loop load of checks: request <c>i</c> is due at <c>start + i / rate</c> and leaves then, whether
/// or not the earlier ones have been answered, so that a slow server meets the same traffic a real one would
/// (no coordinated omission).</summary>
/// <remarks>
/// <para>Each counted request keeps its latency from its scheduled time (what a carrier waiting on that traveler
/// sees, queueing behind a slow response included), from the moment it was handed to <see cref="HttpClient"/>
/// (which includes waiting for a free connection), the server's own time from <c>Server-Timing: app;dur=</c>, and how
/// late the client sent it (the send lag: the client's own shortfall, which also shows in the first figure).</para>
/// <para>One thread dispatches: it sleeps until the next request is due, then starts every request that is due.
/// Everything a request needs is made before the run; results go to preallocated arrays, one slot per request.</para>
/// </remarks>
internal sealed class CheckLoad
{
    private static readonly MediaTypeHeaderValue Json = new("application/json");

    private readonly HttpClient _client;
    private readonly CheckLoadSettings _settings;
    private readonly CheckBodies _bodies;
    private readonly TextWriter _progress;
    private readonly int _warmup;
    private readonly double _ticksPerRequest;

    // One slot per counted request.
    private readonly Latencies _fromSchedule, _fromSend, _server, _sendLag;
    private readonly short[] _status;
    private readonly RequestFailure[] _failures;
    private readonly DecisionSeen[] _decisions;
    private readonly Task[] _requests;

    private readonly string?[] _firstFailure = new string?[4];
    private long _start;
    private int _dispatched, _sent, _answered, _failed;

    public CheckLoad(HttpClient client, CheckLoadSettings settings, CheckBodies bodies, TextWriter progress)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(bodies);
        if (bodies.Count < settings.TotalRequests)
        {
            throw new ArgumentException($"{settings.TotalRequests} requests need as many bodies, not {bodies.Count}.", nameof(bodies));
        }

        _client = client;
        _settings = settings;
        _bodies = bodies;
        _progress = progress;
        _warmup = settings.WarmupRequests;
        _ticksPerRequest = Stopwatch.Frequency / settings.Rate;
        int measured = settings.MeasuredRequests;
        _fromSchedule = new Latencies(measured);
        _fromSend = new Latencies(measured);
        _server = new Latencies(measured);
        _sendLag = new Latencies(measured);
        _status = new short[measured];
        _failures = new RequestFailure[measured];
        _decisions = new DecisionSeen[measured];
        _requests = new Task[settings.TotalRequests];
    }

    public async Task<CheckReport> RunAsync(CancellationToken cancellationToken)
    {
        using Process process = Process.GetCurrentProcess();

        // The first request leaves a little after now, so that the thread is running by then.
        _start = Stopwatch.GetTimestamp() + (Stopwatch.Frequency / 50);
        long measuredFrom = Scheduled(_warmup);
        using Timer progress = new(_ => Progress(), null, TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(5));

        // The dispatching thread says when it is done, so that no thread of the pool waits for it.
        TaskCompletionSource dispatched = new(TaskCreationOptions.RunContinuationsAsynchronously);
        Thread dispatcher = new(() =>
        {
            try
            {
                Dispatch(cancellationToken);
                dispatched.SetResult();
            }
            catch (Exception e)
            {
                dispatched.SetException(e);
            }
        })
        {
            IsBackground = true,
            Name = "dispatcher",
            Priority = ThreadPriority.AboveNormal,
        };
        dispatcher.Start();

        // The client's processor time over the counted part, as the share of a core it took from the server.
        await WaitUntilAsync(measuredFrom, cancellationToken);
        process.Refresh();
        TimeSpan cpuBefore = process.TotalProcessorTime;
        await dispatched.Task;
        await Task.WhenAll(_requests.Take(_dispatched).Where(t => t is not null));
        long finished = Stopwatch.GetTimestamp();
        process.Refresh();
        TimeSpan cpu = process.TotalProcessorTime - cpuBefore;
        double window = Math.Max(0, finished - measuredFrom) / (double)Stopwatch.Frequency;
        Progress();
        return Report(cancellationToken.IsCancellationRequested, cpu, window);
    }

    private long Scheduled(int request) => _start + (long)(request * _ticksPerRequest);

    private void Dispatch(CancellationToken cancellationToken)
    {
        int next = 0, total = _requests.Length;
        while (next < total && !cancellationToken.IsCancellationRequested)
        {
            long now = Stopwatch.GetTimestamp();
            while (next < total && Scheduled(next) <= now)
            {
                _requests[next] = SendAsync(next, cancellationToken);
                next++;
                Volatile.Write(ref _dispatched, next);
            }

            if (next < total)
            {
                Pacer.SleepUntil(Scheduled(next));
            }
        }
    }

    private async Task SendAsync(int request, CancellationToken cancellationToken)
    {
        int slot = request - _warmup;
        using HttpRequestMessage message = new(HttpMethod.Post, _settings.Checks)
        {
            Content = new ByteArrayContent(_bodies[request]) { Headers = { ContentType = Json } },
            Version = HttpVersion.Version11,
            VersionPolicy = HttpVersionPolicy.RequestVersionExact,
        };
        long sent = Stopwatch.GetTimestamp();
        Interlocked.Increment(ref _sent);
        try
        {
            using HttpResponseMessage response = await _client.SendAsync(message, HttpCompletionOption.ResponseContentRead, cancellationToken);
            byte[] body = await response.Content.ReadAsByteArrayAsync(cancellationToken);
            long done = Stopwatch.GetTimestamp();
            Interlocked.Increment(ref _answered);
            if (slot < 0)
            {
                return;
            }

            long scheduled = Scheduled(request);
            _fromSchedule.Set(slot, Milliseconds(done - scheduled));
            _fromSend.Set(slot, Milliseconds(done - sent));
            _sendLag.Set(slot, Milliseconds(Math.Max(0, sent - scheduled)));
            _status[slot] = (short)response.StatusCode;
            if (response.Headers.TryGetValues("Server-Timing", out IEnumerable<string>? timing)
                && ServerTiming.TryReadDuration(timing, "app", out double server))
            {
                _server.Set(slot, server);
            }

            _decisions[slot] = response.IsSuccessStatusCode ? Decisions.Read(body) : DecisionSeen.None;
        }
        catch (Exception e)
        {
            // Whatever went wrong, it is this request's outcome: the run goes on.
            Interlocked.Increment(ref _failed);
            RequestFailure failure = RequestFailures.Classify(e, cancellationToken);
            Interlocked.CompareExchange(ref _firstFailure[(int)failure], $"{e.GetType().Name}: {e.Message}", null);
            if (slot >= 0)
            {
                _failures[slot] = failure;
                _sendLag.Set(slot, Milliseconds(Math.Max(0, sent - Scheduled(request))));
            }
        }
    }

    private async Task WaitUntilAsync(long timestamp, CancellationToken cancellationToken)
    {
        long wait = timestamp - Stopwatch.GetTimestamp();
        if (wait > 0)
        {
            try
            {
                await Task.Delay(TimeSpan.FromSeconds(wait / (double)Stopwatch.Frequency), cancellationToken);
            }
            catch (OperationCanceledException)
            {
                // Interrupted: the report says so.
            }
        }
    }

    private void Progress()
    {
        double elapsed = (Stopwatch.GetTimestamp() - _start) / (double)Stopwatch.Frequency;
        int sent = Volatile.Read(ref _sent), answered = Volatile.Read(ref _answered), failed = Volatile.Read(ref _failed);
        string phase = Volatile.Read(ref _dispatched) <= _warmup ? "warm-up" : "measuring";
        _progress.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  {elapsed,5:F0} s ({phase}): sent {sent:N0} of {_requests.Length:N0}, answered {answered:N0}, failed {failed:N0}, in flight {sent - answered - failed:N0}"));
    }

    private CheckReport Report(bool interrupted, TimeSpan cpu, double window)
    {
        int measured = _status.Length;
        SortedDictionary<int, int> statuses = [];
        int[] failures = new int[4];
        int[] decisions = new int[6], listedDecisions = new int[6];
        int sent = 0, answered = 0, listedChecks = 0;
        double lastSend = 0, lastAnswer = 0;
        for (int slot = 0; slot < measured; slot++)
        {
            bool wasSent = !double.IsNaN(_sendLag.Get(slot));
            if (!wasSent)
            {
                continue;
            }

            sent++;
            double offset = slot * _ticksPerRequest / Stopwatch.Frequency * 1000;
            lastSend = Math.Max(lastSend, offset + _sendLag.Get(slot));
            if (_status[slot] != 0)
            {
                answered++;
                statuses[_status[slot]] = statuses.GetValueOrDefault(_status[slot]) + 1;
                lastAnswer = Math.Max(lastAnswer, offset + _fromSchedule.Get(slot));
                decisions[(int)_decisions[slot]]++;
                if (_bodies.IsListed(slot + _warmup))
                {
                    listedChecks++;
                    listedDecisions[(int)_decisions[slot]]++;
                }
            }
            else
            {
                failures[(int)_failures[slot]]++;
            }
        }

        LatencySummary server = _server.Summarize();
        return new CheckReport
        {
            Url = _settings.Checks.ToString(),
            Rate = _settings.Rate,
            WarmupSeconds = _settings.Warmup.TotalSeconds,
            DurationSeconds = _settings.Duration.TotalSeconds,
            TimeoutSeconds = _client.Timeout.TotalSeconds,
            Travelers = _bodies.Travelers,
            ListedTravelers = _bodies.ListedTravelers,
            Scheduled = measured,
            Sent = sent,
            Answered = answered,
            StatusCodes = statuses,
            Timeouts = failures[(int)RequestFailure.Timeout],
            ConnectionErrors = failures[(int)RequestFailure.Connection],
            OtherErrors = failures[(int)RequestFailure.Other],
            FirstErrors = [.. _firstFailure.Where(f => f is not null).Select(f => f!)],
            SentPerSecond = lastSend > 0 ? sent / (lastSend / 1000) : 0,
            AnsweredPerSecond = lastAnswer > 0 ? answered / (lastAnswer / 1000) : 0,
            FromSchedule = _fromSchedule.Summarize(),
            FromSend = _fromSend.Summarize(),
            Server = server,
            WithoutServerTiming = answered - server.Count,
            SendLag = _sendLag.Summarize(),
            Decisions = decisions,
            ListedChecks = listedChecks,
            ListedDecisions = listedDecisions,
            ClientCpuSeconds = cpu.TotalSeconds,
            ClientCpuShare = window > 0 ? cpu.TotalSeconds / window : 0,
            Interrupted = interrupted,
        };
    }

    private static double Milliseconds(long ticks) => ticks * 1000.0 / Stopwatch.Frequency;
}
