using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Vigil.Screening.Access;
using Vigil.Screening.People;

namespace Vigil.Server.Security;

/// <summary>The session cookie of people signed in to the workbench, beside the API keys of machines.</summary>
/// <remarks>
/// <para>Only the workbench pages read this cookie (their policy names its scheme); the API reads bearer keys only,
/// so a page never opens with a key and an API call never rides on a browser's cookie. The cookie is HttpOnly,
/// SameSite=Strict, Secure when the request came over HTTPS, ends with the browser session and after eight hours
/// without use. It is protected with the server's in-memory keys: a restart ends every session.</para>
/// <para>Each request checks that the person still exists and is not disabled, with the same role: disabling a user
/// ends the sessions open.</para>
/// </remarks>
internal static class PersonAuthentication
{
    public const string SchemeName = "Person";

    public const string CookieName = "vigil_session";

    public static void AddPersonCookie(this AuthenticationBuilder authentication) =>
        authentication.AddCookie(SchemeName, cookie =>
        {
            cookie.Cookie.Name = CookieName;
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SameSite = SameSiteMode.Strict;
            cookie.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            cookie.ExpireTimeSpan = TimeSpan.FromHours(8);
            cookie.SlidingExpiration = true;
            cookie.LoginPath = "/signin";
            cookie.LogoutPath = "/signout";
            cookie.AccessDeniedPath = "/signin";
            cookie.Events.OnValidatePrincipal = ValidateAsync;
        });

    /// <summary>The person a principal of this scheme stands for.</summary>
    public static ClaimsPrincipal Principal(User user) =>
        new(new ClaimsIdentity(
            [
                new Claim(ClaimTypes.NameIdentifier, user.Actor),
                new Claim(ClaimTypes.Name, user.Name),
                new Claim(ClaimTypes.Role, AccessKeys.Name(user.Role)),
            ],
            SchemeName,
            ClaimTypes.Name,
            ClaimTypes.Role));

    /// <summary>The name of the signed-in person.</summary>
    public static string PersonName(this ClaimsPrincipal principal) =>
        principal.FindFirstValue(ClaimTypes.Name) ?? throw new InvalidOperationException("The page runs without a signed-in person.");

    /// <summary>The caller a signed-in person is: <c>user:NAME</c> with the role.</summary>
    public static Caller Person(this ClaimsPrincipal principal) =>
        AccessKeys.TryParseRole(principal.FindFirstValue(ClaimTypes.Role), out AccessRole role)
            ? new Caller(Users.ActorOf(principal.PersonName()), role)
            : throw new InvalidOperationException("The session names no role.");

    private static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        string? name = context.Principal?.FindFirstValue(ClaimTypes.Name);
        string? role = context.Principal?.FindFirstValue(ClaimTypes.Role);
        Users users = context.HttpContext.RequestServices.GetRequiredService<Users>();
        User? user = name is null ? null : await users.FindActiveAsync(name, context.HttpContext.RequestAborted);
        if (user is null || AccessKeys.Name(user.Role) != role)
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(SchemeName);
        }
    }
}
