using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Vigil.Screening.Audit;
using Vigil.Screening.Checks;
using Vigil.Screening.Lists;
using Vigil.Screening.Relations;
using Vigil.Server.Security;

namespace Vigil.Server.Endpoints;

/// <summary>What analysts read: the review queue, subjects and lists. Carrier keys never reach these.</summary>
internal static class AnalystEndpoints
{
    public static IEndpointRouteBuilder MapAnalysts(this IEndpointRouteBuilder app)
    {
        RouteGroupBuilder reviews = app.MapGroup("/api/v1/reviews").WithTags("Reviews").RequireAuthorization(Roles.Analyst);
        reviews.MapGet("/", GetReviewsAsync)
            .WithName("ListReviews")
            .WithSummary("Review items, custody anomalies first, then by departure time: traveler, flight, decision, rule and hits with "
                + "their structured explanations and subject summaries (list, listing category, current custody status).")
            .Produces<JsonElement>(StatusCodes.Status200OK)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);

        RouteGroupBuilder subjects = app.MapGroup("/api/v1/subjects").WithTags("Subjects").RequireAuthorization(Roles.Analyst);
        subjects.MapGet("/{id}", GetSubjectAsync)
            .WithName("GetSubject")
            .WithSummary("Everything known of a listed subject, as vigil subjects show --json prints it (id: Vigil's or the list's own).")
            .Produces<JsonElement>(StatusCodes.Status200OK)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);

        RouteGroupBuilder lists = app.MapGroup("/api/v1/lists").WithTags("Lists").RequireAuthorization(Roles.Analyst);
        lists.MapGet("/", GetListsAsync)
            .WithName("ListLists")
            .WithSummary("The watch lists with their counts, as vigil lists list --json prints them.")
            .Produces<JsonElement>(StatusCodes.Status200OK)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
        return app;
    }

    private static async Task<IResult> GetReviewsAsync(
        HttpContext context, AnalystReviews reviews, string? state, int? limit, CancellationToken cancellationToken)
    {
        ReviewState? wanted = null;
        if (state is not null && state != "all")
        {
            if (!ReviewJson.TryParseState(state, out ReviewState parsed))
            {
                return Problems.BadRequest([new RequestProblem("VGL-API003", "state", $"'{state}' is not a review state: open, awaiting-second, escalated, closed, withdrawn or all.")]);
            }

            wanted = parsed;
        }

        if (limit is < 1 or > 1000)
        {
            return Problems.BadRequest([new RequestProblem("VGL-API003", "limit", "limit is from 1 to 1000.")]);
        }

        ReviewPage page = await reviews.ListAsync(new ReviewQuery(wanted, limit ?? 100), context.Caller().Actor, cancellationToken);
        return new JsonDocumentResult(w =>
        {
            w.WriteStartArray();
            foreach (ReviewItem item in page.Items)
            {
                ReviewJson.WriteItem(w, item, page.Subjects, page.Relatives);
            }

            w.WriteEndArray();
        });
    }

    private static async Task<IResult> GetSubjectAsync(
        string id, string? list, HttpContext context, WatchListQueries queries, SubjectRelations relations, CancellationToken cancellationToken)
    {
        SubjectLookup lookup = await queries.ReadSubjectAsync(id, list, context.Caller().Actor, cancellationToken);
        switch (lookup.Outcome)
        {
            case SubjectLookupOutcome.NotFound:
                return Problems.NotFound("VGL-API010", $"No subject '{id}'{(list is null ? string.Empty : $" in list '{list}'")}.");
            case SubjectLookupOutcome.Ambiguous:
                return Problems.Of(StatusCodes.Status409Conflict, "VGL-API011", "Several subjects have this identifier",
                    $"'{id}' names {lookup.Candidates.Count} subjects, in lists {string.Join(", ", lookup.Lists)}; add ?list=NAME.");
        }

        SubjectRecord record = lookup.Subject!;
        IReadOnlyList<Relative> relatives = await relations.ReadRelativesAsync(record.Subject.Id, cancellationToken);
        return new JsonDocumentResult(w => WatchListJson.WriteSubjectRecord(w, record.Subject, record, relatives));
    }

    private static async Task<IResult> GetListsAsync(IWatchListStore store, CancellationToken cancellationToken)
    {
        IReadOnlyList<WatchListSummary> lists = await store.GetListsAsync(cancellationToken);
        return new JsonDocumentResult(w =>
        {
            w.WriteStartObject();
            w.WriteStartArray("lists");
            foreach (WatchListSummary list in lists)
            {
                WatchListJson.WriteList(w, list);
            }

            w.WriteEndArray();
            w.WriteEndObject();
        });
    }
}
