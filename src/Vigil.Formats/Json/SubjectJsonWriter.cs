using System.Collections.Immutable;
using System.Text.Json;
using Vigil.Domain;

namespace Vigil.Formats.Json;

/// <summary>Writes the JSON form of a subject; shared by <see cref="SubjectJson"/> and the <c>vigil-jsonl</c> writer.</summary>
/// <remarks>
/// Properties come in a fixed order and nulls, unknown dates and empty arrays are left out, so the same subject
/// always gives the same bytes.
/// </remarks>
internal static class SubjectJsonWriter
{
    /// <summary>Writes one subject.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="subject">The subject.</param>
    /// <param name="asListLine">True for a <c>vigil-jsonl</c> line: the list's id as <c>id</c>, no Vigil id, list name,
    /// provenance or custody record-keeping fields. False for the stored form.</param>
    public static void Write(Utf8JsonWriter writer, Subject subject, bool asListLine)
    {
        Listing listing = subject.Listing;
        writer.WriteStartObject();
        if (asListLine)
        {
            writer.WriteString(JsonNames.Id, listing.SourceId);
        }
        else
        {
            writer.WriteString(JsonNames.SubjectId, subject.Id.Value);
            writer.WriteString(JsonNames.List, listing.ListName);
            writer.WriteString(JsonNames.SourceId, listing.SourceId);
        }

        writer.WriteString(JsonNames.Kind, JsonNames.Kinds.Encoded(subject.Kind));
        writer.WriteString(JsonNames.Category, JsonNames.Categories.Encoded(listing.Category));
        WriteStrings(writer, JsonNames.Programmes, listing.Programmes);
        WriteOptional(writer, JsonNames.Reason, listing.Reason);
        WriteDate(writer, JsonNames.ListedOn, listing.ListedOn);
        WriteNames(writer, subject.Names);
        WriteDatesOfBirth(writer, subject.DatesOfBirth);
        WritePlacesOfBirth(writer, subject.PlacesOfBirth);
        WriteCountries(writer, JsonNames.Nationalities, subject.Nationalities);
        if (subject.Gender != Gender.Unknown)
        {
            writer.WriteString(JsonNames.Gender, JsonNames.Genders.Encoded(subject.Gender));
        }

        WriteDocuments(writer, subject.Documents);
        WriteAddresses(writer, subject.Addresses);
        WriteStrings(writer, JsonNames.Titles, subject.Titles);
        WriteOptional(writer, JsonNames.Remarks, subject.Remarks);
        WriteCustody(writer, subject.CustodyHistory, asListLine);
        WriteRelations(writer, subject, asListLine);
        if (!asListLine && listing.Provenance is { } provenance)
        {
            writer.WritePropertyName(JsonNames.Provenance);
            writer.WriteStartObject();
            writer.WriteString(JsonNames.SourceFile, provenance.SourceFile);
            writer.WriteString(JsonNames.Sha256, provenance.Sha256);
            writer.WriteString(JsonNames.ImportedAt, provenance.ImportedAt);
            writer.WriteEndObject();
        }

        writer.WriteEndObject();
    }

    private static void WriteNames(Utf8JsonWriter writer, ImmutableArray<PersonName> names)
    {
        if (names.IsDefaultOrEmpty)
        {
            return;
        }

        writer.WriteStartArray(JsonNames.Names);
        foreach (PersonName name in names)
        {
            writer.WriteStartObject();
            writer.WriteString(JsonNames.Full, name.Full);
            WriteOptional(writer, JsonNames.Given, name.GivenNames);
            WriteOptional(writer, JsonNames.Family, name.FamilyName);
            WriteOptional(writer, JsonNames.Patronymic, name.Patronymic);
            writer.WriteString(JsonNames.Script, JsonNames.Scripts.Encoded(name.Script));
            writer.WriteString(JsonNames.Quality, JsonNames.Qualities.Encoded(name.Quality));
            WriteOptional(writer, JsonNames.Note, name.Note);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private static void WriteDatesOfBirth(Utf8JsonWriter writer, ImmutableArray<DateOfBirth> dates)
    {
        if (dates.IsDefaultOrEmpty)
        {
            return;
        }

        writer.WriteStartArray(JsonNames.DatesOfBirth);
        foreach (DateOfBirth date in dates)
        {
            writer.WriteStringValue(date.ToString());
        }

        writer.WriteEndArray();
    }

    private static void WritePlacesOfBirth(Utf8JsonWriter writer, ImmutableArray<PlaceOfBirth> places)
    {
        if (places.IsDefaultOrEmpty)
        {
            return;
        }

        writer.WriteStartArray(JsonNames.PlacesOfBirth);
        foreach (PlaceOfBirth place in places)
        {
            writer.WriteStartObject();
            writer.WriteString(JsonNames.Text, place.Text);
            WriteOptional(writer, JsonNames.City, place.City);
            WriteOptional(writer, JsonNames.Region, place.Region);
            WriteCountry(writer, JsonNames.Country, place.Country);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private static void WriteDocuments(Utf8JsonWriter writer, ImmutableArray<TravelDocument> documents)
    {
        if (documents.IsDefaultOrEmpty)
        {
            return;
        }

        writer.WriteStartArray(JsonNames.Documents);
        foreach (TravelDocument document in documents)
        {
            writer.WriteStartObject();
            writer.WriteString(JsonNames.Type, JsonNames.DocumentTypes.Encoded(document.Type));
            writer.WriteString(JsonNames.Number, document.Number);
            WriteCountry(writer, JsonNames.Country, document.IssuingCountry);
            WriteDate(writer, JsonNames.Issued, document.IssuedOn);
            WriteDate(writer, JsonNames.Expires, document.ExpiresOn);
            WriteOptional(writer, JsonNames.TypeText, document.TypeText);
            WriteOptional(writer, JsonNames.Note, document.Note);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private static void WriteAddresses(Utf8JsonWriter writer, ImmutableArray<Address> addresses)
    {
        if (addresses.IsDefaultOrEmpty)
        {
            return;
        }

        writer.WriteStartArray(JsonNames.Addresses);
        foreach (Address address in addresses)
        {
            writer.WriteStartObject();
            WriteOptional(writer, JsonNames.Street, address.Street);
            WriteOptional(writer, JsonNames.City, address.City);
            WriteOptional(writer, JsonNames.Region, address.Region);
            WriteOptional(writer, JsonNames.PostalCode, address.PostalCode);
            WriteCountry(writer, JsonNames.Country, address.Country);
            WriteOptional(writer, JsonNames.CountryText, address.CountryText);
            WriteOptional(writer, JsonNames.Note, address.Note);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private static void WriteCustody(Utf8JsonWriter writer, ImmutableArray<CustodyStatus> history, bool asListLine)
    {
        if (history.IsDefaultOrEmpty)
        {
            return;
        }

        writer.WriteStartArray(JsonNames.Custody);
        foreach (CustodyStatus entry in history)
        {
            writer.WriteStartObject();
            writer.WriteString(JsonNames.Status, CustodyStates.ToName(entry.State));
            WriteDate(writer, JsonNames.Since, entry.Since);
            WriteOptional(writer, JsonNames.Authority, entry.Authority);
            WriteOptional(writer, JsonNames.Place, entry.Place);
            WriteCountry(writer, JsonNames.Country, entry.Country);
            WriteOptional(writer, JsonNames.Source, entry.Source);
            WriteOptional(writer, JsonNames.Note, entry.Note);
            if (!asListLine)
            {
                // default(DateTimeOffset) means "not recorded": left out rather than written as year 1.
                if (entry.RecordedAt != default)
                {
                    writer.WriteString(JsonNames.RecordedAt, entry.RecordedAt);
                }

                WriteOptional(writer, JsonNames.RecordedBy, entry.RecordedBy);
                writer.WriteBoolean(JsonNames.Manual, entry.IsManual);
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private static void WriteRelations(Utf8JsonWriter writer, Subject subject, bool asListLine)
    {
        ImmutableArray<SubjectRelation> relations = subject.Relations;
        if (relations.IsDefaultOrEmpty)
        {
            return;
        }

        writer.WriteStartArray(JsonNames.Relations);
        foreach (SubjectRelation relation in relations)
        {
            writer.WriteStartObject();
            writer.WriteString(JsonNames.Type, JsonNames.RelationTypeNames.Encoded(relation.Type));

            // A list line names the relative as the file does: its id in the same list, LIST:ID in another.
            bool sameList = string.Equals(relation.RelativeList, subject.Listing.ListName, StringComparison.Ordinal);
            writer.WriteString(JsonNames.Subject, sameList ? relation.RelativeSourceId : relation.RelativeList + ":" + relation.RelativeSourceId);
            if (!asListLine)
            {
                writer.WriteString(JsonNames.SubjectId, relation.RelativeId.Value);
                writer.WriteString(JsonNames.List, relation.RelativeList);
                writer.WriteString(JsonNames.SourceId, relation.RelativeSourceId);
            }

            WriteDate(writer, JsonNames.Since, relation.Since);
            WriteOptional(writer, JsonNames.Source, relation.Source);
            WriteOptional(writer, JsonNames.Note, relation.Note);
            if (!asListLine)
            {
                if (relation.RecordedAt != default)
                {
                    writer.WriteString(JsonNames.RecordedAt, relation.RecordedAt);
                }

                WriteOptional(writer, JsonNames.RecordedBy, relation.RecordedBy);
                writer.WriteBoolean(JsonNames.Manual, relation.IsManual);
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    internal static void WriteStrings(Utf8JsonWriter writer, JsonEncodedText property, ImmutableArray<string> values)
    {
        if (values.IsDefaultOrEmpty)
        {
            return;
        }

        writer.WriteStartArray(property);
        foreach (string value in values)
        {
            writer.WriteStringValue(value);
        }

        writer.WriteEndArray();
    }

    private static void WriteCountries(Utf8JsonWriter writer, JsonEncodedText property, ImmutableArray<CountryCode> values)
    {
        if (values.IsDefaultOrEmpty)
        {
            return;
        }

        writer.WriteStartArray(property);
        foreach (CountryCode value in values)
        {
            writer.WriteStringValue(value.Value);
        }

        writer.WriteEndArray();
    }

    private static void WriteOptional(Utf8JsonWriter writer, JsonEncodedText property, string? value)
    {
        if (value is not null)
        {
            writer.WriteString(property, value);
        }
    }

    private static void WriteCountry(Utf8JsonWriter writer, JsonEncodedText property, CountryCode? value)
    {
        if (value is { } code)
        {
            writer.WriteString(property, code.Value);
        }
    }

    private static void WriteDate(Utf8JsonWriter writer, JsonEncodedText property, PartialDate value)
    {
        if (!value.IsUnknown)
        {
            writer.WriteString(property, value.ToString());
        }
    }
}
