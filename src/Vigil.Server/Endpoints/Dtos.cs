namespace Vigil.Server.Endpoints;

/// <summary>The answer to a check: the decision only, never a list, a score or a reason.</summary>
/// <param name="CheckId">The check, to ask for its decision later.</param>
/// <param name="Decision"><c>board</c>, <c>selectee</c>, <c>contact</c> or <c>no-board</c>.</param>
public sealed record CheckResponse(string CheckId, string Decision);

/// <summary>The current decision of a check.</summary>
/// <param name="CheckId">The check.</param>
/// <param name="Decision"><c>board</c>, <c>selectee</c>, <c>contact</c> or <c>no-board</c>.</param>
/// <param name="DecidedAt">When it was made (UTC).</param>
public sealed record CheckStatusResponse(string CheckId, string Decision, DateTimeOffset DecidedAt);

/// <summary>A manifest received.</summary>
/// <param name="MessageId">The message as kept in the store.</param>
/// <param name="Outcome"><c>valid</c> or <c>invalid</c> (its travelers were still screened).</param>
/// <param name="Travelers">Travelers screened (0 for a duplicate).</param>
/// <param name="DuplicateOf">The message it repeats, or null.</param>
public sealed record ManifestResponse(long MessageId, string Outcome, int Travelers, long? DuplicateOf);

/// <summary>The current decision of one traveler of a flight.</summary>
/// <param name="TravelerId">The traveler's id (as in the results of <c>vigil screen --format paxlst</c>, or the check's).</param>
/// <param name="Decision"><c>board</c>, <c>selectee</c>, <c>contact</c> or <c>no-board</c>.</param>
/// <param name="CheckId">The check that holds the decision.</param>
public sealed record FlightDecisionResponse(string TravelerId, string Decision, string CheckId);

/// <summary>The body of a check (documentation of <c>POST /api/v1/checks</c>; the server reads it with located errors).</summary>
/// <param name="Flight">The flight the traveler boards.</param>
/// <param name="Traveler">The traveler: the fields of a <c>vigil screen</c> traveler line.</param>
public sealed record CheckRequestBody(FlightBody Flight, TravelerBody Traveler);

/// <summary>The flight of a check.</summary>
/// <param name="Carrier">Airline designator, two or three letters or digits.</param>
/// <param name="Number">Flight number: one to four digits, optionally a letter.</param>
/// <param name="DepartureAirport">IATA code of the airport of departure.</param>
/// <param name="DepartureTime">Local departure time, YYYY-MM-DDTHH:MM.</param>
/// <param name="ArrivalAirport">IATA code of the airport of arrival.</param>
public sealed record FlightBody(string Carrier, string Number, string? DepartureAirport, string DepartureTime, string? ArrivalAirport);

/// <summary>A traveler: <c>id</c> and <c>name</c>, or <c>id</c>, <c>givenNames</c> and <c>familyName</c>, with optional
/// evidence.</summary>
/// <param name="Id">The carrier's reference of the traveler.</param>
/// <param name="Name">The whole name, any script.</param>
/// <param name="GivenNames">Given names.</param>
/// <param name="FamilyName">Family name.</param>
/// <param name="Dob">Date of birth: YYYY-MM-DD, YYYY-MM or YYYY.</param>
/// <param name="Nationality">ISO 3166-1 alpha-3.</param>
/// <param name="Gender">M, F or X.</param>
/// <param name="Document">A travel document.</param>
public sealed record TravelerBody(string Id, string? Name, string? GivenNames, string? FamilyName, string? Dob, string? Nationality, string? Gender, DocumentBody? Document);

/// <summary>A travel document.</summary>
/// <param name="Number">Its number.</param>
/// <param name="Country">Issuing country, ISO 3166-1 alpha-3.</param>
/// <param name="Type">P (passport), I (identity card), V (visa)…</param>
public sealed record DocumentBody(string Number, string? Country, string? Type);

/// <summary>Whether the server can take requests.</summary>
/// <param name="Status"><c>live</c>, <c>ready</c> or <c>not-ready</c>.</param>
/// <param name="Detail">Why not ready, or what is indexed.</param>
public sealed record HealthResponse(string Status, string? Detail);

/// <summary>A decision on a review item (documentation of <c>POST /api/v1/reviews/{id}/decisions</c>; the server reads it
/// with located errors).</summary>
/// <param name="Outcome"><c>confirm</c>, <c>clear</c> or <c>escalate</c>.</param>
/// <param name="Note">Why, in the analyst's words (at most 4,000 characters).</param>
public sealed record ReviewDecisionBody(string Outcome, string? Note = null);

/// <summary>A decision on a review item, as kept in its history.</summary>
/// <param name="ReviewId">The review item.</param>
/// <param name="Version">The item's version this decision made: 1 for its first decision, then 2, 3…</param>
/// <param name="DecidedAt">When (UTC).</param>
/// <param name="Actor">Who, as the audit names it (<c>key:ID</c>).</param>
/// <param name="ActorName">Who, as shown (the key's name).</param>
/// <param name="Role"><c>analyst</c>, <c>supervisor</c> or <c>admin</c>.</param>
/// <param name="Outcome"><c>confirm</c>, <c>clear</c> or <c>escalate</c>.</param>
/// <param name="Note">The note, or null.</param>
/// <param name="State">The item's state after the decision: <c>awaiting-second</c>, <c>escalated</c> or <c>closed</c>.</param>
/// <param name="Decision">The carrier's answer after the decision: <c>board</c>, <c>selectee</c>, <c>contact</c> or <c>no-board</c>.</param>
public sealed record ReviewDecisionResponse(
    long ReviewId, int Version, DateTimeOffset DecidedAt, string Actor, string ActorName, string Role, string Outcome, string? Note, string State, string Decision);
