using System.Text.Json;
using Vigil.Formats.Edifact;

namespace Vigil.Formats.Pnrgov;

/// <summary>Writes the result of <see cref="PnrgovParser"/> as the JSON document of <c>vigil parse pnrgov FILE --json</c>.</summary>
/// <remarks>Field names are a contract (camelCase): add, never rename. The document has <c>outcome</c>,
/// <c>issues</c>, <c>interchange</c> and <c>messages</c>, as for PAXLST; dates are ISO 8601 local, seconds only when
/// sent; absent values are null.</remarks>
public static class PnrgovJsonWriter
{
    /// <summary>Writes the whole document as one JSON object.</summary>
    public static void Write(Utf8JsonWriter writer, EdifactParseResult<PnrgovMessage> result)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(result);
        writer.WriteStartObject();
        EdifactJson.WriteHead(writer, "pnrgov", result);
        writer.WriteStartArray("messages");
        foreach (PnrgovMessage message in result.Messages)
        {
            WriteMessage(writer, message);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void WriteMessage(Utf8JsonWriter w, PnrgovMessage message)
    {
        w.WriteStartObject();
        EdifactJson.WriteHeader(w, message.Header);
        w.WriteString("messageFunction", message.MessageFunction);
        w.WriteString("sender", message.Sender);
        if (message.Flight is { } flight)
        {
            w.WritePropertyName("flight");
            EdifactJson.WriteLeg(w, flight);
        }
        else
        {
            w.WriteNull("flight");
        }

        EdifactJson.WriteNumber(w, "declaredPnrCount", message.DeclaredPnrCount);
        w.WriteStartArray("pnrs");
        foreach (PassengerNameRecord pnr in message.Pnrs)
        {
            WritePnr(w, pnr);
            EdifactJson.FlushIfLarge(w);
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WritePnr(Utf8JsonWriter w, PassengerNameRecord pnr)
    {
        w.WriteStartObject();
        w.WriteString("recordLocator", pnr.RecordLocator);
        w.WriteString("recordLocatorCarrier", pnr.RecordLocatorCarrier);
        EdifactJson.WriteDate(w, "createdAt", pnr.CreatedAt);
        w.WriteStartArray("recordLocators");
        foreach (PnrRecordLocator locator in pnr.RecordLocators)
        {
            w.WriteStartObject();
            w.WriteString("carrier", locator.Carrier);
            w.WriteString("locator", locator.Locator);
            EdifactJson.WriteDate(w, "createdAt", locator.CreatedAt);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("passengers");
        foreach (PnrPassenger passenger in pnr.Passengers)
        {
            w.WriteStartObject();
            w.WriteString("familyName", passenger.FamilyName);
            w.WriteString("givenNames", passenger.GivenNames);
            w.WriteString("type", passenger.Type);
            w.WriteString("reference", passenger.Reference);
            w.WriteString("infantIndicator", passenger.InfantIndicator);
            WriteDocuments(w, "documents", passenger.Documents);
            WriteAddresses(w, passenger.Addresses);
            w.WriteNumber("segmentIndex", passenger.SegmentIndex);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("itinerary");
        foreach (FlightLeg leg in pnr.Itinerary)
        {
            EdifactJson.WriteLeg(w, leg);
        }

        w.WriteEndArray();
        EdifactJson.WriteStrings(w, "emails", pnr.Emails);
        EdifactJson.WriteStrings(w, "phones", pnr.Phones);
        w.WriteStartArray("payments");
        foreach (PnrPayment payment in pnr.Payments)
        {
            w.WriteStartObject();
            w.WriteString("type", payment.Type);
            w.WriteString("amount", payment.Amount);
            w.WriteString("cardType", payment.CardType);
            w.WriteString("cardNumber", payment.CardNumber);
            w.WriteString("cardExpiry", payment.CardExpiry);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        WriteAddresses(w, pnr.Addresses);
        WriteDocuments(w, "unassignedDocuments", pnr.UnassignedDocuments);
        w.WriteNumber("historyBlocks", pnr.HistoryBlocks);
        w.WriteNumber("segmentIndex", pnr.SegmentIndex);
        w.WriteEndObject();
    }

    private static void WriteDocuments(Utf8JsonWriter w, string property, IReadOnlyList<PnrDocument> documents)
    {
        w.WriteStartArray(property);
        foreach (PnrDocument document in documents)
        {
            w.WriteStartObject();
            w.WriteString("kind", document.Kind == PnrDocumentKind.Docs ? "DOCS" : "DOCO");
            w.WriteString("type", document.Type);
            w.WriteString("issuingCountry", document.IssuingCountry);
            w.WriteString("number", document.Number);
            w.WriteString("nationality", document.Nationality);
            EdifactJson.WriteDate(w, "dateOfBirth", document.DateOfBirth);
            w.WriteString("gender", document.Gender);
            EdifactJson.WriteDate(w, "expiry", document.Expiry);
            w.WriteString("familyName", document.FamilyName);
            w.WriteString("givenNames", document.GivenNames);
            w.WriteString("placeOfIssue", document.PlaceOfIssue);
            EdifactJson.WriteDate(w, "issued", document.Issued);
            w.WriteString("applicableCountry", document.ApplicableCountry);
            w.WriteString("birthPlace", document.BirthPlace);
            w.WriteString("text", document.Text);
            w.WriteNumber("segmentIndex", document.SegmentIndex);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private static void WriteAddresses(Utf8JsonWriter w, IReadOnlyList<PnrAddress> addresses)
    {
        w.WriteStartArray("addresses");
        foreach (PnrAddress address in addresses)
        {
            w.WriteStartObject();
            w.WriteString("purpose", address.Purpose);
            w.WriteString("street", address.Street);
            w.WriteString("city", address.City);
            w.WriteString("region", address.Region);
            w.WriteString("country", address.Country);
            w.WriteString("postalCode", address.PostalCode);
            w.WriteString("phone", address.Phone);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }
}
