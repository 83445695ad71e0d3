using System.Collections.Immutable;
using Vigil.Domain;
using Vigil.Matching;

namespace Vigil.Screening.Flights;

/// <summary>One person of a received message (a PAXLST traveler, a PNR passenger, the holder of a document), with every
/// name and document the message gives for them.</summary>
/// <param name="Id">An identifier unique within the message: <c>M0117/2</c> (message reference and traveler number),
/// <c>K4TR7Q/1</c> (record locator and passenger reference), or the document number of a zone.</param>
/// <param name="Type">passenger, crew, or holder (of a document read from its zone).</param>
public sealed record FlightTraveler(string Id, string Type)
{
    /// <summary>The names, each once, in the order the message gives them (a PNR passenger's TIF name, then the names of
    /// his SSR DOCS).</summary>
    public ImmutableArray<TravelerName> Names { get; init; } = [];

    /// <summary>The date of birth; <see cref="PartialDate.Unknown"/> when the message gives none.</summary>
    public PartialDate DateOfBirth { get; init; }

    /// <summary>The nationality as ISO 3166-1 alpha-3, or null.</summary>
    public CountryCode? Nationality { get; init; }

    /// <summary>The gender.</summary>
    public Gender Gender { get; init; }

    /// <summary>Every travel document of the traveler.</summary>
    public ImmutableArray<TravelerDocument> Documents { get; init; } = [];

    /// <summary>The flight, or null (a zone read from a document carries none).</summary>
    public FlightContext? Flight { get; init; }

    /// <summary>The reference of the message (UNH) the traveler is in, or null.</summary>
    public string? MessageReference { get; init; }

    /// <summary>The record locator of the PNR, or null.</summary>
    public string? RecordLocator { get; init; }

    /// <summary>The segment where the traveler starts (NAD, TIF), from 1 after UNA; null for a zone.</summary>
    public int? SegmentIndex { get; init; }

    /// <summary>The queries that screen this traveler: one per name, each with the date of birth, nationality, gender
    /// and first document; then one per further document, without a name, so that a document listed under another
    /// name is found.</summary>
    public IEnumerable<MatchQuery> Queries()
    {
        DocumentQuery? first = Documents.IsEmpty ? null : Documents[0].ToQuery();
        foreach (TravelerName name in Names)
        {
            yield return new MatchQuery(null, name.GivenNames, name.FamilyName)
            {
                DateOfBirth = DateOfBirth,
                Nationality = Nationality,
                Gender = Gender,
                Document = first,
            };
        }

        // A further document is looked up by itself: the names were searched already.
        for (int d = Names.IsEmpty ? 0 : 1; d < Documents.Length; d++)
        {
            yield return new MatchQuery(null, null, null)
            {
                DateOfBirth = DateOfBirth,
                Nationality = Nationality,
                Gender = Gender,
                Document = Documents[d].ToQuery(),
            };
        }
    }
}

/// <summary>A name of a traveler as the message splits it.</summary>
/// <param name="GivenNames">The given names, or null.</param>
/// <param name="FamilyName">The family name, or null.</param>
public sealed record TravelerName(string? GivenNames, string? FamilyName)
{
    /// <summary>The name as one text: given names, then the family name.</summary>
    public override string ToString() => $"{GivenNames} {FamilyName}".Trim();
}

/// <summary>A travel document of a traveler.</summary>
/// <param name="Type">The type code as the message gives it (<c>P</c>, <c>V</c>, <c>I</c>...), or null.</param>
/// <param name="Number">The document number.</param>
/// <param name="IssuingCountry">The issuing country as ISO 3166-1 alpha-3, or null.</param>
public sealed record TravelerDocument(string? Type, string Number, CountryCode? IssuingCountry)
{
    /// <summary>The document as the matcher looks it up.</summary>
    public DocumentQuery ToQuery() => new(Number, IssuingCountry, Type?.Trim().ToUpperInvariant() switch
    {
        "P" or "PP" or "PT" or "PD" or "PS" => DocumentType.Passport,
        "V" or "VI" => DocumentType.Visa,
        "I" or "ID" or "IP" or "AC" or "C" or "A" => DocumentType.NationalId,
        null or "" => null,
        _ => DocumentType.Other,
    });
}
