using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Vigil.Screening.Audit;
using Vigil.Screening.Checks;
using Vigil.Screening.Decisions;
using Vigil.Server.Security;

namespace Vigil.Server.Endpoints;

/// <summary><c>GET /api/v1/flights/{carrier}/{number}/{date}/decisions</c>: the current decision of every traveler of a flight.</summary>
internal static class FlightEndpoints
{
    public static RouteGroupBuilder MapFlights(this IEndpointRouteBuilder app)
    {
        RouteGroupBuilder group = app.MapGroup("/api/v1/flights").WithTags("Flights");
        group.MapGet("/{carrier}/{number}/{date}/decisions", GetAsync)
            .RequireAuthorization(Roles.Decisions)
            .WithName("GetFlightDecisions")
            .WithSummary("The current decision of every traveler of a flight (date: the local departure date, YYYY-MM-DD).")
            .Produces<FlightDecisionResponse[]>(StatusCodes.Status200OK)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
        return group;
    }

    private static async Task<Results<Ok<FlightDecisionResponse[]>, ProblemHttpResult>> GetAsync(
        string carrier, string number, string date, HttpContext context, CarrierChecks checks, IAuditLog audit, CancellationToken cancellationToken)
    {
        List<RequestProblem> problems = [];
        if (!CheckRequestReader.IsCarrier(carrier))
        {
            problems.Add(new RequestProblem("VGL-API003", "carrier", $"'{carrier}' is not an airline designator: two or three letters or digits."));
        }

        if (!CheckRequestReader.IsFlightNumber(number))
        {
            problems.Add(new RequestProblem("VGL-API003", "number", $"'{number}' is not a flight number: one to four digits, optionally a letter."));
        }

        if (!DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out DateOnly day))
        {
            problems.Add(new RequestProblem("VGL-API003", "date", $"'{date}' is not a date: YYYY-MM-DD, the local departure date."));
        }

        if (problems.Count > 0)
        {
            return Problems.BadRequest(problems);
        }

        FlightKey flight = new(carrier.ToUpperInvariant(), number.ToUpperInvariant(), day);
        try
        {
            IReadOnlyList<FlightDecision> decisions = await checks.GetFlightAsync(flight, context.Caller(), cancellationToken);
            await audit.AppendAsync(new AuditEntry(context.Caller().Actor, "flight.decisions.read", $"flight:{flight.Carrier}{flight.Number}/{date}"), cancellationToken);
            return TypedResults.Ok(decisions.Select(d => new FlightDecisionResponse(d.TravelerId, DecisionNames.ToName(d.Decision), d.CheckId)).ToArray());
        }
        catch (UnauthorizedAccessException e)
        {
            return Problems.Forbidden(e.Message);
        }
    }
}
