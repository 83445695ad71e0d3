namespace Vigil.Screening.People;

/// <summary>What an attempt to sign in gave.</summary>
public enum SignInOutcome
{
    /// <summary>Signed in.</summary>
    SignedIn = 0,

    /// <summary>Refused: an unknown name, a wrong password or a disabled user, told apart only in the audit chain.</summary>
    Refused = 1,

    /// <summary>Refused: too many wrong passwords in a row; sign-in is possible again after the lockout.</summary>
    LockedOut = 2,
}
