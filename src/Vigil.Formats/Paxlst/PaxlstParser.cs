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
/// <c>VGL-EDI038</c> (<see cref="EdifactDiagnostics"/>) and <c>VGL-PAX001</c> to <c>VGL-PAX017</c>
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
        return Parse(data, options);
    }

    /// <summary>Reads a PAXLST interchange from a stream, up to <see cref="EdifactLimits.MaxInterchangeBytes"/>.</summary>
    /// <exception cref="IOException">The stream cannot be read.</exception>
    public static EdifactParseResult<PaxlstMessage> Parse(Stream input, EdifactReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(input);
        options ??= EdifactReadOptions.Default;
        using EdifactInput data = EdifactInput.From(input, options.Limits.MaxInterchangeBytes);
        return Parse(data, options);
    }

    private static EdifactParseResult<PaxlstMessage> Parse(EdifactInput data, EdifactReadOptions options)
    {
        EdifactContext context = new(options);
        EdifactParseResult<PaxlstMessage> result = InterchangeReader<PaxlstMessage>.Read(data, context, new PaxlstMessageReader(context));
        int errors = context.Issues.ErrorCount;
        CheckCounts(result.Messages, context.Issues);
        return context.Issues.ErrorCount == errors ? result with { Issues = context.Issues.Items } : result with
        {
            Issues = context.Issues.Items,
            Outcome = result.Outcome == EdifactOutcome.Valid ? EdifactOutcome.Invalid : result.Outcome,
        };
    }

    /// <summary>Compares the CNT totals with the travelers listed. A list sent in parts (UNH status of transfer)
    /// counts all its parts: the totals are compared with the sum when every part is in the interchange, and
    /// otherwise only checked not to be below the part's own travelers.</summary>
    private static void CheckCounts(IReadOnlyList<PaxlstMessage> messages, EdifactIssues issues)
    {
        Dictionary<string, List<PaxlstMessage>> parts = new(StringComparer.Ordinal);
        foreach (PaxlstMessage message in messages)
        {
            if (message.Header.Part is { } part && !(part.Sequence == 1 && part.IsFinal == true) && message.Header.CommonAccessReference is { } key)
            {
                if (!parts.TryGetValue(key, out List<PaxlstMessage>? list))
                {
                    parts[key] = list = [];
                }

                list.Add(message);
            }
        }

        foreach (PaxlstMessage message in messages)
        {
            (int passengers, int crew) = Count(message);
            if (message.Header.Part is not { } part || (part.Sequence == 1 && part.IsFinal == true))
            {
                Compare(message, passengers, crew, issues, "the message lists");
                continue;
            }

            if (message.Header.CommonAccessReference is { } key && parts[key] is { } all && IsComplete(all))
            {
                int allPassengers = 0, allCrew = 0;
                foreach (PaxlstMessage other in all)
                {
                    (int p, int c) = Count(other);
                    allPassengers += p;
                    allCrew += c;
                }

                Compare(message, allPassengers, allCrew, issues, $"the {all.Count} parts of the list list");
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

    private static void Compare(PaxlstMessage message, int passengers, int crew, EdifactIssues issues, string what)
    {
        if (message.Counts.Passengers is { } p && p != passengers)
        {
            issues.Warning(PaxlstDiagnostics.CountMismatchCode, $"CNT+42 declares {p} passengers; {what} {passengers}.", message.Counts.PassengersSegmentIndex ?? 0, "CNT");
        }

        if (message.Counts.Crew is { } c && c != crew)
        {
            issues.Warning(PaxlstDiagnostics.CountMismatchCode, $"CNT+41 declares {c} crew members; {what} {crew}.", message.Counts.CrewSegmentIndex ?? 0, "CNT");
        }
    }

    private static (int Passengers, int Crew) Count(PaxlstMessage message)
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

        return (passengers, crew);
    }

    /// <summary>True when the parts are 1 to n, once each, and n is final.</summary>
    private static bool IsComplete(List<PaxlstMessage> parts)
    {
        HashSet<int> sequences = [];
        int final = 0;
        foreach (PaxlstMessage part in parts)
        {
            if (part.Header.Part is not { Sequence: { } sequence } status || !sequences.Add(sequence))
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
}
