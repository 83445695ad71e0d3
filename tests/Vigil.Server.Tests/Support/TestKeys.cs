using Vigil.Screening.Access;

namespace Vigil.Server.Tests.Support;

/// <summary>An API key as a test holds it: its id and the whole key to send.</summary>
/// <param name="Id">The key's id, as the audit names it (<c>key:ID</c>).</param>
/// <param name="Key">The whole key, <c>vgl_ID_SECRET</c>.</param>
public sealed record IssuedKey(string Id, string Key)
{
    /// <summary>How the audit names the holder.</summary>
    public string Actor => $"key:{Id}";
}

/// <summary>A key of every role, made in the database before the server starts: a carrier key for
/// <see cref="OwnCarrier"/>, another for <see cref="OtherCarrier"/>, an analyst, a supervisor, an admin, and a carrier
/// key that was revoked. The carriers' designators are invented.</summary>
public sealed record TestKeys(IssuedKey Carrier, IssuedKey OtherCarrierKey, IssuedKey Analyst, IssuedKey Supervisor, IssuedKey Admin, IssuedKey Revoked)
{
    /// <summary>The carrier of <see cref="Carrier"/> (the designator of the shared PAXLST and PNRGOV examples).</summary>
    public const string OwnCarrier = "VG";

    /// <summary>The carrier of <see cref="OtherCarrierKey"/>.</summary>
    public const string OtherCarrier = "ZQ";

    /// <summary>Not a key at all.</summary>
    public const string Malformed = "not-a-vigil-key";

    /// <summary>The admin key's id with another secret of the right length.</summary>
    public string WrongSecret => $"vgl_{Admin.Id}_{new string('Q', 43)}";

    public static async Task<TestKeys> CreateAsync(IAccessKeyStore store, CancellationToken cancellationToken)
    {
        AccessKeys keys = new(store, TimeProvider.System);
        async Task<IssuedKey> CreateAsync(string name, AccessRole role, params string[] carriers)
        {
            (AccessKey key, string secret) = await keys.CreateAsync(name, role, carriers, "cli:test", cancellationToken);
            return new IssuedKey(key.Id, secret);
        }

        IssuedKey revoked = await CreateAsync("retired gateway", AccessRole.Carrier, OwnCarrier);
        Assert.NotNull(await keys.RevokeAsync(revoked.Id, "cli:test", cancellationToken));
        return new TestKeys(
            await CreateAsync("VG check-in gateway", AccessRole.Carrier, OwnCarrier),
            await CreateAsync("ZQ check-in gateway", AccessRole.Carrier, OtherCarrier),
            await CreateAsync("analyst desk", AccessRole.Analyst),
            await CreateAsync("duty supervisor", AccessRole.Supervisor),
            await CreateAsync("operations", AccessRole.Admin),
            revoked);
    }
}
