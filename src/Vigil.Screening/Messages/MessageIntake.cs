using System.Globalization;
using System.Text.Json;
using Vigil.Screening.Audit;
using Vigil.Screening.Checks;
using Vigil.Screening.Decisions;
using Vigil.Screening.Flights;
using Vigil.Screening.Screen;

namespace Vigil.Screening.Messages;

/// <summary>Takes in travel messages: reads them, keeps them as received, recognises duplicates, quarantines what
/// cannot be screened, screens every traveler, decides for each, and stores the decisions with the message marked
/// screened in one transaction.</summary>
/// <remarks>
/// The same use case serves <c>vigil screen --format</c>, <c>vigil messages replay</c> and
/// <c>POST /api/v1/manifests</c>, so that a message is treated alike whichever way it came. A message is recorded
/// before anything else is done with it; if the process dies after that, the message stays
/// <see cref="MessageState.Received"/> and <see cref="ScreenPendingAsync"/> screens it later, exactly once (the
/// store refuses a second screening).
/// </remarks>
public sealed class MessageIntake
{
    private readonly IMessageStore? _messages;
    private readonly ICheckStore? _checks;
    private readonly TimeProvider _time;

    /// <summary>Creates the use case.</summary>
    /// <param name="messages">Where messages are kept; null to screen without keeping anything.</param>
    /// <param name="checks">Where decisions are kept; null to mark messages screened without storing decisions.</param>
    /// <param name="time">The clock (reference date of two-digit years in zones; durations).</param>
    public MessageIntake(IMessageStore? messages, ICheckStore? checks, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(time);
        _messages = messages;
        _checks = checks;
        _time = time;
    }

    /// <summary>Reads, records and screens one message.</summary>
    /// <param name="request">The message and how to take it in.</param>
    /// <param name="setup">Gives the index and policy when travelers are to be screened (not called otherwise).</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <exception cref="MessageTooLargeException">The message is larger than the store accepts: nothing is stored.</exception>
    /// <exception cref="MessageStateException">Another process screened the message first.</exception>
    /// <exception cref="UnauthorizedAccessException"><see cref="MessageIntakeRequest.Accept"/> refused the message:
    /// nothing is kept.</exception>
    public async Task<MessageIntakeResult> ReceiveAsync(
        MessageIntakeRequest request, Func<CancellationToken, Task<ScreeningSetup>> setup, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(setup);
        (ReadMessage message, TimeSpan parseTime) = Read(request.Format, request.Content.Span, request.SourceName);
        if (request.Accept is { } accept && !accept(message))
        {
            throw new UnauthorizedAccessException("The sender may not send this message: it names flights of other carriers.");
        }

        if (!request.Record || _messages is null)
        {
            return message.IsUnreadable
                ? new MessageIntakeResult(message, IntakeDisposition.Unreadable) { ParseTime = parseTime }
                : await ScreenAsync(message, null, request, await setup(cancellationToken).ConfigureAwait(false), parseTime, cancellationToken).ConfigureAwait(false);
        }

        RecordedMessage recorded = await _messages.RecordAsync(
            new IncomingMessage(request.Format, request.SourceName, request.Content, request.Actor, MessageIssues.ToParse(message)), cancellationToken).ConfigureAwait(false);
        return await AfterRecordAsync(message, recorded, request, setup, parseTime, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Reads a stored message again (after an upgrade of the readers), or its corrected bytes (kept as a new
    /// message linked to it), and screens its travelers when they can now be read.</summary>
    /// <param name="id">The stored message.</param>
    /// <param name="corrected">Corrected bytes and their source name, or null to read the stored bytes again.</param>
    /// <param name="request">How to take it in (its format, content and source name are those of the stored message
    /// or of <paramref name="corrected"/>; only <see cref="MessageIntakeRequest.Actor"/>, the results location and the
    /// hook are read).</param>
    /// <param name="setup">Gives the index and policy when travelers are to be screened.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <exception cref="KeyNotFoundException">No such message.</exception>
    /// <exception cref="MessageStateException">The message cannot be replayed (a duplicate, or replayed already).</exception>
    /// <exception cref="InvalidOperationException">This intake keeps no messages.</exception>
    public async Task<MessageIntakeResult> ReplayAsync(
        long id,
        (ReadOnlyMemory<byte> Content, string SourceName)? corrected,
        MessageIntakeRequest request,
        Func<CancellationToken, Task<ScreeningSetup>> setup,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        IMessageStore store = _messages ?? throw new InvalidOperationException("This intake keeps no messages to replay.");
        MessageDetail detail = await store.GetAsync(id, cancellationToken).ConfigureAwait(false)
            ?? throw new KeyNotFoundException($"No message #{id}.");
        string format = detail.Message.Format;
        if (!Registry.FormatRegistry.IsMessage(format))
        {
            throw new MessageStateException(id, detail.Message.State, $"Message #{id} is {format}, which is not a message format Vigil replays.");
        }

        ReadOnlyMemory<byte> content = corrected?.Content ?? detail.Content;
        string source = corrected?.SourceName ?? detail.Message.SourceName;
        (ReadMessage message, TimeSpan parseTime) = Read(format, content.Span, source);
        RecordedMessage recorded = corrected is null
            ? await store.ReplayAsync(id, MessageIssues.ToParse(message), request.Actor, cancellationToken).ConfigureAwait(false)
            : await store.ReplayCorrectedAsync(id, new IncomingMessage(format, source, content, request.Actor, MessageIssues.ToParse(message)), cancellationToken).ConfigureAwait(false);
        return await AfterRecordAsync(message, recorded, request with { Format = format, Content = content, SourceName = source }, setup, parseTime, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Screens the messages left received by a process that stopped between recording and screening them.</summary>
    /// <param name="olderThan">Only messages received at least this long ago (others may be in the hands of a
    /// live process; the store would refuse a second screening anyway).</param>
    /// <param name="actor">Who screens them.</param>
    /// <param name="setup">Gives the index and policy.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The messages screened now.</returns>
    public async Task<IReadOnlyList<MessageIntakeResult>> ScreenPendingAsync(
        TimeSpan olderThan, string actor, Func<CancellationToken, Task<ScreeningSetup>> setup, CancellationToken cancellationToken)
    {
        IMessageStore store = _messages ?? throw new InvalidOperationException("This intake keeps no messages.");
        DateTimeOffset before = _time.GetUtcNow() - olderThan;
        IReadOnlyList<MessageRecord> pending = await store.ListAsync(new MessageQuery { State = MessageState.Received, Limit = 1000 }, cancellationToken).ConfigureAwait(false);
        List<MessageIntakeResult> screened = [];
        foreach (MessageRecord record in pending.Where(m => m.ReceivedAt <= before).OrderBy(m => m.Id))
        {
            MessageDetail? detail = await store.GetAsync(record.Id, cancellationToken).ConfigureAwait(false);
            if (detail is null || !Registry.FormatRegistry.IsMessage(detail.Message.Format))
            {
                continue;
            }

            (ReadMessage message, TimeSpan parseTime) = Read(detail.Message.Format, detail.Content.Span, detail.Message.SourceName);
            MessageIntakeRequest request = new(detail.Message.Format, detail.Content, detail.Message.SourceName, actor);
            try
            {
                screened.Add(await ScreenAsync(message, detail.Message, request, await setup(cancellationToken).ConfigureAwait(false), parseTime, cancellationToken).ConfigureAwait(false));
            }
            catch (MessageStateException)
            {
                // Another process screened it meanwhile: exactly once, as it should be.
            }
        }

        return screened;
    }

    private async Task<MessageIntakeResult> AfterRecordAsync(
        ReadMessage message, RecordedMessage recorded, MessageIntakeRequest request, Func<CancellationToken, Task<ScreeningSetup>> setup, TimeSpan parseTime,
        CancellationToken cancellationToken)
    {
        MessageRecord stored = recorded.Message;
        if (recorded.IsDuplicate)
        {
            return new MessageIntakeResult(message, IntakeDisposition.Duplicate) { Stored = stored, Original = recorded.Original, ParseTime = parseTime };
        }

        if (!stored.NeedsScreening)
        {
            return new MessageIntakeResult(message, IntakeDisposition.Quarantined) { Stored = stored, ParseTime = parseTime };
        }

        return await ScreenAsync(message, stored, request, await setup(cancellationToken).ConfigureAwait(false), parseTime, cancellationToken).ConfigureAwait(false);
    }

    private async Task<MessageIntakeResult> ScreenAsync(
        ReadMessage message, MessageRecord? stored, MessageIntakeRequest request, ScreeningSetup setup, TimeSpan parseTime, CancellationToken cancellationToken)
    {
        FlightScreener screener = new(setup.Index, setup.Threshold) { Relations = setup.Relations };
        long started = _time.GetTimestamp();
        IReadOnlyList<FlightScreening> results = screener.ScreenAll(message.Travelers, cancellationToken);
        bool keepDecisions = stored is not null && _checks is not null;
        ScreenedTraveler[] travelers = new ScreenedTraveler[results.Count];
        int review = 0;
        for (int i = 0; i < results.Count; i++)
        {
            FlightScreening screening = results[i];
            travelers[i] = new ScreenedTraveler(screening, setup.Policy.Decide(screening.Hits), keepDecisions ? CheckIds.New() : null);
            if (screening.Status == ScreeningStatus.Review)
            {
                review++;
            }
        }

        TimeSpan screenTime = _time.GetElapsedTime(started);
        if (request.BeforeCommit is { } hook)
        {
            await hook(travelers, cancellationToken).ConfigureAwait(false);
        }

        if (stored is not null)
        {
            string summary = Summary(travelers.Length, review, setup.Threshold, request.ResultsLocation);
            if (_checks is not null)
            {
                string actor = request.AuditActor ?? request.Actor;
                // The checks' documents (a traveler and his explained hits each) are written on every core, as the
                // travelers were screened.
                NewCheck[] checks = new NewCheck[travelers.Length];
                long messageId = stored.Id;
                Parallel.For(0, checks.Length, new ParallelOptions { CancellationToken = cancellationToken }, i => checks[i] = ToCheck(travelers[i], messageId, actor));
                AuditEntry audit = new(actor, "manifest.screen", $"msg:{stored.Id.ToString(CultureInfo.InvariantCulture)}")
                {
                    Detail = string.Create(CultureInfo.InvariantCulture, $"{{\"travelers\":{travelers.Length},\"review\":{review}}}"),
                };
                stored = await _checks.RecordScreenedMessageAsync(stored.Id, summary, checks, audit, cancellationToken).ConfigureAwait(false);
            }
            else
            {
                stored = await _messages!.MarkScreenedAsync(stored.Id, summary, request.Actor, cancellationToken).ConfigureAwait(false);
            }
        }

        return new MessageIntakeResult(message, IntakeDisposition.Screened)
        {
            Stored = stored,
            Travelers = travelers,
            Review = review,
            Clear = travelers.Length - review,
            Threshold = setup.Threshold,
            ParseTime = parseTime,
            ScreenTime = screenTime,
        };
    }

    /// <summary>The check kept for a message's traveler.</summary>
    private static NewCheck ToCheck(ScreenedTraveler traveler, long messageId, string actor)
    {
        FlightScreening screening = traveler.Screening;
        CheckFlight? flight = CarrierChecks.FlightOf(screening.Traveler);
        return new NewCheck(
            traveler.CheckId!,
            CheckChannel.Manifest,
            screening.Traveler.Id,
            flight,
            traveler.Decision,
            CheckJson.Traveler(screening.Traveler),
            CheckJson.Hits(screening.Hits, screening.Relations, screening.RelatedHits),
            actor)
        {
            MessageId = messageId,
            BestScore = screening.Hits.IsDefaultOrEmpty ? null : screening.Hits[0].Score,
        };
    }

    private static string Summary(int travelers, int review, double threshold, string? results)
    {
        using MemoryStream buffer = new();
        using (Utf8JsonWriter w = new(buffer))
        {
            w.WriteStartObject();
            w.WriteNumber("travelers", travelers);
            w.WriteNumber("review", review);
            w.WriteNumber("clear", travelers - review);
            w.WriteNumber("threshold", threshold);
            if (results is not null)
            {
                w.WriteString("results", results);
            }

            w.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    private (ReadMessage Message, TimeSpan Elapsed) Read(string format, ReadOnlySpan<byte> content, string source)
    {
        long started = _time.GetTimestamp();
        ReadMessage message = MessageReader.Read(format, content, source, DateOnly.FromDateTime(_time.GetLocalNow().DateTime));
        return (message, _time.GetElapsedTime(started));
    }
}
