using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;
using Vigil.Screening.Audit;

namespace Vigil.Screening.Access;

/// <summary>Creates, lists, revokes and checks API keys.</summary>
/// <remarks>
/// A key reads <c>vgl_ID_SECRET</c>: <c>ID</c> (12 characters) finds the stored key, <c>SECRET</c> (43 characters,
/// 256 random bits in base64url) proves it. Only a random salt and the SHA-256 of the salt and the secret are
/// stored: a key is shown once, when it is created. A fast hash is enough for 256 random bits, and keeps each
/// request's check to microseconds; the comparison takes the same time whatever the bytes.
/// </remarks>
public sealed class AccessKeys(IAccessKeyStore store, TimeProvider time)
{
    private const string Prefix = "vgl_";
    private const int IdLength = 12;
    private const string IdAlphabet = "abcdefghijkmnpqrstuvwxyz23456789";

    /// <summary>Creates a key and returns it with its secret, which is never shown again.</summary>
    /// <param name="name">What it is for.</param>
    /// <param name="role">What it may do.</param>
    /// <param name="carriers">For a carrier key, its airline designators (at least one); for other roles, none.</param>
    /// <param name="actor">Who creates it.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <exception cref="ArgumentException">A carrier key without carriers, or carriers on another role.</exception>
    public async Task<(AccessKey Key, string Secret)> CreateAsync(string name, AccessRole role, IReadOnlyList<string> carriers, string actor, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(carriers);
        string[] codes = [.. carriers.Select(c => c.Trim().ToUpperInvariant()).Where(c => c.Length > 0).Distinct(StringComparer.Ordinal)];
        if (role == AccessRole.Carrier && codes.Length == 0)
        {
            throw new ArgumentException("A carrier key needs the carrier codes it answers for.", nameof(carriers));
        }

        if (role != AccessRole.Carrier && codes.Length > 0)
        {
            throw new ArgumentException("Only a carrier key is bound to carrier codes.", nameof(carriers));
        }

        if (codes.FirstOrDefault(c => !Checks.CheckRequestReader.IsCarrier(c)) is { } bad)
        {
            throw new ArgumentException($"'{bad}' is not an airline designator: two or three letters or digits.", nameof(carriers));
        }

        string id = RandomId();
        byte[] secretBytes = RandomNumberGenerator.GetBytes(32);
        string secret = Convert.ToBase64String(secretBytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        byte[] salt = RandomNumberGenerator.GetBytes(16);
        AccessKey key = new(id, name.Trim(), role, time.GetUtcNow(), actor) { Carriers = [.. codes] };
        await store.CreateAsync(new StoredAccessKey(key, salt, Hash(salt, secret)), new AuditEntry(actor, "key.create", $"key:{id}")
        {
            Detail = $"{{\"role\":\"{Name(role)}\",\"carriers\":\"{string.Join(' ', codes)}\"}}",
        }, cancellationToken).ConfigureAwait(false);
        return (key, $"{Prefix}{id}_{secret}");
    }

    /// <summary>Every key, revoked ones too.</summary>
    public Task<IReadOnlyList<AccessKey>> ListAsync(CancellationToken cancellationToken) => store.ListAsync(cancellationToken);

    /// <summary>Revokes a key: it no longer opens anything.</summary>
    /// <returns>The key, or null when there is none with this id.</returns>
    public Task<AccessKey?> RevokeAsync(string id, string actor, CancellationToken cancellationToken) =>
        store.RevokeAsync(id, new AuditEntry(actor, "key.revoke", $"key:{id}"), cancellationToken);

    /// <summary>The caller a presented key stands for, or null when the key is malformed, unknown, wrong or revoked.</summary>
    public async Task<Caller?> AuthenticateAsync(string? presented, CancellationToken cancellationToken)
    {
        if (!TrySplit(presented, out string id, out string secret))
        {
            return null;
        }

        StoredAccessKey? stored = await store.FindAsync(id, cancellationToken).ConfigureAwait(false);
        if (stored is null || stored.Key.IsRevoked || !CryptographicOperations.FixedTimeEquals(Hash(stored.Salt, secret), stored.SecretHash))
        {
            return null;
        }

        return new Caller($"key:{id}", stored.Key.Role) { Carriers = stored.Key.Carriers, Name = stored.Key.Name };
    }

    /// <summary>The wire name of a role.</summary>
    public static string Name(AccessRole role) => role switch
    {
        AccessRole.Carrier => "carrier",
        AccessRole.Analyst => "analyst",
        AccessRole.Supervisor => "supervisor",
        AccessRole.Admin => "admin",
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, "Not a role."),
    };

    /// <summary>Reads a role's wire name.</summary>
    public static bool TryParseRole(string? text, out AccessRole role)
    {
        foreach (AccessRole candidate in Enum.GetValues<AccessRole>())
        {
            if (string.Equals(Name(candidate), text, StringComparison.Ordinal))
            {
                role = candidate;
                return true;
            }
        }

        role = default;
        return false;
    }

    /// <summary>The role names, least to most.</summary>
    public static ImmutableArray<string> RoleNames { get; } = [.. Enum.GetValues<AccessRole>().Select(Name)];

    private static bool TrySplit(string? key, out string id, out string secret)
    {
        id = secret = string.Empty;
        if (key is null || key.Length != Prefix.Length + IdLength + 1 + 43 || !key.StartsWith(Prefix, StringComparison.Ordinal) || key[Prefix.Length + IdLength] != '_')
        {
            return false;
        }

        id = key.Substring(Prefix.Length, IdLength);
        secret = key[(Prefix.Length + IdLength + 1)..];
        return id.All(c => IdAlphabet.Contains(c, StringComparison.Ordinal));
    }

    private static byte[] Hash(byte[] salt, string secret)
    {
        byte[] bytes = new byte[salt.Length + Encoding.UTF8.GetByteCount(secret)];
        salt.CopyTo(bytes, 0);
        Encoding.UTF8.GetBytes(secret, bytes.AsSpan(salt.Length));
        return SHA256.HashData(bytes);
    }

    private static string RandomId()
    {
        Span<char> id = stackalloc char[IdLength];
        for (int i = 0; i < id.Length; i++)
        {
            id[i] = IdAlphabet[RandomNumberGenerator.GetInt32(IdAlphabet.Length)];
        }

        return new string(id);
    }
}
