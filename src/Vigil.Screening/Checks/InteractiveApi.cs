using System.Globalization;
using Vigil.Formats.Cusres;
using Vigil.Formats.Edifact;
using Vigil.Formats.Paxlst;
using Vigil.Screening.Access;
using Vigil.Screening.Decisions;
using Vigil.Screening.Flights;
using Vigil.Screening.Messages;

namespace Vigil.Screening.Checks;

/// <summary>Answers an interactive API request (a PAXLST of one or a few travelers at check-in) with a CUSRES message:
/// each traveler is screened and decided as a check, and the carrier's departure control system gets board,
/// selectee, contact or do-not-board for each, by its own reference.</summary>
/// <remarks>A request that cannot be read, or holds no traveler, is kept whole in the message store's quarantine and
/// answered with the CUSRES error answer, so that the check-in agent is never left waiting (FORMATS.md §6).</remarks>
public sealed class InteractiveApi(CarrierChecks checks, IMessageStore messages, TimeProvider time)
{
    /// <summary>The identification Vigil gives itself in UNB when the request names no recipient.</summary>
    public const string Authority = "VIGIL";

    /// <summary>Reads a request and answers it.</summary>
    /// <exception cref="UnauthorizedAccessException">A traveler's flight is not one of the caller's carriers.</exception>
    public async Task<InteractiveAnswer> AnswerAsync(ReadOnlyMemory<byte> request, Caller caller, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        DateTimeOffset now = time.GetUtcNow();
        EdifactParseResult<PaxlstMessage> parsed = PaxlstParser.Parse(request.Span, new EdifactReadOptions
        {
            Source = "iapi",
            Today = DateOnly.FromDateTime(time.GetLocalNow().DateTime),
        });
        ParseOutcome outcome = parsed.Outcome switch
        {
            EdifactOutcome.Valid => ParseOutcome.Valid,
            EdifactOutcome.Invalid => ParseOutcome.Invalid,
            _ => ParseOutcome.Unreadable,
        };
        string reference = ControlReference(now);
        LocalDateTime preparedAt = new(DateOnly.FromDateTime(now.UtcDateTime), TimeOnly.FromDateTime(now.UtcDateTime));
        PaxlstMessage? message = parsed.Messages.Count > 0 ? parsed.Messages[0] : null;
        string? refusal = parsed.Messages.Count switch
        {
            0 => "the request holds no PAXLST message that could be read",
            > 1 => "an interactive request carries one PAXLST message",
            _ when message!.Travelers.Count == 0 => "the request holds no traveler",
            _ => null,
        };
        if (refusal is not null)
        {
            // Kept whole for an operator: an unreadable request, or one read as invalid, goes to quarantine.
            ReadMessage read = MessageReader.Read(MessageFormats.Paxlst, request.Span, "iapi", DateOnly.FromDateTime(time.GetLocalNow().DateTime));
            MessageParse parse = MessageIssues.ToParse(read) with { Outcome = ParseOutcome.Unreadable, TravelerCount = 0 };
            RecordedMessage kept = await messages.RecordAsync(new IncomingMessage(MessageFormats.Paxlst, "iapi", request, caller.Actor, parse), cancellationToken)
                .ConfigureAwait(false);
            CusresParty carrier = new(parsed.Interchange?.Sender ?? (caller.Carriers.IsDefaultOrEmpty ? "CARRIER" : caller.Carriers[0]), parsed.Interchange?.SenderQualifier);
            CusresParty authority = new(parsed.Interchange?.Recipient ?? Authority, parsed.Interchange?.RecipientQualifier);
            byte[] error = CusresWriter.Write(CusresAnswer.ForUnreadableRequest(carrier, authority, reference, preparedAt, parsed.Interchange, message));
            return new InteractiveAnswer(error, outcome, [])
            {
                Issues = parsed.Issues,
                QuarantinedMessageId = kept.Message.Id,
                Refusal = refusal,
            };
        }

        IReadOnlyList<FlightTraveler> travelers = MessageTravelers.From(parsed);
        IReadOnlyList<CheckAnswer> answers = await checks.CheckAllAsync(travelers, caller, cancellationToken).ConfigureAwait(false);
        CusresResponse[] responses = [.. answers.Select(a => Response(a.Decision))];
        EdifactInterchange interchange = parsed.Interchange ?? new EdifactInterchange();
        byte[] cusres = interchange.Sender is null || interchange.Recipient is null
            ? CusresWriter.Write(CusresAnswer.ForRequest(
                interchange with { Sender = interchange.Sender ?? caller.Carriers.FirstOrDefault() ?? "CARRIER", Recipient = interchange.Recipient ?? Authority },
                message!, responses, reference, preparedAt))
            : CusresWriter.Write(CusresAnswer.ForRequest(interchange, message!, responses, reference, preparedAt));
        return new InteractiveAnswer(cusres, outcome, answers) { Issues = parsed.Issues };
    }

    /// <summary>The CUSRES response of a decision.</summary>
    public static CusresResponse Response(Decision decision) => decision switch
    {
        Decision.Board => CusresResponse.Board,
        Decision.Selectee => CusresResponse.Selectee,
        Decision.Contact => CusresResponse.Contact,
        _ => CusresResponse.NoBoard,
    };

    /// <summary>An interchange control reference for an answer: 14 digits from the time, unique to the millisecond.</summary>
    private static string ControlReference(DateTimeOffset now) =>
        (now.ToUnixTimeMilliseconds() % 100_000_000_000_000L).ToString("D14", CultureInfo.InvariantCulture);
}
