using System.Text.Json;
using Vigil.Domain;

namespace Vigil.Formats.Json;

/// <summary>The property names and enum texts of Vigil's JSON form of a subject (see <see cref="SubjectJson"/>).</summary>
internal static class JsonNames
{
    public static readonly JsonEncodedText Id = JsonEncodedText.Encode("id");
    public static readonly JsonEncodedText SubjectId = JsonEncodedText.Encode("subjectId");
    public static readonly JsonEncodedText List = JsonEncodedText.Encode("list");
    public static readonly JsonEncodedText SourceId = JsonEncodedText.Encode("sourceId");
    public static readonly JsonEncodedText Kind = JsonEncodedText.Encode("kind");
    public static readonly JsonEncodedText Category = JsonEncodedText.Encode("category");
    public static readonly JsonEncodedText Programmes = JsonEncodedText.Encode("programmes");
    public static readonly JsonEncodedText Reason = JsonEncodedText.Encode("reason");
    public static readonly JsonEncodedText ListedOn = JsonEncodedText.Encode("listedOn");
    public static readonly JsonEncodedText Names = JsonEncodedText.Encode("names");
    public static readonly JsonEncodedText Full = JsonEncodedText.Encode("full");
    public static readonly JsonEncodedText Given = JsonEncodedText.Encode("given");
    public static readonly JsonEncodedText Family = JsonEncodedText.Encode("family");
    public static readonly JsonEncodedText Patronymic = JsonEncodedText.Encode("patronymic");
    public static readonly JsonEncodedText Script = JsonEncodedText.Encode("script");
    public static readonly JsonEncodedText Quality = JsonEncodedText.Encode("quality");
    public static readonly JsonEncodedText Note = JsonEncodedText.Encode("note");
    public static readonly JsonEncodedText DatesOfBirth = JsonEncodedText.Encode("datesOfBirth");
    public static readonly JsonEncodedText PlacesOfBirth = JsonEncodedText.Encode("placesOfBirth");
    public static readonly JsonEncodedText Text = JsonEncodedText.Encode("text");
    public static readonly JsonEncodedText City = JsonEncodedText.Encode("city");
    public static readonly JsonEncodedText Region = JsonEncodedText.Encode("region");
    public static readonly JsonEncodedText Country = JsonEncodedText.Encode("country");
    public static readonly JsonEncodedText Nationalities = JsonEncodedText.Encode("nationalities");
    public static readonly JsonEncodedText Gender = JsonEncodedText.Encode("gender");
    public static readonly JsonEncodedText Documents = JsonEncodedText.Encode("documents");
    public static readonly JsonEncodedText Type = JsonEncodedText.Encode("type");
    public static readonly JsonEncodedText Number = JsonEncodedText.Encode("number");
    public static readonly JsonEncodedText Issued = JsonEncodedText.Encode("issued");
    public static readonly JsonEncodedText Expires = JsonEncodedText.Encode("expires");
    public static readonly JsonEncodedText TypeText = JsonEncodedText.Encode("typeText");
    public static readonly JsonEncodedText Addresses = JsonEncodedText.Encode("addresses");
    public static readonly JsonEncodedText Street = JsonEncodedText.Encode("street");
    public static readonly JsonEncodedText PostalCode = JsonEncodedText.Encode("postalCode");
    public static readonly JsonEncodedText CountryText = JsonEncodedText.Encode("countryText");
    public static readonly JsonEncodedText Titles = JsonEncodedText.Encode("titles");
    public static readonly JsonEncodedText Remarks = JsonEncodedText.Encode("remarks");
    public static readonly JsonEncodedText Custody = JsonEncodedText.Encode("custody");
    public static readonly JsonEncodedText Status = JsonEncodedText.Encode("status");
    public static readonly JsonEncodedText Since = JsonEncodedText.Encode("since");
    public static readonly JsonEncodedText Authority = JsonEncodedText.Encode("authority");
    public static readonly JsonEncodedText Place = JsonEncodedText.Encode("place");
    public static readonly JsonEncodedText Source = JsonEncodedText.Encode("source");
    public static readonly JsonEncodedText RecordedAt = JsonEncodedText.Encode("recordedAt");
    public static readonly JsonEncodedText RecordedBy = JsonEncodedText.Encode("recordedBy");
    public static readonly JsonEncodedText Manual = JsonEncodedText.Encode("manual");
    public static readonly JsonEncodedText Provenance = JsonEncodedText.Encode("provenance");
    public static readonly JsonEncodedText SourceFile = JsonEncodedText.Encode("sourceFile");
    public static readonly JsonEncodedText Sha256 = JsonEncodedText.Encode("sha256");
    public static readonly JsonEncodedText ImportedAt = JsonEncodedText.Encode("importedAt");
    public static readonly JsonEncodedText At = JsonEncodedText.Encode("at");
    public static readonly JsonEncodedText Actor = JsonEncodedText.Encode("actor");
    public static readonly JsonEncodedText Action = JsonEncodedText.Encode("action");
    public static readonly JsonEncodedText ImportId = JsonEncodedText.Encode("importId");
    public static readonly JsonEncodedText Fields = JsonEncodedText.Encode("fields");
    public static readonly JsonEncodedText Before = JsonEncodedText.Encode("before");
    public static readonly JsonEncodedText After = JsonEncodedText.Encode("after");
    public static readonly JsonEncodedText Relations = JsonEncodedText.Encode("relations");
    public static readonly JsonEncodedText Subject = JsonEncodedText.Encode("subject");

    public static readonly EnumTextTable<SubjectKind> Kinds = new(
        (SubjectKind.Person, "person"),
        (SubjectKind.Organization, "organization"),
        (SubjectKind.Vessel, "vessel"),
        (SubjectKind.Aircraft, "aircraft"));

    public static readonly EnumTextTable<ListingCategory> Categories = new(
        (ListingCategory.NoBoard, "no-board"),
        (ListingCategory.SecondaryScreening, "secondary-screening"),
        (ListingCategory.Monitor, "monitor"));

    public static readonly EnumTextTable<NameQuality> Qualities = new(
        (NameQuality.Primary, "primary"),
        (NameQuality.StrongAlias, "strong-alias"),
        (NameQuality.WeakAlias, "weak-alias"),
        (NameQuality.OriginalScript, "original-script"));

    public static readonly EnumTextTable<NameScript> Scripts = new(
        (NameScript.Latin, "latin"),
        (NameScript.Arabic, "arabic"),
        (NameScript.Cyrillic, "cyrillic"),
        (NameScript.Greek, "greek"),
        (NameScript.Hebrew, "hebrew"),
        (NameScript.Han, "han"),
        (NameScript.Hangul, "hangul"),
        (NameScript.Kana, "kana"),
        (NameScript.Brahmic, "brahmic"),
        (NameScript.Other, "other"),
        (NameScript.Unknown, "unknown"));

    /// <summary>Gender texts; <see cref="Domain.Gender.Unknown"/> has none: it is written by leaving the property out.</summary>
    public static readonly EnumTextTable<Gender> Genders = new(
        (Domain.Gender.Male, "male"),
        (Domain.Gender.Female, "female"),
        (Domain.Gender.Unspecified, "unspecified"));

    public static readonly EnumTextTable<DocumentType> DocumentTypes = new(
        (DocumentType.Passport, "passport"),
        (DocumentType.NationalId, "national-id"),
        (DocumentType.Visa, "visa"),
        (DocumentType.ResidencePermit, "residence-permit"),
        (DocumentType.DrivingLicence, "driving-licence"),
        (DocumentType.TaxNumber, "tax-number"),
        (DocumentType.CrewDocument, "crew-document"),
        (DocumentType.Other, "other"));

    public static readonly EnumTextTable<HistoryAction> HistoryActions = new(
        (HistoryAction.Added, "added"),
        (HistoryAction.Changed, "changed"),
        (HistoryAction.Removed, "removed"),
        (HistoryAction.StatusChanged, "status-changed"),
        (HistoryAction.Edited, "edited"),
        (HistoryAction.RelationsChanged, "relations-changed"));

    public static readonly EnumTextTable<RelationType> RelationTypeNames = new(
        (RelationType.Spouse, "spouse"),
        (RelationType.FormerSpouse, "former-spouse"),
        (RelationType.Child, "child"),
        (RelationType.Parent, "parent"),
        (RelationType.Sibling, "sibling"),
        (RelationType.Associate, "associate"),
        (RelationType.Other, "other"));
}
