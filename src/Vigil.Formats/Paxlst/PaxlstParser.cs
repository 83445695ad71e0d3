using Vigil.Formats.Edifact;

namespace Vigil.Formats.Paxlst;

/// <summary>Reads UN/EDIFACT PAXLST interchanges (Advance Passenger Information): flights, passengers and crew.</summary>
/// <remarks>
/// <para>
/// Tolerant and precise: every message that can be read is returned, and every problem is an issue located by
/// segment index (UNA is 0, the first segment after it 1), tag, data element and component. Nothing throws on bad
/// input. CR and LF are removed wherever they occur before segments are split (FORMATS.md §1). Bytes are decoded
/// with the character set UNB declares, never the platform default.
/// </para>
/// <para>
/// The outcome is <see cref="EdifactOutcome.Valid"/> when no error was found, <see cref="EdifactOutcome.Invalid"/>
/// when errors were found (travelers are still returned so they can be screened), and
/// <see cref="EdifactOutcome.Unreadable"/> when nothing usable was found. Codes: <c>VGL-EDI001</c> to
/// <c>VGL-EDI039</c> (<see cref="EdifactDiagnostics"/>) and <c>VGL-PAX001</c> to <c>VGL-PAX017</c>
/// (<see cref="PaxlstDiagnostics"/>).
/// </para>
/// </remarks>
public static class PaxlstParser
{
    /// <summary>Reads a PAXLST interchange from bytes.</summary>
    public static EdifactParseResult<PaxlstMessage> Parse(ReadOnlySpan<byte> input, EdifactReadOptions? options = null)
    {
        options ??= EdifactReadOptions.Default;
        using EdifactInput data = EdifactInput.From(input, options.Limits.MaxInterchangeBytes);
        return Parse(data, options, null);
    }

    /// <summary>Reads a PAXLST interchange from a stream, up to <see cref="EdifactLimits.MaxInterchangeBytes"/>.</summary>
    /// <exception cref="IOException">The stream cannot be read.</exception>
    public static EdifactParseResult<PaxlstMessage> Parse(Stream input, EdifactReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(input);
        options ??= EdifactReadOptions.Default;
        using EdifactInput data = EdifactInput.From(input, options.Limits.MaxInterchangeBytes);
        return Parse(data, options, null);
    }

    /// <summary>Reads a PAXLST interchange from bytes, handing each message to <paramref name="onMessage"/> as soon as
    /// it is read instead of keeping it in the result.</summary>
    /// <param name="input">The interchange.</param>
    /// <param name="onMessage">Called once per message, in file order, with the message as
    /// <see cref="Parse(ReadOnlySpan{byte}, EdifactReadOptions?)"/> returns it. An exception it throws ends the reading
    /// and is not caught.</param>
    /// <param name="options">The options.</param>
    /// <returns>The outcome, every issue and the interchange header, as <see cref="Parse(ReadOnlySpan{byte}, EdifactReadOptions?)"/>
    /// gives them; <see cref="EdifactParseResult{TMessage}.Messages"/> is empty.</returns>
    /// <remarks>For long interchanges read message by message: a message the caller does not keep is collected while
    /// the next ones are read, so memory and collections stay those of one message. The comparison of CNT totals with
    /// the travelers, which needs every part of a list sent in parts, is made after the last message is handed over: its
    /// issues are only in the result.</remarks>
    public static EdifactParseResult<PaxlstMessage> Parse(ReadOnlySpan<byte> input, Action<PaxlstMessage> onMessage, EdifactReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(onMessage);
        options ??= EdifactReadOptions.Default;
        using EdifactInput data = EdifactInput.From(input, options.Limits.MaxInterchangeBytes);
        return Parse(data, options, onMessage);
    }

    /// <summary>Reads a PAXLST interchange from a stream, up to <see cref="EdifactLimits.MaxInterchangeBytes"/>, handing
    /// each message to <paramref name="onMessage"/> as <see cref="Parse(ReadOnlySpan{byte}, Action{PaxlstMessage}, EdifactReadOptions?)"/>
    /// does.</summary>
    /// <exception cref="IOException">The stream cannot be read.</exception>
    public static EdifactParseResult<PaxlstMessage> Parse(Stream input, Action<PaxlstMessage> onMessage, EdifactReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(onMessage);
        options ??= EdifactReadOptions.Default;
        using EdifactInput data = EdifactInput.From(input, options.Limits.MaxInterchangeBytes);
        return Parse(data, options, onMessage);
    }

    private static EdifactParseResult<PaxlstMessage> Parse(EdifactInput data, EdifactReadOptions options, Action<PaxlstMessage>? onMessage)
    {
        EdifactContext context = new(options);
        List<MessageTotals> totals = [];
        EdifactParseResult<PaxlstMessage> result = InterchangeReader<PaxlstMessage>.Read(data, context, new PaxlstMessageReader(context),
            onMessage is null ? null : message =>
            {
                totals.Add(MessageTotals.Of(message));
                onMessage(message);
            });
        if (onMessage is null)
        {
            foreach (PaxlstMessage message in result.Messages)
            {
                totals.Add(MessageTotals.Of(message));
            }
        }

        int errors = context.Issues.ErrorCount;
        CheckCounts(totals, context.Issues);
        return context.Issues.ErrorCount == errors ? result with { Issues = context.Issues.Items } : result with
        {
            Issues = context.Issues.Items,
            Outcome = result.Outcome == EdifactOutcome.Valid ? EdifactOutcome.Invalid : result.Outcome,
        };
    }

    /// <summary>Compares the CNT totals with the travelers listed. A list sent in parts (UNH status of transfer)
    /// counts all its parts: the totals are compared with the sum when every part is in the interchange, and
    /// otherwise only checked not to be below the part's own travelers.</summary>
    private static void CheckCounts(List<MessageTotals> messages, EdifactIssues issues)
    {
        Dictionary<string, List<MessageTotals>> parts = new(StringComparer.Ordinal);
        foreach (MessageTotals message in messages)
        {
            if (message.Part is { } part && !(part.Sequence == 1 && part.IsFinal == true) && message.CommonAccessReference is { } key)
            {
                if (!parts.TryGetValue(key, out List<MessageTotals>? list))
                {
                    parts[key] = list = [];
                }

                list.Add(message);
            }
        }

        foreach (MessageTotals message in messages)
        {
            (int passengers, int crew) = (message.Passengers, message.Crew);
            if (message.Part is not { } part || (part.Sequence == 1 && part.IsFinal == true))
            {
                Compare(message.Counts, passengers, crew, issues, "the message lists");
                continue;
            }

            if (message.CommonAccessReference is { } key && parts[key] is { } all && IsComplete(all))
            {
                int allPassengers = 0, allCrew = 0;
                foreach (MessageTotals other in all)
                {
                    allPassengers += other.Passengers;
                    allCrew += other.Crew;
                }

                Compare(message.Counts, allPassengers, allCrew, issues, $"the {all.Count} parts of the list list");
            }
            else
            {
                if (message.Counts.Passengers is { } p && p < passengers)
                {
                    issues.Warning(PaxlstDiagnostics.CountMismatchCode,
                        $"CNT+42 declares {p} passengers in all parts of the list; this part alone lists {passengers}.", message.Counts.PassengersSegmentIndex ?? 0, "CNT");
                }

                if (message.Counts.Crew is { } c && c < crew)
                {
                    issues.Warning(PaxlstDiagnostics.CountMismatchCode,
                        $"CNT+41 declares {c} crew members in all parts of the list; this part alone lists {crew}.", message.Counts.CrewSegmentIndex ?? 0, "CNT");
                }
            }
        }
    }

    private static void Compare(PaxlstCounts counts, int passengers, int crew, EdifactIssues issues, string what)
    {
        if (counts.Passengers is { } p && p != passengers)
        {
            issues.Warning(PaxlstDiagnostics.CountMismatchCode, $"CNT+42 declares {p} passengers; {what} {passengers}.", counts.PassengersSegmentIndex ?? 0, "CNT");
        }

        if (counts.Crew is { } c && c != crew)
        {
            issues.Warning(PaxlstDiagnostics.CountMismatchCode, $"CNT+41 declares {c} crew members; {what} {crew}.", counts.CrewSegmentIndex ?? 0, "CNT");
        }
    }

    /// <summary>True when the parts are 1 to n, once each, and n is final.</summary>
    private static bool IsComplete(List<MessageTotals> parts)
    {
        HashSet<int> sequences = [];
        int final = 0;
        foreach (MessageTotals part in parts)
        {
            if (part.Part is not { Sequence: { } sequence } status || !sequences.Add(sequence))
            {
                return false;
            }

            if (status.IsFinal == true)
            {
                final = sequence;
            }
        }

        return final == parts.Count && sequences.Min() == 1 && sequences.Max() == parts.Count;
    }

    /// <summary>What the comparison of CNT totals needs of a message: its part, its common access reference, its
    /// totals and the travelers it lists.</summary>
    private readonly record struct MessageTotals(MessagePart? Part, string? CommonAccessReference, PaxlstCounts Counts, int Passengers, int Crew)
    {
        public static MessageTotals Of(PaxlstMessage message)
        {
            int passengers = 0, crew = 0;
            foreach (PaxlstTraveler traveler in message.Travelers)
            {
                if (traveler.Type == PaxlstTravelerType.Crew)
                {
                    crew++;
                }
                else
                {
                    passengers++;
                }
            }

            return new MessageTotals(message.Header.Part, message.Header.CommonAccessReference, message.Counts, passengers, crew);
        }
    }
}
