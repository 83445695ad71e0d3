using System.Collections.Immutable;
using System.Globalization;
using Vigil.Domain;
using Vigil.Formats.Edifact;
using Vigil.Formats.Mrz;
using Vigil.Formats.Paxlst;
using Vigil.Formats.Pnrgov;

namespace Vigil.Screening.Flights;

/// <summary>Takes the travelers out of a parsed message, with every name and document the message gives for each and
/// the flight they are on.</summary>
/// <remarks>What could be read is taken, also from a message with errors: an invalid message's travelers are screened
/// at once. Country codes are normalised to ISO 3166-1 alpha-3 (ICAO's <c>D</c>, alpha-2 <c>DE</c>: <c>DEU</c>).</remarks>
public static class MessageTravelers
{
    /// <summary>The travelers of every PAXLST message of an interchange, in file order.</summary>
    public static IReadOnlyList<FlightTraveler> From(EdifactParseResult<PaxlstMessage> result)
    {
        ArgumentNullException.ThrowIfNull(result);
        List<FlightTraveler> travelers = [];
        foreach (PaxlstMessage message in result.Messages)
        {
            // One context per leg, shared by the travelers who board it.
            FlightContext?[] legs = new FlightContext?[message.Flights.Count];
            int ordinal = 0;
            foreach (PaxlstTraveler traveler in message.Travelers)
            {
                ordinal++;
                TravelerName name = new(traveler.GivenNames, traveler.FamilyName);

                // A traveler has one name here: it is kept when it has any text (as Distinct would keep it).
                ImmutableArray<TravelerName> names = string.IsNullOrWhiteSpace(name.GivenNames) && string.IsNullOrWhiteSpace(name.FamilyName) ? [] : [name];
                ImmutableArray<TravelerDocument>.Builder documents = ImmutableArray.CreateBuilder<TravelerDocument>(traveler.Documents.Count);
                foreach (PaxlstDocument document in traveler.Documents)
                {
                    if (!string.IsNullOrWhiteSpace(document.Number))
                    {
                        documents.Add(new TravelerDocument(document.Type, document.Number.Trim(), Country(document.IssuingCountry)));
                    }
                }

                travelers.Add(new FlightTraveler(
                    $"{message.Header.Reference ?? "message"}/{ordinal.ToString(CultureInfo.InvariantCulture)}",
                    traveler.Type == PaxlstTravelerType.Crew ? "crew" : "passenger")
                {
                    Names = names,
                    DateOfBirth = traveler.DateOfBirth is { } dob ? PartialDate.Of(dob) : PartialDate.Unknown,
                    Nationality = Country(traveler.Nationality),
                    Gender = GenderOf(traveler.Gender),
                    Documents = documents.DrainToImmutable(),
                    Flight = LegOf(message.Flights, traveler.Embarkation, legs),
                    MessageReference = message.Header.Reference,
                    SegmentIndex = traveler.SegmentIndex,
                });
            }
        }

        return travelers;
    }

    /// <summary>The passengers of every PNR of every PNRGOV message, in file order: each with the name of his TIF and
    /// the names, birth date, nationality, gender and documents of his SSR DOCS and DOCO.</summary>
    public static IReadOnlyList<FlightTraveler> From(EdifactParseResult<PnrgovMessage> result)
    {
        ArgumentNullException.ThrowIfNull(result);
        List<FlightTraveler> travelers = [];
        foreach (PnrgovMessage message in result.Messages)
        {
            FlightContext? flight = message.Flight is { } leg ? FlightContext.Of(leg, 1, 1) : null;
            foreach (PassengerNameRecord pnr in message.Pnrs)
            {
                int ordinal = 0;
                foreach (PnrPassenger passenger in pnr.Passengers)
                {
                    ordinal++;
                    List<TravelerName> names = [new TravelerName(passenger.GivenNames, passenger.FamilyName)];
                    PartialDate dob = PartialDate.Unknown;
                    CountryCode? nationality = null;
                    Gender gender = Gender.Unknown;
                    List<TravelerDocument> documents = [];
                    foreach (PnrDocument document in passenger.Documents)
                    {
                        if (document.FamilyName is not null || document.GivenNames is not null)
                        {
                            names.Add(new TravelerName(document.GivenNames, document.FamilyName));
                        }

                        if (dob.IsUnknown && document.DateOfBirth is { } born)
                        {
                            dob = PartialDate.Of(born);
                        }

                        nationality ??= Country(document.Nationality);
                        if (gender == Gender.Unknown)
                        {
                            gender = GenderOf(document.Gender);
                        }

                        if (!string.IsNullOrWhiteSpace(document.Number))
                        {
                            documents.Add(new TravelerDocument(document.Type, document.Number.Trim(), Country(document.IssuingCountry ?? document.ApplicableCountry)));
                        }
                    }

                    string person = passenger.Reference is { Length: > 0 } reference ? reference : ordinal.ToString(CultureInfo.InvariantCulture);
                    travelers.Add(new FlightTraveler($"{pnr.RecordLocator ?? message.Header.Reference ?? "pnr"}/{person}", "passenger")
                    {
                        Names = Distinct(names),
                        DateOfBirth = dob,
                        Nationality = nationality,
                        Gender = gender,
                        Documents = [.. documents],
                        Flight = flight,
                        MessageReference = message.Header.Reference,
                        RecordLocator = pnr.RecordLocator,
                        SegmentIndex = passenger.SegmentIndex,
                    });
                }
            }
        }

        return travelers;
    }

    /// <summary>The holder of a document read from its zone, or none when the zone could not be read.</summary>
    public static IReadOnlyList<FlightTraveler> From(MrzParseResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (result.Zone is not { } zone || (zone.FamilyName is null && zone.GivenNames is null && zone.DocumentNumber is null))
        {
            return [];
        }

        ImmutableArray<TravelerDocument> documents = string.IsNullOrWhiteSpace(zone.DocumentNumber)
            ? []
            : [new TravelerDocument(zone.DocumentCode, zone.DocumentNumber, zone.IssuingStateIso)];
        return
        [
            new FlightTraveler(zone.DocumentNumber is { Length: > 0 } number ? number : "document", "holder")
            {
                Names = Distinct([new TravelerName(zone.GivenNames, zone.FamilyName)]),
                DateOfBirth = zone.DateOfBirth,
                Nationality = zone.NationalityIso,
                Gender = zone.Sex,
                Documents = documents,
            },
        ];
    }

    /// <summary>The leg a traveler boards: the first leg departing from his port of embarkation, else the first leg.</summary>
    /// <param name="legs">The legs of the message.</param>
    /// <param name="embarkation">The traveler's port of embarkation, or null.</param>
    /// <param name="contexts">The contexts made so far, one slot per leg.</param>
    private static FlightContext? LegOf(IReadOnlyList<FlightLeg> legs, string? embarkation, FlightContext?[] contexts)
    {
        if (legs.Count == 0)
        {
            return null;
        }

        int leg = 0;
        for (int i = 0; i < legs.Count && embarkation is not null; i++)
        {
            if (string.Equals(legs[i].Departure.Airport, embarkation, StringComparison.OrdinalIgnoreCase))
            {
                leg = i;
                break;
            }
        }

        return contexts[leg] ??= FlightContext.Of(legs[leg], leg + 1, legs.Count);
    }

    private static ImmutableArray<TravelerName> Distinct(IEnumerable<TravelerName> names)
    {
        ImmutableArray<TravelerName>.Builder distinct = ImmutableArray.CreateBuilder<TravelerName>();
        HashSet<string> seen = new(StringComparer.OrdinalIgnoreCase);
        foreach (TravelerName name in names)
        {
            string text = string.Join(' ', name.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
            if (text.Length > 0 && seen.Add(text))
            {
                distinct.Add(name);
            }
        }

        return distinct.ToImmutable();
    }

    private static CountryCode? Country(string? code)
    {
        if (string.IsNullOrWhiteSpace(code))
        {
            return null;
        }

        string upper = code.Trim().ToUpperInvariant();
        IcaoCodes.TryNormalize(upper, out CountryCode? normalized);
        return normalized;
    }

    private static Gender GenderOf(string? code) => code?.Trim().ToUpperInvariant() switch
    {
        "M" or "MI" => Gender.Male,
        "F" or "FI" => Gender.Female,
        "X" => Gender.Unspecified,
        _ => Gender.Unknown,
    };
}
