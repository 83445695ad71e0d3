using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Vigil.Screening.Access;
using Vigil.Screening.Audit;
using Vigil.Screening.Checks;
using Vigil.Screening.Decisions;
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

        reviews.MapGet("/{id}", GetReviewAsync)
            .WithName("GetReview")
            .WithSummary("One review item with its check and its decisions, oldest first: who, when, outcome, note, and the item's state "
                + "and the carrier's answer after each.")
            .Produces<JsonElement>(StatusCodes.Status200OK)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
        reviews.MapPost("/{id}/decisions", DecideAsync)
            .WithName("DecideReview")
            .WithSummary("Decide a review item: confirm, clear or escalate, with a note. The carrier's answer changes at once.")
            .WithDescription("confirm: the policy's answer stands, contact becoming no-board; a no-board answer needs two different people "
                + "(the first confirm leaves the item awaiting-second). clear: board, or selectee where a hit on a secondary-screening entry remains. "
                + "escalate: only supervisors and admins decide the item from then on.")
            .Accepts<ReviewDecisionBody>("application/json")
            .Produces<ReviewDecisionResponse>(StatusCodes.Status200OK)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
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

    private static async Task<IResult> GetReviewAsync(string id, HttpContext context, ReviewDecisions decisions, CancellationToken cancellationToken)
    {
        if (!TryParseId(id, out long reviewId))
        {
            return BadId(id);
        }

        (ReviewItem Item, IReadOnlyList<ReviewDecisionRecord> Decisions)? found = await decisions.GetAsync(reviewId, context.Caller().Actor, cancellationToken);
        return found is not { } review
            ? NoReview(id)
            : new JsonDocumentResult(w => ReviewJson.WriteItemWithDecisions(w, review.Item, review.Decisions));
    }

    private static async Task<IResult> DecideAsync(
        string id, HttpContext context, ReviewDecisions decisions, ServerOptions options, CancellationToken cancellationToken)
    {
        if (!TryParseId(id, out long reviewId))
        {
            return BadId(id);
        }

        HttpRequest request = context.Request;
        if (!Bodies.Is(request, "application/json"))
        {
            return Problems.UnsupportedMediaType(request.ContentType, "application/json");
        }

        byte[]? body = await Bodies.ReadAsync(request, options.MaxCheckBytes, cancellationToken);
        if (body is null)
        {
            return Problems.TooLarge(options.MaxCheckBytes);
        }

        if (ReviewDecisionReader.Read(body, out IReadOnlyList<RequestProblem> problems) is not { } asked)
        {
            return Problems.BadRequest(problems);
        }

        ReviewDecisionResult result = await decisions.DecideAsync(reviewId, asked.Outcome, asked.Note, ReviewActor.Of(context.Caller()), cancellationToken);
        if (result.IsNotFound)
        {
            return NoReview(id);
        }

        string state = result.Item is { } item ? ReviewJson.StateName(item.State) : "unknown";
        switch (result.Refusal)
        {
            case ReviewRefusal.SupervisorsOnly:
                return Problems.Forbidden($"Review item {reviewId} was escalated: only a supervisor or an admin decides it.");
            case ReviewRefusal.SamePerson:
                return Problems.Of(StatusCodes.Status409Conflict, "VGL-API016", "A second person must confirm",
                    $"Review item {reviewId} awaits the confirm of a second person: whoever gave the first confirm cannot give the second.");
            case ReviewRefusal.NotOpen:
                return Problems.Of(StatusCodes.Status409Conflict, "VGL-API017", "The review item cannot take this decision",
                    result.IsConflict
                        ? $"Review item {reviewId} was decided by someone else meanwhile; read it again."
                        : $"Review item {reviewId} is {state}: it takes no {ReviewDecisions.OutcomeName(asked.Outcome)}.");
        }

        ReviewDecisionRecord kept = result.Decision!;
        return TypedResults.Ok(new ReviewDecisionResponse(
            kept.ReviewId, kept.Version, kept.DecidedAt, kept.Actor.Id, kept.Actor.Name, AccessKeys.Name(kept.Actor.Role),
            ReviewDecisions.OutcomeName(kept.Outcome), kept.Note, ReviewJson.StateName(kept.State), DecisionNames.ToName(kept.CarrierDecision)));
    }

    private static bool TryParseId(string id, out long reviewId) =>
        long.TryParse(id, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out reviewId) && reviewId > 0;

    private static ProblemHttpResult BadId(string id) =>
        Problems.BadRequest([new RequestProblem("VGL-API003", "id", $"'{id}' is not a review item number: a positive whole number.")]);

    private static ProblemHttpResult NoReview(string id) => Problems.NotFound("VGL-API015", $"No review item {id}.");

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
