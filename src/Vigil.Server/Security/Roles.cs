using Microsoft.AspNetCore.Http;
using Vigil.Screening.Access;

namespace Vigil.Server.Security;

/// <summary>The authorization policies of the API, by role.</summary>
/// <remarks>
/// <list type="table">
/// <item><term>submit</term><description>carrier (its own flights) and admin: checks and manifests.</description></item>
/// <item><term>decisions</term><description>every role (a carrier only its own flights): a check's or a flight's decisions.</description></item>
/// <item><term>analyst</term><description>analyst, supervisor, admin: reviews, subjects, lists.</description></item>
/// <item><term>person</term><description>a person signed in with the session cookie as analyst, supervisor or admin:
/// the workbench pages. API keys never open these.</description></item>
/// </list>
/// </remarks>
internal static class Roles
{
    public const string Submit = "submit";
    public const string Decisions = "decisions";
    public const string Analyst = "analyst";
    public const string Person = "person";

    public static string[] SubmitRoles { get; } = [AccessKeys.Name(AccessRole.Carrier), AccessKeys.Name(AccessRole.Admin)];

    public static string[] AnalystRoles { get; } =
        [AccessKeys.Name(AccessRole.Analyst), AccessKeys.Name(AccessRole.Supervisor), AccessKeys.Name(AccessRole.Admin)];

    /// <summary>The authenticated caller of a request.</summary>
    public static Caller Caller(this HttpContext context) =>
        context.Items.TryGetValue(typeof(Caller), out object? caller) && caller is Caller known
            ? known
            : throw new InvalidOperationException("The endpoint runs without an authenticated caller.");
}
