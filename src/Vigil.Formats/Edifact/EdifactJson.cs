using System.Text.Json;
using Vigil.Formats.Diagnostics;

namespace Vigil.Formats.Edifact;

/// <summary>The parts of the <c>vigil parse</c> JSON document that PAXLST and PNRGOV share: outcome, issues,
/// interchange, flight legs, dates.</summary>
/// <remarks>Field names are a contract: add, never rename. Absent values are written as null.</remarks>
internal static class EdifactJson
{
    public static void WriteHead<TMessage>(Utf8JsonWriter w, string format, EdifactParseResult<TMessage> result)
        where TMessage : class
    {
        w.WriteString("format", format);
        w.WriteString("outcome", OutcomeName(result.Outcome));
        WriteIssues(w, result.Issues);
        WriteInterchange(w, result.Interchange);
    }

    /// <summary>Flushes the writer to its output once 64 KiB are pending, so that a large interchange is written as
    /// it goes rather than held whole in memory as JSON.</summary>
    public static void FlushIfLarge(Utf8JsonWriter w)
    {
        if (w.BytesPending > 1 << 16)
        {
            w.Flush();
        }
    }

    public static string OutcomeName(EdifactOutcome outcome) => outcome switch
    {
        EdifactOutcome.Valid => "valid",
        EdifactOutcome.Invalid => "invalid",
        _ => "unreadable",
    };

    public static void WriteIssues(Utf8JsonWriter w, IEnumerable<Diagnostic> issues)
    {
        w.WriteStartArray("issues");
        foreach (Diagnostic issue in issues)
        {
            w.WriteStartObject();
            w.WriteString("severity", issue.IsError ? "error" : "warning");
            w.WriteString("code", issue.Code);
            WriteNumber(w, "segmentIndex", issue.Position.SegmentIndex);
            w.WriteString("segmentTag", issue.Position.SegmentTag);
            WriteNumber(w, "element", issue.Position.ElementIndex);
            WriteNumber(w, "component", issue.Position.ComponentIndex);
            w.WriteString("message", issue.Message);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    public static void WriteInterchange(Utf8JsonWriter w, EdifactInterchange? interchange)
    {
        if (interchange is null)
        {
            w.WriteNull("interchange");
            return;
        }

        w.WriteStartObject("interchange");
        w.WriteString("syntaxIdentifier", interchange.SyntaxIdentifier);
        w.WriteString("syntaxVersion", interchange.SyntaxVersion);
        w.WriteString("sender", interchange.Sender);
        w.WriteString("senderQualifier", interchange.SenderQualifier);
        w.WriteString("recipient", interchange.Recipient);
        w.WriteString("recipientQualifier", interchange.RecipientQualifier);
        w.WriteString("controlReference", interchange.ControlReference);
        WriteDate(w, "preparedAt", interchange.PreparedAt);
        w.WriteString("applicationReference", interchange.ApplicationReference);
        w.WriteBoolean("test", interchange.IsTest);
        w.WriteString("serviceCharacters", interchange.ServiceCharacters.ToString());
        w.WriteEndObject();
    }

    /// <summary>Writes the envelope fields of a message: reference, messageType, version, release,
    /// commonAccessReference, part.</summary>
    public static void WriteHeader(Utf8JsonWriter w, MessageHeader header)
    {
        w.WriteString("reference", header.Reference);
        w.WriteString("messageType", header.Type);
        w.WriteString("messageVersion", header.Version);
        w.WriteString("messageRelease", header.Release);
        w.WriteString("commonAccessReference", header.CommonAccessReference);
        if (header.Part is { } part)
        {
            w.WriteStartObject("part");
            WriteNumber(w, "sequence", part.Sequence);
            if (part.IsFinal is { } final)
            {
                w.WriteBoolean("final", final);
            }
            else
            {
                w.WriteNull("final");
            }

            w.WriteEndObject();
        }
        else
        {
            w.WriteNull("part");
        }

        w.WriteNumber("segmentIndex", header.SegmentIndex);
        w.WriteNumber("segmentCount", header.SegmentCount);
    }

    public static void WriteLeg(Utf8JsonWriter w, FlightLeg leg)
    {
        w.WriteStartObject();
        w.WriteString("carrier", leg.Carrier);
        w.WriteString("number", leg.Number);
        w.WriteString("flightIdentification", leg.FlightIdentification);
        WritePoint(w, "departure", leg.Departure);
        WritePoint(w, "arrival", leg.Arrival);
        if (leg.OperatingCarrier is not null)
        {
            w.WriteString("operatingCarrier", leg.OperatingCarrier);
        }

        if (leg.BookingClass is not null)
        {
            w.WriteString("bookingClass", leg.BookingClass);
        }

        if (leg.Status is not null)
        {
            w.WriteString("status", leg.Status);
        }

        w.WriteNumber("segmentIndex", leg.SegmentIndex);
        w.WriteEndObject();
    }

    public static void WriteDate(Utf8JsonWriter w, string property, LocalDateTime? value)
    {
        if (value is { } v)
        {
            w.WriteString(property, v.ToString());
        }
        else
        {
            w.WriteNull(property);
        }
    }

    public static void WriteDate(Utf8JsonWriter w, string property, DateOnly? value)
    {
        if (value is { } v)
        {
            w.WriteString(property, v.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        }
        else
        {
            w.WriteNull(property);
        }
    }

    public static void WriteNumber(Utf8JsonWriter w, string property, int? value)
    {
        if (value is { } v)
        {
            w.WriteNumber(property, v);
        }
        else
        {
            w.WriteNull(property);
        }
    }

    public static void WriteStrings(Utf8JsonWriter w, string property, IEnumerable<string> values)
    {
        w.WriteStartArray(property);
        foreach (string value in values)
        {
            w.WriteStringValue(value);
        }

        w.WriteEndArray();
    }

    private static void WritePoint(Utf8JsonWriter w, string property, FlightPoint point)
    {
        w.WriteStartObject(property);
        w.WriteString("airport", point.Airport);
        WriteDate(w, "time", point.Time);
        w.WriteEndObject();
    }
}
