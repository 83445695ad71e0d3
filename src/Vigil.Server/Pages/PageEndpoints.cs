using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Vigil.Screening.Access;
using Vigil.Screening.Checks;
using Vigil.Screening.Decisions;
using Vigil.Screening.People;
using Vigil.Server.Security;

namespace Vigil.Server.Pages;

/// <summary>The workbench pages for people: sign-in, sign-out and the queue of open review items. Server-rendered
/// HTML over the application layer; every form carries an antiforgery token that the server checks.</summary>
internal static class PageEndpoints
{
    private const string TokenField = "__RequestVerificationToken";
    private const string WrongCredentials = "The name or the password is wrong.";

    // The queue shows at most this many items, the first in the queue's order.
    private const int QueueLength = 100;

    public static IEndpointRouteBuilder MapPages(this IEndpointRouteBuilder app)
    {
        app.MapGet("/signin", SignInForm).AllowAnonymous().ExcludeFromDescription();
        app.MapPost("/signin", SignInAsync).AllowAnonymous().ExcludeFromDescription();
        app.MapPost("/signout", SignOutAsync).RequireAuthorization(Roles.Person).ExcludeFromDescription();
        app.MapGet("/", QueueAsync).RequireAuthorization(Roles.Person).ExcludeFromDescription();
        return app;
    }

    private static IResult SignInForm(HttpContext context, IAntiforgery antiforgery) => SignInPage(context, antiforgery, null, null);

    private static async Task<IResult> SignInAsync(HttpContext context, IAntiforgery antiforgery, Users users, CancellationToken cancellationToken)
    {
        if (!await IsFormValidAsync(context, antiforgery))
        {
            return SignInPage(context, antiforgery, null, "The form has expired or did not come from this page. Please sign in again.", StatusCodes.Status400BadRequest);
        }

        IFormCollection form = await context.Request.ReadFormAsync(cancellationToken);
        string name = form["name"].ToString().Trim();
        SignInResult result = await users.SignInAsync(name, form["password"].ToString(), context.Connection.RemoteIpAddress?.ToString(), cancellationToken);
        switch (result.Outcome)
        {
            case SignInOutcome.SignedIn:
                await context.SignInAsync(PersonAuthentication.SchemeName, PersonAuthentication.Principal(result.User!), new AuthenticationProperties { IsPersistent = false });
                return SeeOther(context, "/");
            case SignInOutcome.LockedOut:
                string until = result.LockedUntil?.ToString("HH:mm 'UTC'", CultureInfo.InvariantCulture) ?? "later";
                return SignInPage(context, antiforgery, name, $"Too many wrong passwords: sign-in is locked until {until}. Try again then, or ask an admin.");
            default:
                return SignInPage(context, antiforgery, name, WrongCredentials);
        }
    }

    private static async Task<IResult> SignOutAsync(HttpContext context, IAntiforgery antiforgery, Users users, CancellationToken cancellationToken)
    {
        if (!await IsFormValidAsync(context, antiforgery))
        {
            return Html.Page("Sign-out refused", SignedInHeader(context, antiforgery),
                "<p class=\"error\" role=\"alert\">The form has expired or did not come from this page: you are still signed in. "
                + "<a href=\"/\">Back to the queue</a>.</p>", StatusCodes.Status400BadRequest);
        }

        await users.SignOutAsync(context.User.PersonName(), context.Connection.RemoteIpAddress?.ToString(), cancellationToken);
        await context.SignOutAsync(PersonAuthentication.SchemeName);
        return SeeOther(context, "/signin");
    }

    private static async Task<IResult> QueueAsync(HttpContext context, IAntiforgery antiforgery, AnalystReviews reviews, CancellationToken cancellationToken)
    {
        ReviewQuery query = new(ReviewState.Open, QueueLength);
        ReviewPage page = await reviews.ListAsync(query, context.User.Person().Actor, cancellationToken);
        StringBuilder body = new();
        if (page.Items.Count == 0)
        {
            body.Append("<p>No review item is open.</p>");
        }
        else
        {
            string count = page.Items.Count.ToString(CultureInfo.InvariantCulture);
            body.Append("<table>\n<caption>")
                .Append(page.Items.Count == QueueLength ? $"The first {count} open items" : page.Items.Count == 1 ? "1 open item" : $"{count} open items")
                .Append(", custody anomalies first, then by departure time</caption>\n")
                .Append("<thead><tr><th scope=\"col\">Traveler</th><th scope=\"col\">Flight</th><th scope=\"col\">Decision</th>")
                .Append("<th scope=\"col\">Best score</th><th scope=\"col\">Created</th></tr></thead>\n<tbody>\n");
            foreach (ReviewItem item in page.Items)
            {
                CheckRecord check = item.Check;
                body.Append("<tr><th scope=\"row\">").Append(Html.Encode(TravelerName(check))).Append("</th><td>").Append(Html.Encode(FlightText(check.Flight)))
                    .Append("</td><td>").Append(Html.Encode(DecisionNames.ToName(check.Decision)))
                    .Append(check.IsCustodyAnomaly ? " (custody anomaly)" : string.Empty)
                    .Append("</td><td class=\"number\">").Append(check.BestScore?.ToString("0.00", CultureInfo.InvariantCulture) ?? "none")
                    .Append("</td><td>").Append(item.CreatedAt.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture)).Append("</td></tr>\n");
            }

            body.Append("</tbody>\n</table>");
        }

        return Html.Page("Open review items", SignedInHeader(context, antiforgery), body.ToString());
    }

    private static IResult SignInPage(HttpContext context, IAntiforgery antiforgery, string? name, string? message, int status = StatusCodes.Status200OK)
    {
        string token = Html.Encode(antiforgery.GetAndStoreTokens(context).RequestToken);
        string described = message is null ? string.Empty : " aria-describedby=\"signin-error\"";
        StringBuilder body = new();
        if (message is not null)
        {
            body.Append("<p class=\"error\" id=\"signin-error\" role=\"alert\">").Append(Html.Encode(message)).Append("</p>\n");
        }

        body.Append("<form method=\"post\" action=\"/signin\">\n")
            .Append("<input type=\"hidden\" name=\"").Append(TokenField).Append("\" value=\"").Append(token).Append("\">\n")
            .Append("<p><label for=\"name\">Name</label>\n<input id=\"name\" name=\"name\" autocomplete=\"username\" required maxlength=\"")
            .Append(Users.MaximumNameLength.ToString(CultureInfo.InvariantCulture)).Append("\" value=\"").Append(Html.Encode(name)).Append('"').Append(described).Append("></p>\n")
            .Append("<p><label for=\"password\">Password</label>\n<input id=\"password\" name=\"password\" type=\"password\" autocomplete=\"current-password\" required")
            .Append(described).Append("></p>\n")
            .Append("<p><button type=\"submit\">Sign in</button></p>\n</form>");
        return Html.Page("Sign in", string.Empty, body.ToString(), status);
    }

    private static string SignedInHeader(HttpContext context, IAntiforgery antiforgery)
    {
        Caller person = context.User.Person();
        string token = Html.Encode(antiforgery.GetAndStoreTokens(context).RequestToken);
        return $"<p>Signed in as {Html.Encode(context.User.PersonName())} ({AccessKeys.Name(person.Role)})</p>\n"
            + $"<form class=\"inline\" method=\"post\" action=\"/signout\"><input type=\"hidden\" name=\"{TokenField}\" value=\"{token}\">"
            + "<button type=\"submit\">Sign out</button></form>";
    }

    private static async Task<bool> IsFormValidAsync(HttpContext context, IAntiforgery antiforgery)
    {
        if (!context.Request.HasFormContentType)
        {
            return false;
        }

        try
        {
            await antiforgery.ValidateRequestAsync(context);
            return true;
        }
        catch (AntiforgeryValidationException)
        {
            return false;
        }
    }

    private static IResult SeeOther(HttpContext context, string location)
    {
        context.Response.Headers.Location = location;
        return Results.StatusCode(StatusCodes.Status303SeeOther);
    }

    /// <summary>The traveler's name as screened, else the traveler's identifier.</summary>
    private static string TravelerName(CheckRecord check)
    {
        using JsonDocument traveler = JsonDocument.Parse(check.TravelerJson);
        return traveler.RootElement.ValueKind == JsonValueKind.Object
            && traveler.RootElement.TryGetProperty("name", out JsonElement name) && name.ValueKind == JsonValueKind.String
            ? name.GetString()!
            : check.TravelerId;
    }

    private static string FlightText(CheckFlight? flight) => flight is null
        ? "none"
        : $"{flight.Carrier} {flight.Number}{(flight.DepartureTime is { } departure ? departure.ToString(" yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) : string.Empty)}";
}
