using Vigil.Formats.Diagnostics;
using Vigil.Formats.Edifact;
using Vigil.Formats.Mrz;
using Vigil.Formats.Paxlst;
using Vigil.Formats.Pnrgov;
using Vigil.Screening.Messages;

namespace Vigil.Screening.Flights;

/// <summary>What a received message gave: its outcome, every issue, the envelope that identifies it, and its
/// travelers.</summary>
/// <param name="Format">paxlst, pnrgov or mrz.</param>
/// <param name="Outcome">Valid, invalid (errors, travelers still read) or unreadable (nothing usable).</param>
/// <param name="Issues">Every problem found, located.</param>
/// <param name="Travelers">The travelers that could be read.</param>
public sealed record ReadMessage(string Format, ParseOutcome Outcome, IReadOnlyList<Diagnostic> Issues, IReadOnlyList<FlightTraveler> Travelers)
{
    /// <summary>The interchange sender (UNB), or null.</summary>
    public string? Sender { get; init; }

    /// <summary>The interchange recipient (UNB), or null.</summary>
    public string? Recipient { get; init; }

    /// <summary>The interchange control reference (UNB), or null.</summary>
    public string? ControlReference { get; init; }

    /// <summary>A one-line description for listings: message types and references, flights.</summary>
    public string? Summary { get; init; }

    /// <summary>True when nothing usable could be read.</summary>
    public bool IsUnreadable => Outcome == ParseOutcome.Unreadable;
}

/// <summary>Reads a received message of any supported format into a <see cref="ReadMessage"/>.</summary>
public static class MessageReader
{
    /// <summary>Guesses the format of a message from its bytes: a UNH naming PAXLST or PNRGOV, else a zone.</summary>
    /// <returns>paxlst, pnrgov, mrz, or null when nothing fits.</returns>
    public static string? Sniff(ReadOnlySpan<byte> bytes)
    {
        ReadOnlySpan<byte> head = bytes[..Math.Min(bytes.Length, 4096)];
        if (head.IndexOf("PAXLST"u8) >= 0)
        {
            return "paxlst";
        }

        if (head.IndexOf("PNRGOV"u8) >= 0)
        {
            return "pnrgov";
        }

        if (head.IndexOf("UNB"u8) >= 0 || head.IndexOf("UNA"u8) >= 0)
        {
            return null;
        }

        return head.IndexOf("<<"u8) >= 0 ? "mrz" : null;
    }

    /// <summary>Reads a message.</summary>
    /// <param name="format">paxlst, pnrgov or mrz.</param>
    /// <param name="bytes">The message as received.</param>
    /// <param name="source">The name used in issues (a file name).</param>
    /// <param name="today">The reference date of two-digit years in zones (EDIFACT takes its UNB date).</param>
    public static ReadMessage Read(string format, ReadOnlySpan<byte> bytes, string? source, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(format);
        EdifactReadOptions options = new() { Source = source, Today = today };
        switch (format)
        {
            case "paxlst":
                {
                    EdifactParseResult<PaxlstMessage> result = PaxlstParser.Parse(bytes, options);
                    return Envelope(new ReadMessage(format, Name(result.Outcome), result.Issues, MessageTravelers.From(result))
                    {
                        Summary = string.Join("; ", result.Messages.Select(m =>
                            $"PAXLST {m.Header.Reference} {(m.ListType == PaxlstListType.Crew ? "crew" : "passengers")} {string.Join(" ", m.Flights.Select(f => $"{f.Carrier}{f.Number} {f.Departure.Airport}-{f.Arrival.Airport} {f.Departure.Time}"))}")),
                    }, result.Interchange);
                }

            case "pnrgov":
                {
                    EdifactParseResult<PnrgovMessage> result = PnrgovParser.Parse(bytes, options);
                    return Envelope(new ReadMessage(format, Name(result.Outcome), result.Issues, MessageTravelers.From(result))
                    {
                        Summary = string.Join("; ", result.Messages.Select(m =>
                            $"PNRGOV {m.Header.Reference} {m.Pnrs.Count} PNRs {(m.Flight is { } f ? $"{f.Carrier}{f.Number} {f.Departure.Airport}-{f.Arrival.Airport} {f.Departure.Time}" : string.Empty)}")),
                    }, result.Interchange);
                }

            case "mrz":
                {
                    MrzParseResult result = MrzParser.Parse(bytes, today, source);
                    ParseOutcome outcome = result.Outcome switch
                    {
                        MrzOutcome.Valid => ParseOutcome.Valid,
                        MrzOutcome.Invalid => ParseOutcome.Invalid,
                        _ => ParseOutcome.Unreadable,
                    };
                    return new ReadMessage(format, outcome, result.Issues, MessageTravelers.From(result))
                    {
                        Summary = result.Zone is { } zone ? $"{zone.Format} {zone.DocumentCode} {zone.IssuingState} {zone.DocumentNumber}" : null,
                    };
                }

            default:
                throw new ArgumentOutOfRangeException(nameof(format), format, $"Not a message format; expected one of {string.Join(", ", Registry.FormatRegistry.MessageNames)}.");
        }
    }

    private static ReadMessage Envelope(ReadMessage message, EdifactInterchange? interchange) => interchange is null
        ? message
        : message with
        {
            Sender = interchange.Sender,
            Recipient = interchange.Recipient,
            ControlReference = interchange.ControlReference,
        };

    private static ParseOutcome Name(EdifactOutcome outcome) => outcome switch
    {
        EdifactOutcome.Valid => ParseOutcome.Valid,
        EdifactOutcome.Invalid => ParseOutcome.Invalid,
        _ => ParseOutcome.Unreadable,
    };
}
