namespace Vigil.Screening.People;

/// <summary>A user with the hash of the password, as the store keeps it. The password itself is never stored.</summary>
/// <param name="User">The user.</param>
/// <param name="PasswordHash">The password's hash in ASP.NET Core Identity's format (PBKDF2 with a random salt, the
/// algorithm and iteration count written in the hash).</param>
public sealed record StoredUser(User User, string PasswordHash);
