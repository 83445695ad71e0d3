using System.Globalization;
using System.Text.Json;
using Vigil.Screening.Decisions;
using Vigil.Screening.Lists;

namespace Vigil.Screening.Checks;

/// <summary>The JSON form of review items and checks for analysts. Field names are a contract: add, never rename.</summary>
public static class ReviewJson
{
    /// <summary>Writes a review item: <c>{"id","state","createdAt","custodyAnomaly","check":{…}}</c>, the check as
    /// <see cref="WriteCheck"/> writes it.</summary>
    /// <param name="w">The writer.</param>
    /// <param name="item">The review item.</param>
    /// <param name="current">The current record of the subjects its hits name (<see cref="ReviewPage.Subjects"/>), or
    /// null to write each hit's subject as it was when the traveler was checked.</param>
    public static void WriteItem(Utf8JsonWriter w, ReviewItem item, IReadOnlyDictionary<string, SubjectRecord>? current = null) =>
        WriteItem(w, item, current, null);

    /// <summary>Writes a review item as <see cref="WriteItem(Utf8JsonWriter, ReviewItem, IReadOnlyDictionary{string, SubjectRecord}?)"/>
    /// does; with <paramref name="relatives"/>, each hit's <c>relations</c> are its subject's relatives as the lists
    /// hold them now (list, category, current custody), and <c>relationsAtCheck</c> those recorded with the check.</summary>
    public static void WriteItem(
        Utf8JsonWriter w, ReviewItem item, IReadOnlyDictionary<string, SubjectRecord>? current, IReadOnlyDictionary<string, IReadOnlyList<Relations.Relative>>? relatives)
    {
        ArgumentNullException.ThrowIfNull(w);
        ArgumentNullException.ThrowIfNull(item);
        w.WriteStartObject();
        WriteItemFields(w, item, current, relatives);
        w.WriteEndObject();
    }

    /// <summary>The fields of a review item, inside an object the caller opened.</summary>
    private static void WriteItemFields(
        Utf8JsonWriter w, ReviewItem item, IReadOnlyDictionary<string, SubjectRecord>? current, IReadOnlyDictionary<string, IReadOnlyList<Relations.Relative>>? relatives)
    {
        w.WriteNumber("id", item.Id);
        w.WriteString("state", StateName(item.State));
        w.WriteString("createdAt", item.CreatedAt);
        w.WriteBoolean("custodyAnomaly", item.Check.IsCustodyAnomaly);
        w.WritePropertyName("check");
        WriteCheck(w, item.Check, current, relatives);
    }

    /// <summary>Writes a check with everything an analyst needs: <c>{"checkId","channel","travelerId","decision",
    /// "rule","policyDecision","custodyAnomaly","bestScore","checkedAt","decidedAt","messageId","actor","flight":{…},
    /// "traveler":{…},"hits":[…]}</c>. With <paramref name="current"/>, each hit's <c>subject</c> is the subject as the
    /// lists hold it now (with <c>removedAt</c>, null while it is listed) and <c>subjectAtCheck</c> what it was when
    /// the traveler was checked; a hit whose subject is no longer in the store keeps the latter as <c>subject</c>.</summary>
    /// <param name="w">The writer.</param>
    /// <param name="check">The check.</param>
    /// <param name="current">The current record of subjects by id, or null to write the hits as stored.</param>
    public static void WriteCheck(Utf8JsonWriter w, CheckRecord check, IReadOnlyDictionary<string, SubjectRecord>? current = null) =>
        WriteCheck(w, check, current, null);

    /// <summary>Writes a check as <see cref="WriteCheck(Utf8JsonWriter, CheckRecord, IReadOnlyDictionary{string, SubjectRecord}?)"/>
    /// does, each hit with its subject's current relatives when <paramref name="relatives"/> has them.</summary>
    public static void WriteCheck(
        Utf8JsonWriter w, CheckRecord check, IReadOnlyDictionary<string, SubjectRecord>? current, IReadOnlyDictionary<string, IReadOnlyList<Relations.Relative>>? relatives)
    {
        ArgumentNullException.ThrowIfNull(w);
        ArgumentNullException.ThrowIfNull(check);
        w.WriteStartObject();
        w.WriteString("checkId", check.CheckId);
        w.WriteString("channel", check.Channel == CheckChannel.Check ? "check" : "manifest");
        w.WriteString("travelerId", check.TravelerId);
        w.WriteString("decision", DecisionNames.ToName(check.Decision));
        w.WriteString("rule", DecisionNames.ToName(check.Rule));
        w.WriteString("policyDecision", DecisionNames.ToName(check.PolicyDecision));
        w.WriteBoolean("custodyAnomaly", check.IsCustodyAnomaly);
        if (check.BestScore is { } score)
        {
            w.WriteNumber("bestScore", score);
        }
        else
        {
            w.WriteNull("bestScore");
        }

        w.WriteString("checkedAt", check.CheckedAt);
        w.WriteString("decidedAt", check.DecidedAt);
        if (check.MessageId is { } message)
        {
            w.WriteNumber("messageId", message);
        }
        else
        {
            w.WriteNull("messageId");
        }

        w.WriteString("actor", check.Actor);
        WriteFlight(w, check.Flight);
        w.WritePropertyName("traveler");
        using (JsonDocument traveler = JsonDocument.Parse(check.TravelerJson))
        {
            traveler.RootElement.WriteTo(w);
        }

        w.WritePropertyName("hits");
        using (JsonDocument hits = JsonDocument.Parse(check.HitsJson))
        {
            if (current is null || hits.RootElement.ValueKind != JsonValueKind.Array)
            {
                hits.RootElement.WriteTo(w);
            }
            else
            {
                w.WriteStartArray();
                foreach (JsonElement hit in hits.RootElement.EnumerateArray())
                {
                    WriteHit(w, hit, current, relatives);
                }

                w.WriteEndArray();
            }
        }

        w.WriteEndObject();
    }

    private static void WriteHit(
        Utf8JsonWriter w, JsonElement hit, IReadOnlyDictionary<string, SubjectRecord> current, IReadOnlyDictionary<string, IReadOnlyList<Relations.Relative>>? relatives)
    {
        SubjectRecord? record = hit.ValueKind == JsonValueKind.Object
            && hit.TryGetProperty("subjectId", out JsonElement id) && id.ValueKind == JsonValueKind.String
            && current.TryGetValue(id.GetString()!, out SubjectRecord? found) ? found : null;
        if (record is null)
        {
            hit.WriteTo(w);
            return;
        }

        IReadOnlyList<Relations.Relative>? now = relatives?.GetValueOrDefault(record.Subject.Id.Value);
        bool relationsWritten = false;
        w.WriteStartObject();
        foreach (JsonProperty property in hit.EnumerateObject())
        {
            if (property.NameEquals("subject"))
            {
                w.WritePropertyName("subject");
                CheckJson.WriteSubjectSummary(w, record.Subject, record.RemovedAt);
                w.WritePropertyName("subjectAtCheck");
                property.Value.WriteTo(w);
            }
            else if (property.NameEquals("relations") && now is not null)
            {
                Relations.RelationJson.WriteRelations(w, now);
                w.WritePropertyName("relationsAtCheck");
                property.Value.WriteTo(w);
                relationsWritten = true;
            }
            else
            {
                property.WriteTo(w);
            }
        }

        if (now is not null && !relationsWritten)
        {
            // A check recorded before relations were kept: its hits carry none.
            Relations.RelationJson.WriteRelations(w, now);
        }

        w.WriteEndObject();
    }

    /// <summary>Writes <c>"flight":{"carrier","number","departureAirport","departureTime","arrivalAirport"}</c> or null.</summary>
    public static void WriteFlight(Utf8JsonWriter w, CheckFlight? flight)
    {
        ArgumentNullException.ThrowIfNull(w);
        if (flight is null)
        {
            w.WriteNull("flight");
            return;
        }

        w.WriteStartObject("flight");
        w.WriteString("carrier", flight.Carrier);
        w.WriteString("number", flight.Number);
        w.WriteString("departureAirport", flight.DepartureAirport);
        w.WriteString("departureTime", flight.DepartureTime?.ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture));
        w.WriteString("arrivalAirport", flight.ArrivalAirport);
        w.WriteEndObject();
    }

    /// <summary>Writes a review item as <see cref="WriteItem(Utf8JsonWriter, ReviewItem, IReadOnlyDictionary{string, SubjectRecord}?)"/>
    /// does, followed by <c>"version"</c> and its <c>"decisions"</c> (oldest first, each as <see cref="WriteDecision"/>
    /// writes it).</summary>
    public static void WriteItemWithDecisions(Utf8JsonWriter w, ReviewItem item, IReadOnlyList<ReviewDecisionRecord> decisions)
    {
        ArgumentNullException.ThrowIfNull(w);
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(decisions);
        w.WriteStartObject();
        WriteItemFields(w, item, null, null);
        w.WriteNumber("version", item.Version);
        w.WriteStartArray("decisions");
        foreach (ReviewDecisionRecord decision in decisions)
        {
            WriteDecision(w, decision);
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    /// <summary>Writes one decision of an item's history: <c>{"reviewId","version","decidedAt","actor","actorName",
    /// "role","outcome","note","state","decision"}</c>, where <c>state</c> is the item's state after it and
    /// <c>decision</c> the carrier's answer after it.</summary>
    public static void WriteDecision(Utf8JsonWriter w, ReviewDecisionRecord decision)
    {
        ArgumentNullException.ThrowIfNull(w);
        ArgumentNullException.ThrowIfNull(decision);
        w.WriteStartObject();
        w.WriteNumber("reviewId", decision.ReviewId);
        w.WriteNumber("version", decision.Version);
        w.WriteString("decidedAt", decision.DecidedAt);
        w.WriteString("actor", decision.Actor.Id);
        w.WriteString("actorName", decision.Actor.Name);
        w.WriteString("role", Access.AccessKeys.Name(decision.Actor.Role));
        w.WriteString("outcome", ReviewDecisions.OutcomeName(decision.Outcome));
        w.WriteString("note", decision.Note);
        w.WriteString("state", StateName(decision.State));
        w.WriteString("decision", DecisionNames.ToName(decision.CarrierDecision));
        w.WriteEndObject();
    }

    /// <summary>The wire name of a review state.</summary>
    public static string StateName(ReviewState state) => state switch
    {
        ReviewState.Open => "open",
        ReviewState.AwaitingSecond => "awaiting-second",
        ReviewState.Escalated => "escalated",
        ReviewState.Closed => "closed",
        ReviewState.Withdrawn => "withdrawn",
        _ => throw new ArgumentOutOfRangeException(nameof(state), state, "Not a review state."),
    };

    /// <summary>Reads a review state's wire name.</summary>
    public static bool TryParseState(string? text, out ReviewState state)
    {
        foreach (ReviewState candidate in Enum.GetValues<ReviewState>())
        {
            if (string.Equals(StateName(candidate), text, StringComparison.Ordinal))
            {
                state = candidate;
                return true;
            }
        }

        state = default;
        return false;
    }
}
