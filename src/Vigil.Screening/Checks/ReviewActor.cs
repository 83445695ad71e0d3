using Vigil.Screening.Access;

namespace Vigil.Screening.Checks;

/// <summary>The person (or key) who decides a review item: a stable id, a name to show, and a role.</summary>
/// <param name="Id">How the audit names it: <c>key:ID</c> for an API key; a signed-in person's own id later.</param>
/// <param name="Name">What to show (the key's name, the person's name).</param>
/// <param name="Role">What it may do.</param>
public sealed record ReviewActor(string Id, string Name, AccessRole Role)
{
    /// <summary>True for supervisors and admins: they decide escalated items.</summary>
    public bool IsSupervisorOrAbove => Role >= AccessRole.Supervisor;

    /// <summary>The actor of an authenticated caller.</summary>
    public static ReviewActor Of(Caller caller)
    {
        ArgumentNullException.ThrowIfNull(caller);
        return new ReviewActor(caller.Actor, caller.Name ?? caller.Actor, caller.Role);
    }
}
