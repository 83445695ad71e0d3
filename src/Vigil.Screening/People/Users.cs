using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Vigil.Screening.Access;
using Vigil.Screening.Audit;

namespace Vigil.Screening.People;

/// <summary>Creates, lists and disables the people who sign in to the workbench, and checks their passwords, with a
/// lockout after repeated wrong passwords. Every change and every attempt is recorded in the audit chain.</summary>
/// <remarks>
/// <para>Passwords are hashed with ASP.NET Core Identity's <see cref="PasswordHasher{TUser}"/> (PBKDF2 with
/// HMAC-SHA512, a random salt and a high iteration count, all written in the hash): slow on purpose, so a stolen
/// database does not give the passwords away quickly. A password is never stored, logged or audited.</para>
/// <para>An unknown name, a wrong password and a disabled user get the same answer, after the same work (an unknown
/// name is checked against a hash made for nothing); only the audit chain tells them apart. After
/// <see cref="LockoutThreshold"/> wrong passwords in a row a user is locked for <see cref="LockoutDuration"/>: sign-in
/// is refused even with the right password, and attempts during the lockout are not counted. A sign-in sets the count
/// back to zero.</para>
/// </remarks>
public sealed class Users(IUserStore store, IAuditLog audit, TimeProvider time)
{
    /// <summary>How many wrong passwords in a row lock a user.</summary>
    public const int LockoutThreshold = 5;

    /// <summary>The shortest password accepted.</summary>
    public const int MinimumPasswordLength = 12;

    /// <summary>The longest password accepted: hashing is slow enough without megabytes of password.</summary>
    public const int MaximumPasswordLength = 1024;

    /// <summary>The longest user name.</summary>
    public const int MaximumNameLength = 64;

    /// <summary>How long a lockout lasts.</summary>
    public static readonly TimeSpan LockoutDuration = TimeSpan.FromMinutes(15);

    private static readonly SearchValues<char> NameCharacters =
        SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._@-");

    private static readonly PasswordHasher<User> Hasher = new();

    private static readonly User Nobody = new("nobody", AccessRole.Analyst, DateTimeOffset.UnixEpoch, "nobody");

    // Checked against when the name is unknown, so that an unknown name costs as much as a wrong password.
    private static readonly Lazy<string> NobodysHash = new(() => Hasher.HashPassword(Nobody, Convert.ToBase64String(Guid.NewGuid().ToByteArray())));

    /// <summary>The roles a person may have: analyst, supervisor, admin.</summary>
    public static IReadOnlyList<AccessRole> PersonRoles { get; } = [AccessRole.Analyst, AccessRole.Supervisor, AccessRole.Admin];

    /// <summary>How the audit chain names a person: <c>user:NAME</c>.</summary>
    public static string ActorOf(string name) => $"user:{name}";

    /// <summary>Why <paramref name="name"/> cannot be a user's name, or null when it can: 1 to 64 letters, digits,
    /// dots, hyphens, underscores or at signs.</summary>
    public static string? ProblemWithName(string? name) =>
        string.IsNullOrEmpty(name) ? "A user needs a name."
        : name.Length > MaximumNameLength ? $"A user name has at most {MaximumNameLength} characters."
        : name.AsSpan().ContainsAnyExcept(NameCharacters) ? $"'{name}' is not a user name: use letters, digits and . _ @ - only."
        : null;

    /// <summary>Why <paramref name="password"/> cannot be a password, or null when it can.</summary>
    public static string? ProblemWithPassword(string? password) =>
        string.IsNullOrEmpty(password) ? "The password is empty."
        : password.Length < MinimumPasswordLength ? $"The password is too short: at least {MinimumPasswordLength} characters."
        : password.Length > MaximumPasswordLength ? $"The password is too long: at most {MaximumPasswordLength} characters."
        : null;

    /// <summary>Creates a user who may sign in with <paramref name="password"/>.</summary>
    /// <param name="name">The name to sign in with.</param>
    /// <param name="role">Analyst, supervisor or admin.</param>
    /// <param name="password">The password; only its hash is kept.</param>
    /// <param name="actor">Who creates the user.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <exception cref="ArgumentException">The name or password is not acceptable, the role is a carrier's, or a
    /// user with this name exists.</exception>
    public async Task<User> CreateAsync(string name, AccessRole role, string password, string actor, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        if (ProblemWithName(name) is { } badName)
        {
            throw new ArgumentException(badName, nameof(name));
        }

        if (!PersonRoles.Contains(role))
        {
            throw new ArgumentException("A person is an analyst, a supervisor or an admin; carriers use API keys.", nameof(role));
        }

        if (ProblemWithPassword(password) is { } badPassword)
        {
            throw new ArgumentException(badPassword, nameof(password));
        }

        User user = new(name, role, time.GetUtcNow(), actor);
        await store.CreateAsync(
            new StoredUser(user, Hasher.HashPassword(user, password)),
            new AuditEntry(actor, "user.create", ActorOf(name)) { Detail = Detail(("role", AccessKeys.Name(role))) },
            cancellationToken).ConfigureAwait(false);
        return user;
    }

    /// <summary>Every user, disabled ones too, oldest first.</summary>
    public Task<IReadOnlyList<User>> ListAsync(CancellationToken cancellationToken) => store.ListAsync(cancellationToken);

    /// <summary>Disables a user: sign-in is refused from now on, and open sessions end at their next request.</summary>
    /// <returns>The user, or null when there is none with this name.</returns>
    public Task<User?> DisableAsync(string name, string actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        return store.DisableAsync(name, new AuditEntry(actor, "user.disable", ActorOf(name)), cancellationToken);
    }

    /// <summary>The user of an open session, or null when the user is gone or disabled: the session ends.</summary>
    public async Task<User?> FindActiveAsync(string name, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(name);
        StoredUser? stored = ProblemWithName(name) is null ? await store.FindAsync(name, cancellationToken).ConfigureAwait(false) : null;
        return stored is { User.IsDisabled: false } ? stored.User : null;
    }

    /// <summary>Checks a name and password, counts a wrong password, and records the attempt in the audit chain.</summary>
    /// <param name="name">The name given.</param>
    /// <param name="password">The password given.</param>
    /// <param name="origin">Where the attempt came from (a network address), for the audit chain; or null.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    public async Task<SignInResult> SignInAsync(string? name, string? password, string? origin, CancellationToken cancellationToken)
    {
        name ??= string.Empty;
        password ??= string.Empty;
        DateTimeOffset now = time.GetUtcNow();
        StoredUser? stored = ProblemWithName(name) is null ? await store.FindAsync(name, cancellationToken).ConfigureAwait(false) : null;
        if (stored is null)
        {
            Hasher.VerifyHashedPassword(Nobody, NobodysHash.Value, password);
            await RefuseAsync(name, "unknown-name", origin, cancellationToken).ConfigureAwait(false);
            return new SignInResult(SignInOutcome.Refused);
        }

        User user = stored.User;
        if (user.IsLockedAt(now))
        {
            await RefuseAsync(name, "locked", origin, cancellationToken).ConfigureAwait(false);
            return new SignInResult(SignInOutcome.LockedOut, LockedUntil: user.LockedUntil);
        }

        PasswordVerificationResult verified = password.Length is 0 or > MaximumPasswordLength
            ? PasswordVerificationResult.Failed
            : Hasher.VerifyHashedPassword(user, stored.PasswordHash, password);
        if (user.IsDisabled)
        {
            await RefuseAsync(name, "disabled", origin, cancellationToken).ConfigureAwait(false);
            return new SignInResult(SignInOutcome.Refused);
        }

        if (verified == PasswordVerificationResult.Failed)
        {
            DateTimeOffset until = now + LockoutDuration;
            User? counted = await store.RecordFailureAsync(
                name,
                LockoutThreshold,
                until,
                new AuditEntry(user.Actor, "user.signin.refused", user.Actor) { Detail = Detail(("reason", "wrong-password"), ("from", origin)) },
                new AuditEntry(user.Actor, "user.lockout", user.Actor)
                {
                    Detail = Detail(("until", until.ToString("O", CultureInfo.InvariantCulture)), ("from", origin)),
                },
                cancellationToken).ConfigureAwait(false);
            return counted is not null && counted.IsLockedAt(now)
                ? new SignInResult(SignInOutcome.LockedOut, LockedUntil: counted.LockedUntil)
                : new SignInResult(SignInOutcome.Refused);
        }

        string? rehashed = verified == PasswordVerificationResult.SuccessRehashNeeded ? Hasher.HashPassword(user, password) : null;
        User? signedIn = await store.RecordSignInAsync(
            name, rehashed, new AuditEntry(user.Actor, "user.signin", user.Actor) { Detail = Detail(("from", origin)) }, cancellationToken).ConfigureAwait(false);
        return signedIn is null ? new SignInResult(SignInOutcome.Refused) : new SignInResult(SignInOutcome.SignedIn, signedIn);
    }

    /// <summary>Records that a person ended a session.</summary>
    public Task SignOutAsync(string name, string? origin, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(name);
        return audit.AppendAsync(new AuditEntry(ActorOf(name), "user.signout", ActorOf(name)) { Detail = Detail(("from", origin)) }, cancellationToken);
    }

    private Task RefuseAsync(string name, string reason, string? origin, CancellationToken cancellationToken)
    {
        // The name is whatever was typed: kept short, so that the audit chain holds no pasted essays.
        string shown = name.Length > MaximumNameLength ? name[..MaximumNameLength] : name;
        return audit.AppendAsync(
            new AuditEntry(ActorOf(shown), "user.signin.refused", ActorOf(shown)) { Detail = Detail(("reason", reason), ("from", origin)) },
            cancellationToken);
    }

    private static string Detail(params (string Name, string? Value)[] fields)
    {
        ArrayBufferWriter<byte> buffer = new();
        using (Utf8JsonWriter w = new(buffer))
        {
            w.WriteStartObject();
            foreach ((string field, string? value) in fields)
            {
                if (value is not null)
                {
                    w.WriteString(field, value);
                }
            }

            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
