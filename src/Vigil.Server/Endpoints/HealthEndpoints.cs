using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Vigil.Screening.Lists;
using Vigil.Screening.Screen;

namespace Vigil.Server.Endpoints;

/// <summary><c>/health/live</c> (the process answers) and <c>/health/ready</c> (the database answers and the lists are
/// indexed). No key needed.</summary>
internal static class HealthEndpoints
{
    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder app)
    {
        RouteGroupBuilder group = app.MapGroup("/health").WithTags("Health").AllowAnonymous().DisableRateLimiting();
        group.MapGet("/live", () => TypedResults.Ok(new HealthResponse("live", null)))
            .WithName("Live")
            .WithSummary("The process is up.")
            .Produces<HealthResponse>(StatusCodes.Status200OK);
        group.MapGet("/ready", ReadyAsync)
            .WithName("Ready")
            .WithSummary("The database answers and the watch lists are indexed: ready for checks.")
            .Produces<HealthResponse>(StatusCodes.Status200OK)
            .Produces<HealthResponse>(StatusCodes.Status503ServiceUnavailable);
        return app;
    }

    private static async Task<Results<Ok<HealthResponse>, JsonHttpResult<HealthResponse>>> ReadyAsync(
        IWatchListStore store, LiveScreening screening, CancellationToken cancellationToken)
    {
        try
        {
            _ = await store.GetListsAsync(cancellationToken);
        }
        catch (Exception e) when (e is System.Data.Common.DbException or IOException or TimeoutException)
        {
            return TypedResults.Json(new HealthResponse("not-ready", $"the database does not answer: {e.Message}"), statusCode: StatusCodes.Status503ServiceUnavailable);
        }

        return screening.Current is null
            ? TypedResults.Json(new HealthResponse("not-ready", "the watch lists are being indexed"), statusCode: StatusCodes.Status503ServiceUnavailable)
            : TypedResults.Ok(new HealthResponse("ready", string.Create(CultureInfo.InvariantCulture,
                $"{screening.Subjects:N0} subjects indexed ({screening.Version}), built {screening.BuiltAt:O}")));
    }
}
