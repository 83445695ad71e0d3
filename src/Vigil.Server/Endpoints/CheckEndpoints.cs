using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Vigil.Screening.Checks;
using Vigil.Screening.Decisions;
using Vigil.Server.Hosting;
using Vigil.Server.Security;

namespace Vigil.Server.Endpoints;

/// <summary>Carriers ask before boarding: <c>POST /api/v1/checks</c> (JSON, or an interactive PAXLST answered with
/// CUSRES) and <c>GET /api/v1/checks/{checkId}</c>.</summary>
internal static class CheckEndpoints
{
    public const string Edifact = "application/edifact";

    public static RouteGroupBuilder MapChecks(this IEndpointRouteBuilder app)
    {
        RouteGroupBuilder group = app.MapGroup("/api/v1/checks").WithTags("Checks");
        group.MapPost("/", PostAsync)
            .RequireAuthorization(Roles.Submit)
            .WithName("CreateCheck")
            .WithSummary("Screen one traveler before boarding and answer with the decision.")
            .WithDescription("JSON: {\"flight\",\"traveler\"} answered with {\"checkId\",\"decision\"}. With Content-Type application/edifact, "
                + "an interactive PAXLST of one or more travelers answered with a UN/EDIFACT CUSRES message, one response per traveler "
                + "(0Z board, 1Z do not board, 2Z contact the authority, 4Z selectee; docs/cusres.md). A carrier key checks only its own flights.")
            .Accepts<CheckRequestBody>("application/json", Edifact)
            .Produces<CheckResponse>(StatusCodes.Status200OK, "application/json", Edifact)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
        group.MapGet("/{checkId}", GetAsync)
            .RequireAuthorization(Roles.Decisions)
            .WithName("GetCheck")
            .WithSummary("The current decision of a check: it changes when an analyst decides.")
            .Produces<CheckStatusResponse>(StatusCodes.Status200OK)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
        return group;
    }

    private static async Task<IResult> PostAsync(HttpContext context, CarrierChecks checks, InteractiveApi interactive, ServerOptions options, CancellationToken cancellationToken)
    {
        HttpRequest request = context.Request;
        bool edifact = Bodies.Is(request, Edifact);
        if (!edifact && !Bodies.Is(request, "application/json"))
        {
            return Problems.UnsupportedMediaType(request.ContentType, "application/json or application/edifact");
        }

        byte[]? body = await Bodies.ReadAsync(request, edifact ? options.MaxMessageBytes : options.MaxCheckBytes, cancellationToken);
        if (body is null)
        {
            return Problems.TooLarge(edifact ? options.MaxMessageBytes : options.MaxCheckBytes);
        }

        try
        {
            if (edifact)
            {
                return await AnswerInteractiveAsync(context, interactive, body, cancellationToken);
            }

            CheckRequest? check = CheckRequestReader.Read(body, out IReadOnlyList<RequestProblem> problems);
            if (check is null)
            {
                return Problems.BadRequest(problems);
            }

            CheckAnswer answer = await context.TimeAsync("check", () => checks.CheckAsync(check, context.Caller(), cancellationToken));
            return TypedResults.Ok(new CheckResponse(answer.CheckId, DecisionNames.ToName(answer.Decision)));
        }
        catch (UnauthorizedAccessException e)
        {
            return Problems.Forbidden(e.Message);
        }
    }

    private static async Task<IResult> AnswerInteractiveAsync(HttpContext context, InteractiveApi interactive, byte[] body, CancellationToken cancellationToken)
    {
        InteractiveAnswer answer = await interactive.AnswerAsync(body, context.Caller(), cancellationToken);
        if (answer.Refusal is null)
        {
            return new EdifactResult(answer.Cusres, StatusCodes.Status200OK);
        }

        // A check-in system that reads EDIFACT gets the CUSRES error answer; anything else gets problem details.
        context.Response.Headers["Vigil-Message-Id"] = answer.QuarantinedMessageId?.ToString(System.Globalization.CultureInfo.InvariantCulture);
        bool wantsEdifact = context.Request.Headers.Accept.Any(a => a is not null && a.Contains(Edifact, StringComparison.OrdinalIgnoreCase));
        if (wantsEdifact)
        {
            return new EdifactResult(answer.Cusres, StatusCodes.Status422UnprocessableEntity);
        }

        string code = answer.Issues.FirstOrDefault(i => i.IsError)?.Code ?? "VGL-API008";
        return Problems.Of(StatusCodes.Status422UnprocessableEntity, code, "The interactive request cannot be answered traveler by traveler",
            $"{answer.Refusal}; kept in quarantine as message {answer.QuarantinedMessageId}.", answer.QuarantinedMessageId, Problems.Issues(answer.Issues));
    }

    private static async Task<Results<Ok<CheckStatusResponse>, ProblemHttpResult>> GetAsync(
        string checkId, HttpContext context, CarrierChecks checks, CancellationToken cancellationToken)
    {
        CheckAnswer? answer = await checks.GetAsync(checkId, context.Caller(), cancellationToken);
        return answer is null
            ? Problems.NotFound("VGL-API009", $"No check '{checkId}' for this key.")
            : TypedResults.Ok(new CheckStatusResponse(answer.CheckId, DecisionNames.ToName(answer.Decision), answer.DecidedAt));
    }
}
