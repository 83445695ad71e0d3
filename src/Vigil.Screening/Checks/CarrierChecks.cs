using System.Collections.Immutable;
using Vigil.Formats.Travelers;
using Vigil.Matching;
using Vigil.Screening.Access;
using Vigil.Screening.Audit;
using Vigil.Screening.Decisions;
using Vigil.Screening.Flights;
using Vigil.Screening.Screen;

namespace Vigil.Screening.Checks;

/// <summary>Answers carriers: screens a traveler before boarding, decides, keeps the check, and tells the current
/// decision of a check or of a flight's travelers. A carrier sees only decisions, never a list, a score or a reason,
/// and only for its own flights.</summary>
public sealed class CarrierChecks(ICheckStore checks, LiveScreening screening, TimeProvider time)
{
    /// <summary>Screens one traveler and keeps the check with its decision and audit entry.</summary>
    /// <exception cref="UnauthorizedAccessException">The caller may not check this carrier's flights.</exception>
    public async Task<CheckAnswer> CheckAsync(CheckRequest request, Caller caller, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(caller);
        Authorize(caller, request.Flight.Carrier);
        ScreeningSetup setup = await screening.GetAsync(cancellationToken).ConfigureAwait(false);
        NewCheck check = Screen(setup, request.Traveler, request.Flight, caller.Actor);
        await checks.RecordAsync([check], new AuditEntry(caller.Actor, "check.create", check.CheckId), cancellationToken).ConfigureAwait(false);
        return new CheckAnswer(check.CheckId, check.Outcome.Decision, time.GetUtcNow());
    }

    /// <summary>Screens the travelers of an interactive API request (every name and document each gives) and keeps
    /// their checks together, with one audit entry.</summary>
    /// <exception cref="UnauthorizedAccessException">The caller may not check the flight of one of the travelers.</exception>
    public async Task<IReadOnlyList<CheckAnswer>> CheckAllAsync(IReadOnlyList<FlightTraveler> travelers, Caller caller, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(travelers);
        ArgumentNullException.ThrowIfNull(caller);
        foreach (FlightTraveler traveler in travelers)
        {
            Authorize(caller, traveler.Flight?.Carrier);
        }

        ScreeningSetup setup = await screening.GetAsync(cancellationToken).ConfigureAwait(false);
        FlightScreener screener = new(setup.Index, setup.Threshold) { Relations = setup.Relations };
        NewCheck[] made = new NewCheck[travelers.Count];
        FlightScreening[] results = new FlightScreening[travelers.Count];
        for (int i = 0; i < results.Length; i++)
        {
            results[i] = screener.Screen(travelers[i]);
        }

        // Travelers checked together (one interactive request) are told of each other's related hits, as on a manifest.
        screener.LinkRelatedHits(results);
        for (int i = 0; i < made.Length; i++)
        {
            FlightScreening screened = results[i];
            made[i] = new NewCheck(
                CheckIds.New(), CheckChannel.Check, travelers[i].Id, FlightOf(travelers[i]), setup.Policy.Decide(screened.Hits),
                CheckJson.Traveler(travelers[i]), CheckJson.Hits(screened.Hits, screened.Relations, screened.RelatedHits), caller.Actor)
            {
                BestScore = screened.Hits.IsDefaultOrEmpty ? null : screened.Hits[0].Score,
            };
        }

        if (made.Length > 0)
        {
            await checks.RecordAsync(made, new AuditEntry(caller.Actor, "check.create", string.Join(' ', made.Select(c => c.CheckId))), cancellationToken)
                .ConfigureAwait(false);
        }

        DateTimeOffset now = time.GetUtcNow();
        return [.. made.Select(c => new CheckAnswer(c.CheckId, c.Outcome.Decision, now))];
    }

    /// <summary>The flight a message's traveler boards, as a check keeps it; null without carrier and number.</summary>
    public static CheckFlight? FlightOf(FlightTraveler traveler)
    {
        ArgumentNullException.ThrowIfNull(traveler);
        return traveler.Flight is { Carrier: { } carrier, Number: { } number } f
            ? new CheckFlight(carrier, number, f.Departure.Airport, f.Departure.Time?.ToDateTime(), f.Arrival.Airport)
            : null;
    }

    /// <summary>The current decision of a check, or null when there is none the caller may see (a carrier's key
    /// sees only its own carriers' checks: another's is as if it did not exist).</summary>
    public async Task<CheckAnswer?> GetAsync(string checkId, Caller caller, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        if (!CheckIds.IsWellFormed(checkId))
        {
            return null;
        }

        CheckRecord? record = await checks.GetAsync(checkId, cancellationToken).ConfigureAwait(false);
        return record is null || !caller.MayActFor(record.Flight?.Carrier)
            ? null
            : new CheckAnswer(record.CheckId, record.Decision, record.DecidedAt);
    }

    /// <summary>The current decision of every traveler of a flight.</summary>
    /// <exception cref="UnauthorizedAccessException">The caller may not read this carrier's flights.</exception>
    public async Task<IReadOnlyList<FlightDecision>> GetFlightAsync(FlightKey flight, Caller caller, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(flight);
        ArgumentNullException.ThrowIfNull(caller);
        Authorize(caller, flight.Carrier);
        IReadOnlyList<CheckRecord> records = await checks.GetFlightAsync(flight, cancellationToken).ConfigureAwait(false);
        return [.. records.Select(r => new FlightDecision(r.TravelerId, r.Decision, r.CheckId))];
    }

    /// <summary>Screens one traveler and decides, without storing anything.</summary>
    public static NewCheck Screen(ScreeningSetup setup, TravelerRecord traveler, CheckFlight? flight, string actor)
    {
        ArgumentNullException.ThrowIfNull(setup);
        ArgumentNullException.ThrowIfNull(traveler);
        BatchScreener screener = new(setup.Index, setup.Threshold);
        ImmutableArray<MatchHit> hits = screener.Screen(TravelerLine.Of(1, traveler)).Hits;
        DecisionOutcome outcome = setup.Policy.Decide(hits);
        return new NewCheck(CheckIds.New(), CheckChannel.Check, traveler.Id, flight, outcome, CheckJson.Traveler(traveler), CheckJson.Hits(hits, setup.Relations, []), actor)
        {
            BestScore = hits.IsDefaultOrEmpty ? null : hits[0].Score,
        };
    }

    private static void Authorize(Caller caller, string? carrier)
    {
        if (!caller.MayActFor(carrier))
        {
            throw new UnauthorizedAccessException($"This key does not answer for carrier {carrier}.");
        }
    }
}
