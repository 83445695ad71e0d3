using System.Security.Cryptography;
using System.Text;
using Vigil.Screening.Access;
using Vigil.Screening.Audit;

namespace Vigil.Storage.Tests;

public abstract partial class CheckStoreContractTests
{
    /// <summary>A carrier key for VG and ZZ, with the salted hash of a fixed secret.</summary>
    protected StoredAccessKey Key(string id, AccessRole role = AccessRole.Carrier, string name = "Vigil Air gateway")
    {
        byte[] salt = RandomNumberGenerator.GetBytes(16);
        byte[] secretHash = SHA256.HashData([.. salt, .. Encoding.UTF8.GetBytes("s3cret")]);
        AccessKey key = new(id, name, role, Time.GetUtcNow(), "cli:admin")
        {
            Carriers = role == AccessRole.Carrier ? ["VG", "ZZ"] : [],
        };
        return new StoredAccessKey(key, salt, secretHash);
    }

    [Fact]
    public async Task Created_key_comes_back_with_its_salt_hash_role_and_carriers()
    {
        StoredAccessKey created = Key("vg1");

        await Keys.CreateAsync(created, Entry("key:vg1", "key.create", "cli:admin"), Ct);
        StoredAccessKey? found = await Keys.FindAsync("vg1", Ct);

        Assert.NotNull(found);
        Assert.Equal(created.Salt, found.Salt);
        Assert.Equal(created.SecretHash, found.SecretHash);
        AccessKey key = found.Key;
        Assert.Equal(("vg1", "Vigil Air gateway", AccessRole.Carrier, Start, "cli:admin"), (key.Id, key.Name, key.Role, key.CreatedAt, key.CreatedBy));
        Assert.Equal(["VG", "ZZ"], key.Carriers);
        Assert.False(key.IsRevoked);
        AuditRecord row = Assert.Single(await Audit.ReadAsync(new AuditQuery(), Ct));
        Assert.Equal(new AuditEntry("cli:admin", "key.create", "key:vg1"), row.Entry);
        Assert.Null(await Keys.FindAsync("vg2", Ct));
    }

    [Fact]
    public async Task Keys_are_listed_oldest_first_revoked_ones_too()
    {
        await Keys.CreateAsync(Key("vg1"), Entry("key:vg1", "key.create"), Ct);
        Time.Advance(TimeSpan.FromMinutes(1));
        await Keys.CreateAsync(Key("analyst", AccessRole.Analyst, "Duty analysts"), Entry("key:analyst", "key.create"), Ct);
        Time.Advance(TimeSpan.FromMinutes(1));
        await Keys.CreateAsync(Key("admin", AccessRole.Admin, "Operators"), Entry("key:admin", "key.create"), Ct);
        await Keys.RevokeAsync("vg1", Entry("key:vg1", "key.revoke"), Ct);

        IReadOnlyList<AccessKey> keys = await Keys.ListAsync(Ct);

        Assert.Equal(["vg1", "analyst", "admin"], keys.Select(k => k.Id));
        Assert.Equal([true, false, false], keys.Select(k => k.IsRevoked));
        Assert.Equal([AccessRole.Carrier, AccessRole.Analyst, AccessRole.Admin], keys.Select(k => k.Role));
        Assert.Empty(keys[1].Carriers);
    }

    [Fact]
    public async Task Revoking_a_key_twice_changes_it_once()
    {
        await Keys.CreateAsync(Key("vg1"), Entry("key:vg1", "key.create"), Ct);
        Time.Advance(TimeSpan.FromMinutes(1));

        AccessKey? revoked = await Keys.RevokeAsync("vg1", Entry("key:vg1", "key.revoke"), Ct);
        Time.Advance(TimeSpan.FromMinutes(1));
        AccessKey? again = await Keys.RevokeAsync("vg1", Entry("key:vg1", "key.revoke"), Ct);

        Assert.Equal(Start.AddMinutes(1), revoked?.RevokedAt);
        Assert.Equal(Start.AddMinutes(1), again?.RevokedAt);
        Assert.Equal(Start.AddMinutes(1), (await Keys.FindAsync("vg1", Ct))?.Key.RevokedAt);
        Assert.Equal(["key.create", "key.revoke"], (await Audit.ReadAsync(new AuditQuery(), Ct)).Select(r => r.Entry.Action));
    }

    [Fact]
    public async Task Revoking_an_unknown_key_gives_null_and_appends_nothing()
    {
        Assert.Null(await Keys.RevokeAsync("none", Entry("key:none", "key.revoke"), Ct));

        Assert.Equal(0, await QueryNumberAsync("SELECT count(*) FROM audit_log"));
    }

    [Fact]
    public async Task Key_with_a_taken_id_is_refused_and_the_first_is_unchanged()
    {
        await Keys.CreateAsync(Key("vg1"), Entry("key:vg1", "key.create"), Ct);

        await Assert.ThrowsAsync<ArgumentException>(() => Keys.CreateAsync(Key("vg1", AccessRole.Admin, "Impostor"), Entry("key:vg1", "key.create"), Ct));

        Assert.Equal(("Vigil Air gateway", AccessRole.Carrier), ((await Keys.FindAsync("vg1", Ct))?.Key.Name, (await Keys.FindAsync("vg1", Ct))?.Key.Role));
        Assert.Equal(1, await QueryNumberAsync("SELECT count(*) FROM access_keys"));
        Assert.Equal(1, await QueryNumberAsync("SELECT count(*) FROM audit_log"));
    }

    [Fact]
    public async Task Key_without_a_proper_hash_is_refused()
    {
        StoredAccessKey key = Key("vg1");

        await Assert.ThrowsAsync<ArgumentException>(() => Keys.CreateAsync(key with { SecretHash = new byte[16] }, Entry("key:vg1", "key.create"), Ct));
        await Assert.ThrowsAsync<ArgumentException>(() => Keys.CreateAsync(key with { Salt = [] }, Entry("key:vg1", "key.create"), Ct));

        Assert.Empty(await Keys.ListAsync(Ct));
    }
}
