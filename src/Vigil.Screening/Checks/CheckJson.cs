using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Vigil.Domain;
using Vigil.Formats.Travelers;
using Vigil.Matching;
using Vigil.Screening.Flights;
using Vigil.Screening.Screen;

namespace Vigil.Screening.Checks;

/// <summary>The JSON documents kept with a check: the traveler as screened and the hits with their explanations
/// and subject summaries. Field names are a contract: add, never rename.</summary>
public static class CheckJson
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>A message's traveler, as the <c>traveler</c> object of <c>vigil screen --format</c> results.</summary>
    public static string Traveler(FlightTraveler traveler) => Write(w => FlightScreener.WriteTraveler(w, traveler));

    /// <summary>A checked traveler, with the fields of a <c>vigil screen</c> traveler line.</summary>
    public static string Traveler(TravelerRecord traveler) => Write(w =>
    {
        ArgumentNullException.ThrowIfNull(traveler);
        w.WriteStartObject();
        w.WriteString("id", traveler.Id);
        WriteIfSet(w, "name", traveler.Name);
        WriteIfSet(w, "givenNames", traveler.GivenNames);
        WriteIfSet(w, "familyName", traveler.FamilyName);
        WriteIfSet(w, "dob", traveler.DateOfBirth.IsUnknown ? null : traveler.DateOfBirth.ToString());
        WriteIfSet(w, "nationality", traveler.Nationality?.Value);
        WriteIfSet(w, "gender", traveler.Gender switch
        {
            Gender.Male => "M",
            Gender.Female => "F",
            Gender.Unspecified => "X",
            _ => null,
        });
        if (traveler.DocumentNumber is { } number)
        {
            w.WriteStartObject("document");
            w.WriteString("number", number);
            WriteIfSet(w, "country", traveler.DocumentCountry?.Value);
            WriteIfSet(w, "type", traveler.DocumentType?.ToString());
            w.WriteEndObject();
        }

        w.WriteEndObject();
    });

    /// <summary>The hits: <c>[{"subjectId","list","sourceId","score","name","explanation":{…},"sentence","subject":{"list",
    /// "sourceId","name","category","custody":{"status","since","authority","place","country"}}}]</c>, the explanation
    /// structured as <see cref="ExplanationJson"/> writes it and in words as <c>vigil screen</c> writes it.</summary>
    public static string Hits(IReadOnlyList<MatchHit> hits) => Hits(hits, Relations.RelationGraph.Empty, []);

    /// <summary>The hits as <see cref="Hits(IReadOnlyList{MatchHit})"/> writes them, each with <c>relations</c>, its
    /// subject's relatives at the time of the check (<see cref="Relations.RelationJson.WriteRelative"/>), and
    /// <c>relatedHits</c>, the travelers checked with this one (same PNR or flight) whose hits are related to it
    /// (<c>{"travelerId","subjectId","list","sourceId","relation","hitSubjectId","sameBooking"}</c>).</summary>
    public static string Hits(IReadOnlyList<MatchHit> hits, Relations.RelationGraph relations, IReadOnlyList<Flights.RelatedHit> related) => Write(w =>
    {
        ArgumentNullException.ThrowIfNull(hits);
        ArgumentNullException.ThrowIfNull(relations);
        ArgumentNullException.ThrowIfNull(related);
        w.WriteStartArray();
        foreach (MatchHit hit in hits)
        {
            WriteHit(w, hit, relations, related);
        }

        w.WriteEndArray();
    });

    /// <summary>Writes one hit.</summary>
    public static void WriteHit(Utf8JsonWriter w, MatchHit hit) => WriteHit(w, hit, Relations.RelationGraph.Empty, []);

    /// <summary>Writes one hit with its subject's relatives and the related hits of travelers checked with it.</summary>
    public static void WriteHit(Utf8JsonWriter w, MatchHit hit, Relations.RelationGraph relations, IReadOnlyList<Flights.RelatedHit> related)
    {
        ArgumentNullException.ThrowIfNull(relations);
        ArgumentNullException.ThrowIfNull(related);
        ArgumentNullException.ThrowIfNull(w);
        ArgumentNullException.ThrowIfNull(hit);
        Subject subject = hit.Subject;
        w.WriteStartObject();
        w.WriteString("subjectId", subject.Id.Value);
        w.WriteString("list", subject.Listing.ListName);
        w.WriteString("sourceId", subject.Listing.SourceId);
        w.WriteNumber("score", hit.Score);
        w.WriteString("name", hit.MatchedName);
        w.WritePropertyName("explanation");
        ExplanationJson.Write(w, hit.Explanation);
        w.WriteString("sentence", ExplanationText.Sentence(hit.Explanation));
        w.WritePropertyName("subject");
        WriteSubjectSummary(w, subject);
        Relations.RelationJson.WriteRelations(w, relations.Of(subject.Id));
        Flights.FlightScreener.WriteRelatedHits(w, related.Where(r => r.HitSubjectId == subject.Id));
        w.WriteEndObject();
    }

    /// <summary>What an analyst needs to see of a hit's subject at a glance: list, listing category, current
    /// custody status with its date and authority.</summary>
    public static void WriteSubjectSummary(Utf8JsonWriter w, Subject subject) => WriteSubjectSummary(w, subject, null, false);

    /// <summary>Writes a subject's summary as the lists hold it now: <see cref="WriteSubjectSummary(Utf8JsonWriter,
    /// Subject)"/> with <c>"removedAt"</c>, when the subject was removed from its list (null while it is listed).</summary>
    public static void WriteSubjectSummary(Utf8JsonWriter w, Subject subject, DateTimeOffset? removedAt) => WriteSubjectSummary(w, subject, removedAt, true);

    private static void WriteSubjectSummary(Utf8JsonWriter w, Subject subject, DateTimeOffset? removedAt, bool withRemoval)
    {
        ArgumentNullException.ThrowIfNull(w);
        ArgumentNullException.ThrowIfNull(subject);
        w.WriteStartObject();
        w.WriteString("list", subject.Listing.ListName);
        w.WriteString("sourceId", subject.Listing.SourceId);
        w.WriteString("name", subject.PrimaryName?.Full);
        w.WriteString("category", ListingCategories.ToName(subject.Listing.Category));
        w.WriteStartObject("custody");
        w.WriteString("status", CustodyStates.ToName(subject.CurrentCustody));
        CustodyStatus? current = subject.CustodyHistory.IsDefaultOrEmpty ? null : subject.CustodyHistory[^1];
        w.WriteString("since", current is null || current.Since.IsUnknown ? null : current.Since.ToString());
        w.WriteString("authority", current?.Authority);
        w.WriteString("place", current?.Place);
        w.WriteString("country", current?.Country?.Value);
        w.WriteEndObject();
        if (withRemoval)
        {
            if (removedAt is { } removed)
            {
                w.WriteString("removedAt", removed);
            }
            else
            {
                w.WriteNull("removedAt");
            }
        }

        w.WriteEndObject();
    }

    private static void WriteIfSet(Utf8JsonWriter w, string name, string? value)
    {
        if (value is not null)
        {
            w.WriteString(name, value);
        }
    }

    private static string Write(Action<Utf8JsonWriter> write)
    {
        ArrayBufferWriter<byte> buffer = new(1024);
        using (Utf8JsonWriter writer = new(buffer, Options))
        {
            write(writer);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
