using Vigil.Screening.Access;

namespace Vigil.Screening.People;

/// <summary>A person who signs in to the workbench: an analyst, a supervisor or an admin. Never a carrier: carriers
/// are machines with API keys.</summary>
/// <param name="Name">The name the person signs in with, as it was created (compared exactly).</param>
/// <param name="Role">What the person may do.</param>
/// <param name="CreatedAt">When the user was created (UTC).</param>
/// <param name="CreatedBy">Who created it, as the audit names them.</param>
public sealed record User(string Name, AccessRole Role, DateTimeOffset CreatedAt, string CreatedBy)
{
    /// <summary>When the user was disabled, or null while the user may sign in.</summary>
    public DateTimeOffset? DisabledAt { get; init; }

    /// <summary>Wrong passwords given in a row since the last sign-in or lockout.</summary>
    public int FailedAttempts { get; init; }

    /// <summary>Until when sign-in is refused after too many wrong passwords, or null.</summary>
    public DateTimeOffset? LockedUntil { get; init; }

    /// <summary>True once disabled: the user can no longer sign in, and open sessions end.</summary>
    public bool IsDisabled => DisabledAt is not null;

    /// <summary>True when sign-in is refused at <paramref name="now"/> because of a lockout.</summary>
    public bool IsLockedAt(DateTimeOffset now) => LockedUntil is { } until && until > now;

    /// <summary>How the audit chain names the person: <c>user:NAME</c>.</summary>
    public string Actor => Users.ActorOf(Name);
}
