using System.Text.Encodings.Web;
using System.Text.Json;
using Vigil.Domain;
using Vigil.Formats.Diagnostics;

namespace Vigil.Formats.Mrz;

/// <summary>Writes the result of <see cref="MrzParser"/> as the JSON document of <c>vigil parse mrz FILE --json</c>.</summary>
/// <remarks>
/// <para>
/// One object: <c>outcome</c> (<c>valid</c>, <c>invalid</c>, <c>unreadable</c>); <c>issues[]</c> with
/// <c>severity</c> (<c>error</c>, <c>warning</c>), <c>code</c>, <c>message</c>, <c>line</c>, <c>column</c> and
/// <c>field</c> when known; then the fields of the document: <c>documentFormat</c> (<c>TD1</c>, <c>TD2</c>,
/// <c>TD3</c>, <c>MRVA</c>, <c>MRVB</c>), <c>documentCode</c>, <c>issuingState</c> and <c>nationality</c> (the code on
/// the document without fillers, except Germany's one-letter <c>D</c>, given as <c>DEU</c>), <c>issuingStateIso</c>
/// and <c>nationalityIso</c> (ISO 3166-1 alpha-3: <c>GBD</c> is <c>GBR</c>), <c>familyName</c>,
/// <c>givenNames</c>, <c>documentNumber</c>, <c>dateOfBirth</c> and <c>expiry</c> (ISO 8601, reduced precision for a
/// partial date: <c>1974</c>, <c>1974-08</c>), <c>sex</c> (<c>M</c>, <c>F</c>, <c>X</c>, or null for <c>&lt;</c>),
/// <c>optionalData</c> (for TD1, the upper and middle line parts joined by a space when both are given),
/// <c>failedChecks[]</c> (among <c>documentNumber</c>, <c>dateOfBirth</c>, <c>expiry</c>, <c>optionalData</c>,
/// <c>composite</c>, in that order), <c>nameMayBeTruncated</c>, <c>optionalDataLine1</c> and
/// <c>optionalDataLine2</c> (TD1 only) and <c>lines[]</c> (the zone as read).
/// </para>
/// <para>Every property is always written, null when not read, so the document has the same shape for every outcome.
/// Field names are a contract: add, never rename.</para>
/// </remarks>
public static class MrzJsonWriter
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Writes the whole document as one JSON object.</summary>
    public static void Write(Utf8JsonWriter writer, MrzParseResult result)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStartObject();
        WriteProperties(writer, result);
        writer.WriteEndObject();
    }

    /// <summary>Writes the document as indented UTF-8 JSON to a stream.</summary>
    public static void Write(Stream stream, MrzParseResult result)
    {
        using Utf8JsonWriter writer = new(stream, Options);
        Write(writer, result);
    }

    /// <summary>Writes the properties of the document into an object the caller has started.</summary>
    public static void WriteProperties(Utf8JsonWriter writer, MrzParseResult result)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(result);
        writer.WriteString("outcome", result.Outcome switch
        {
            MrzOutcome.Valid => "valid",
            MrzOutcome.Invalid => "invalid",
            _ => "unreadable",
        });
        writer.WriteStartArray("issues");
        foreach (Diagnostic issue in result.Issues)
        {
            writer.WriteStartObject();
            writer.WriteString("severity", issue.IsError ? "error" : "warning");
            writer.WriteString("code", issue.Code);
            writer.WriteString("message", issue.Message);
            WriteNumber(writer, "line", issue.Position.Line);
            WriteNumber(writer, "column", issue.Position.Column);
            if (issue.Position.Field is { } field)
            {
                writer.WriteString("field", field);
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();

        MachineReadableZone? zone = result.Zone;
        writer.WriteString("documentFormat", zone?.Format switch
        {
            MrzFormat.Td1 => "TD1",
            MrzFormat.Td2 => "TD2",
            MrzFormat.Td3 => "TD3",
            MrzFormat.MrvA => "MRVA",
            MrzFormat.MrvB => "MRVB",
            _ => null,
        });
        writer.WriteString("documentCode", zone?.DocumentCode);
        writer.WriteString("issuingState", ThreeLetters(zone?.IssuingState));
        writer.WriteString("issuingStateIso", zone?.IssuingStateIso?.Value);
        writer.WriteString("nationality", ThreeLetters(zone?.Nationality));
        writer.WriteString("nationalityIso", zone?.NationalityIso?.Value);
        writer.WriteString("familyName", zone?.FamilyName);
        writer.WriteString("givenNames", zone?.GivenNames);
        writer.WriteString("documentNumber", zone?.DocumentNumber);
        WriteDate(writer, "dateOfBirth", zone?.DateOfBirth);
        writer.WriteString("sex", zone?.Sex switch
        {
            Gender.Male => "M",
            Gender.Female => "F",
            Gender.Unspecified => "X",
            _ => null,
        });
        WriteDate(writer, "expiry", zone?.Expiry);
        writer.WriteString("optionalData", zone is null ? null : JoinOptional(zone));
        writer.WriteStartArray("failedChecks");
        if (zone is not null)
        {
            foreach (MrzCheck check in zone.FailedChecks)
            {
                writer.WriteStringValue(check switch
                {
                    MrzCheck.DocumentNumber => "documentNumber",
                    MrzCheck.DateOfBirth => "dateOfBirth",
                    MrzCheck.Expiry => "expiry",
                    MrzCheck.OptionalData => "optionalData",
                    _ => "composite",
                });
            }
        }

        writer.WriteEndArray();
        writer.WriteBoolean("nameMayBeTruncated", zone?.NameMayBeTruncated ?? false);
        if (zone?.Format == MrzFormat.Td1)
        {
            writer.WriteString("optionalDataLine1", zone.OptionalData);
            writer.WriteString("optionalDataLine2", zone.OptionalData2);
        }

        writer.WriteStartArray("lines");
        if (zone is not null)
        {
            foreach (string line in zone.Lines)
            {
                writer.WriteStringValue(line);
            }
        }

        writer.WriteEndArray();
    }

    private static string? JoinOptional(MachineReadableZone zone) =>
        string.IsNullOrEmpty(zone.OptionalData2) ? zone.OptionalData
        : string.IsNullOrEmpty(zone.OptionalData) ? zone.OptionalData2
        : zone.OptionalData + " " + zone.OptionalData2;

    private static void WriteDate(Utf8JsonWriter writer, string name, PartialDate? date)
    {
        if (date is { IsUnknown: false } known)
        {
            writer.WriteString(name, known.ToString());
        }
        else
        {
            writer.WriteNull(name);
        }
    }

    private static void WriteNumber(Utf8JsonWriter writer, string name, int? value)
    {
        if (value is { } number)
        {
            writer.WriteNumber(name, number);
        }
        else
        {
            writer.WriteNull(name);
        }
    }

    /// <summary>A state code as three letters: Germany's <c>D</c> (the one ICAO code shorter than three) is <c>DEU</c>;
    /// every other code as on the document.</summary>
    private static string? ThreeLetters(string? code) => code == "D" ? "DEU" : code;
}
