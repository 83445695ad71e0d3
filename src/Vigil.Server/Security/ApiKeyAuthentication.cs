using System.Security.Claims;
using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Vigil.Screening.Access;
using Vigil.Server.Hosting;

namespace Vigil.Server.Security;

/// <summary>Authenticates <c>Authorization: Bearer KEY</c> against the stored API keys; answers 401 and 403 as
/// problem details.</summary>
internal sealed class ApiKeyAuthentication(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, AccessKeys keys)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "Bearer";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        string? header = Request.Headers.Authorization;
        if (string.IsNullOrEmpty(header))
        {
            return AuthenticateResult.NoResult();
        }

        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return AuthenticateResult.Fail("The Authorization header is not a bearer key.");
        }

        Caller? caller = await Context.TimeAsync("auth", () => keys.AuthenticateAsync(header["Bearer ".Length..].Trim(), Context.RequestAborted));
        if (caller is null)
        {
            return AuthenticateResult.Fail("The key is unknown, wrong or revoked.");
        }

        Context.Items[typeof(Caller)] = caller;
        ClaimsIdentity identity = new(
            [new Claim(ClaimTypes.NameIdentifier, caller.Actor), new Claim(ClaimTypes.Role, AccessKeys.Name(caller.Role))],
            SchemeName);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.Headers.WWWAuthenticate = "Bearer";
        bool presented = !string.IsNullOrEmpty(Request.Headers.Authorization);
        return WriteAsync(StatusCodes.Status401Unauthorized, "VGL-API006", "Unauthorized",
            presented ? "The key is unknown, wrong or revoked." : "Send an API key: Authorization: Bearer KEY.");
    }

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties) =>
        WriteAsync(StatusCodes.Status403Forbidden, "VGL-API007", "Forbidden", "This key's role may not use this endpoint.");

    private async Task WriteAsync(int status, string code, string title, string detail)
    {
        ProblemDetails problem = new() { Status = status, Title = title, Detail = detail, Type = $"https://vigil.invalid/problems/{code}" };
        problem.Extensions["code"] = code;
        Response.StatusCode = status;
        Response.ContentType = Problems.ContentType;
        await JsonSerializer.SerializeAsync(Response.Body, problem, JsonSerializerOptions.Web, Context.RequestAborted);
    }
}
