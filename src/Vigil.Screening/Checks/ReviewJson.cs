using System.Globalization;
using System.Text.Json;
using Vigil.Screening.Decisions;

namespace Vigil.Screening.Checks;

/// <summary>The JSON form of review items and checks for analysts. Field names are a contract: add, never rename.</summary>
public static class ReviewJson
{
    /// <summary>Writes a review item: <c>{"id","state","createdAt","custodyAnomaly","check":{…}}</c>, the check as
    /// <see cref="WriteCheck"/> writes it.</summary>
    public static void WriteItem(Utf8JsonWriter w, ReviewItem item)
    {
        ArgumentNullException.ThrowIfNull(w);
        ArgumentNullException.ThrowIfNull(item);
        w.WriteStartObject();
        w.WriteNumber("id", item.Id);
        w.WriteString("state", StateName(item.State));
        w.WriteString("createdAt", item.CreatedAt);
        w.WriteBoolean("custodyAnomaly", item.Check.IsCustodyAnomaly);
        w.WritePropertyName("check");
        WriteCheck(w, item.Check);
        w.WriteEndObject();
    }

    /// <summary>Writes a check with everything an analyst needs: <c>{"checkId","channel","travelerId","decision",
    /// "rule","policyDecision","custodyAnomaly","bestScore","checkedAt","decidedAt","messageId","actor","flight":{…},
    /// "traveler":{…},"hits":[…]}</c>.</summary>
    public static void WriteCheck(Utf8JsonWriter w, CheckRecord check)
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
            hits.RootElement.WriteTo(w);
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
