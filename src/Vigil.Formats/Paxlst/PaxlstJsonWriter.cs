using System.Text.Json;
using Vigil.Formats.Edifact;

namespace Vigil.Formats.Paxlst;

/// <summary>Writes the result of <see cref="PaxlstParser"/> as the JSON document of <c>vigil parse paxlst FILE --json</c>.</summary>
/// <remarks>
/// Field names are a contract (camelCase): add, never rename. The document has <c>outcome</c>, <c>issues</c>
/// (<c>severity</c>, <c>code</c>, <c>segmentIndex</c>, <c>segmentTag</c>, <c>element</c>, <c>component</c>,
/// <c>message</c>), <c>interchange</c> and <c>messages</c>. Dates are ISO 8601 local
/// (<c>2007-02-19T15:40</c>, seconds only when sent); absent values are null.
/// </remarks>
public static class PaxlstJsonWriter
{
    /// <summary>Writes the whole document as one JSON object.</summary>
    public static void Write(Utf8JsonWriter writer, EdifactParseResult<PaxlstMessage> result)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(result);
        writer.WriteStartObject();
        EdifactJson.WriteHead(writer, "paxlst", result);
        writer.WriteStartArray("messages");
        foreach (PaxlstMessage message in result.Messages)
        {
            WriteMessage(writer, message);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void WriteMessage(Utf8JsonWriter w, PaxlstMessage message)
    {
        w.WriteStartObject();
        EdifactJson.WriteHeader(w, message.Header);
        w.WriteString("listType", message.ListType switch
        {
            PaxlstListType.Passenger => "passenger",
            PaxlstListType.Crew => "crew",
            _ => null,
        });
        w.WriteString("documentCode", message.DocumentCode);
        w.WriteString("documentSubtype", message.DocumentSubtype);
        w.WriteString("transactionReference", message.TransactionReference);
        if (message.ReportingParty is { } party)
        {
            w.WriteStartObject("reportingParty");
            w.WriteString("name", party.Name);
            w.WriteString("phone", party.Phone);
            w.WriteString("fax", party.Fax);
            w.WriteString("email", party.Email);
            w.WriteEndObject();
        }
        else
        {
            w.WriteNull("reportingParty");
        }

        w.WriteStartArray("flights");
        foreach (FlightLeg leg in message.Flights)
        {
            EdifactJson.WriteLeg(w, leg);
        }

        w.WriteEndArray();
        w.WriteStartArray("travelers");
        foreach (PaxlstTraveler traveler in message.Travelers)
        {
            WriteTraveler(w, traveler);
            EdifactJson.FlushIfLarge(w);
        }

        w.WriteEndArray();
        w.WriteStartObject("counts");
        EdifactJson.WriteNumber(w, "passengers", message.Counts.Passengers);
        EdifactJson.WriteNumber(w, "crew", message.Counts.Crew);
        w.WriteEndObject();
        w.WriteEndObject();
    }

    private static void WriteTraveler(Utf8JsonWriter w, PaxlstTraveler traveler)
    {
        w.WriteStartObject();
        w.WriteString("type", traveler.Type == PaxlstTravelerType.Crew ? "crew" : "passenger");
        w.WriteString("partyQualifier", traveler.PartyQualifier);
        w.WriteString("familyName", traveler.FamilyName);
        w.WriteString("givenNames", traveler.GivenNames);
        w.WriteString("gender", traveler.Gender);
        EdifactJson.WriteDate(w, "dateOfBirth", traveler.DateOfBirth);
        w.WriteString("nationality", traveler.Nationality);
        w.WriteString("residence", traveler.Residence);
        w.WriteString("birthPlace", traveler.BirthPlace);
        w.WriteString("embarkation", traveler.Embarkation);
        w.WriteString("debarkation", traveler.Debarkation);
        w.WriteString("clearance", traveler.Clearance);
        w.WriteStartArray("documents");
        foreach (PaxlstDocument document in traveler.Documents)
        {
            w.WriteStartObject();
            w.WriteString("type", document.Type);
            w.WriteString("number", document.Number);
            w.WriteString("issuingCountry", document.IssuingCountry);
            EdifactJson.WriteDate(w, "expiry", document.Expiry);
            EdifactJson.WriteDate(w, "issued", document.Issued);
            w.WriteNumber("segmentIndex", document.SegmentIndex);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("references");
        foreach (PaxlstReference reference in traveler.References)
        {
            w.WriteStartObject();
            w.WriteString("type", reference.Type);
            w.WriteString("value", reference.Value);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        if (traveler.Address is { } address)
        {
            w.WriteStartObject("address");
            w.WriteString("street", address.Street);
            w.WriteString("city", address.City);
            w.WriteString("region", address.Region);
            w.WriteString("postalCode", address.PostalCode);
            w.WriteString("country", address.Country);
            w.WriteEndObject();
        }

        if (traveler.CrewFunction is not null)
        {
            w.WriteString("crewFunction", traveler.CrewFunction);
        }

        w.WriteNumber("segmentIndex", traveler.SegmentIndex);
        w.WriteEndObject();
    }
}
