namespace Vigil.Domain;

/// <summary>An identity or travel document of a subject or traveler.</summary>
/// <param name="Type">The kind of document.</param>
/// <param name="Number">The number exactly as the source gives it.</param>
/// <param name="IssuingCountry">The issuing state, when known.</param>
public sealed record TravelDocument(DocumentType Type, string Number, CountryCode? IssuingCountry)
{
    /// <summary>Date of issue, when known.</summary>
    public PartialDate IssuedOn { get; init; }

    /// <summary>Date of expiry, when known.</summary>
    public PartialDate ExpiresOn { get; init; }

    /// <summary>The document kind as the source wrote it ("Passport", "National Identification Number").</summary>
    public string? TypeText { get; init; }

    /// <summary>Free text the source attaches (issuing city, "issued in the name of ...").</summary>
    public string? Note { get; init; }
}
