using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Vigil.Screening.Access;
using Vigil.Screening.Flights;
using Vigil.Screening.Messages;
using Vigil.Screening.Screen;
using Vigil.Server.Hosting;
using Vigil.Server.Security;

namespace Vigil.Server.Endpoints;

/// <summary>Carriers push manifests: <c>POST /api/v1/manifests</c> (PAXLST or PNRGOV), kept, deduplicated,
/// quarantined or screened exactly as <c>vigil screen --format</c> does.</summary>
internal static class ManifestEndpoints
{
    public static RouteGroupBuilder MapManifests(this IEndpointRouteBuilder app)
    {
        RouteGroupBuilder group = app.MapGroup("/api/v1/manifests").WithTags("Manifests");
        group.MapPost("/", PostAsync)
            .RequireAuthorization(Roles.Submit)
            .WithName("ReceiveManifest")
            .WithSummary("Receive a PAXLST or PNRGOV interchange: kept as received, then its travelers screened and decided.")
            .WithDescription("202 once the message is kept and its travelers screened (or recognised as a duplicate: duplicateOf). "
                + "An unreadable message, or an invalid one with no traveler, is kept in quarantine and answered 422 with its messageId. "
                + "A carrier key may send only its own flights.")
            .Accepts<string>(CheckEndpoints.Edifact)
            .Produces<ManifestResponse>(StatusCodes.Status202Accepted)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
        return group;
    }

    private static async Task<IResult> PostAsync(
        HttpContext context, MessageIntake intake, LiveScreening screening, IMessageStore messages, ServerOptions options, CancellationToken cancellationToken)
    {
        HttpRequest request = context.Request;
        if (!Bodies.Is(request, CheckEndpoints.Edifact))
        {
            return Problems.UnsupportedMediaType(request.ContentType, CheckEndpoints.Edifact);
        }

        byte[]? body = await Bodies.ReadAsync(request, options.MaxMessageBytes, cancellationToken);
        if (body is null)
        {
            return Problems.TooLarge(options.MaxMessageBytes);
        }

        Caller caller = context.Caller();
        string format = MessageReader.Sniff(body) ?? MessageFormats.Paxlst;
        MessageIntakeRequest intakeRequest = new(format, body, "api", caller.Actor)
        {
            Accept = message => message.Travelers.All(t => caller.MayActFor(t.Flight?.Carrier)),
        };
        MessageIntakeResult result;
        try
        {
            result = await context.TimeAsync("intake", () => intake.ReceiveAsync(intakeRequest, screening.GetAsync, cancellationToken));
            ServerTimings.Add(context, "parse", result.ParseTime.TotalMilliseconds);
            ServerTimings.Add(context, "screen", result.ScreenTime.TotalMilliseconds);
        }
        catch (UnauthorizedAccessException)
        {
            return Problems.Forbidden("The message names flights of carriers this key does not answer for; nothing was kept.");
        }
        catch (MessageTooLargeException)
        {
            return Problems.TooLarge(messages.MaxMessageBytes);
        }
        catch (MessageStateException e)
        {
            // Another process screened it first (exactly once): it is kept and screened.
            return TypedResults.Accepted((string?)null, new ManifestResponse(e.MessageId, "valid", 0, null));
        }

        MessageRecord stored = result.Stored!;
        string outcome = MessageNames.ToName(result.Message.Outcome);
        return result.Disposition switch
        {
            IntakeDisposition.Quarantined => Problems.Of(
                StatusCodes.Status422UnprocessableEntity,
                result.Message.Issues.FirstOrDefault(i => i.IsError)?.Code ?? "VGL-API008",
                "The message cannot be screened",
                $"The message is {outcome} with no traveler to screen: kept in quarantine as message {stored.Id}.",
                stored.Id,
                Problems.Issues(result.Message.Issues)),
            IntakeDisposition.Duplicate => TypedResults.Accepted((string?)null, new ManifestResponse(stored.Id, outcome, 0, result.Original?.Id)),
            _ => TypedResults.Accepted((string?)null, new ManifestResponse(stored.Id, outcome, result.Travelers.Count, null)),
        };
    }
}
