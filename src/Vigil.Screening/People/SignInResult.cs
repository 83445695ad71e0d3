namespace Vigil.Screening.People;

/// <summary>The answer to an attempt to sign in.</summary>
/// <param name="Outcome">Signed in, refused or locked out.</param>
/// <param name="User">The user signed in; null unless <see cref="Outcome"/> is <see cref="SignInOutcome.SignedIn"/>.</param>
/// <param name="LockedUntil">When a lockout ends; null unless <see cref="Outcome"/> is <see cref="SignInOutcome.LockedOut"/>.</param>
public sealed record SignInResult(SignInOutcome Outcome, User? User = null, DateTimeOffset? LockedUntil = null)
{
    /// <summary>True when signed in.</summary>
    public bool IsSignedIn => Outcome == SignInOutcome.SignedIn;
}
