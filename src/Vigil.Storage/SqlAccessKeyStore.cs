using System.Data.Common;
using System.Security.Cryptography;
using System.Text.Json;
using Vigil.Screening.Access;
using Vigil.Screening.Audit;

namespace Vigil.Storage;

/// <summary>The store of API keys in a SQLite or PostgreSQL database, as salted hashes.</summary>
/// <remarks>A change goes through the <see cref="ChainWriter"/>, in one transaction with its audit row. Revoking a key
/// that is revoked already, or missing, changes nothing and appends no row. Times are kept to the microsecond.</remarks>
/// <param name="writer">The writer of the database's audit chain.</param>
/// <param name="ownsWriter">True when disposing the store disposes the writer (and with it the database); false when
/// the store is one of a <see cref="VigilStoreSet"/>, which disposes them.</param>
internal sealed class SqlAccessKeyStore(ChainWriter writer, bool ownsWriter) : IAccessKeyStore
{
    private SqlDatabase Database => writer.Database;

    /// <inheritdoc />
    public ValueTask DisposeAsync() => ownsWriter ? writer.DisposeAsync() : ValueTask.CompletedTask;

    /// <inheritdoc />
    public async Task CreateAsync(StoredAccessKey key, AuditEntry audit, CancellationToken cancellationToken)
    {
        Accept(key);
        SqlAuditLog.Accept(audit);
        AccessKey access = key.Key;
        string carriers = JsonSerializer.Serialize(access.Carriers.IsDefault ? [] : access.Carriers.ToArray());
        await writer.WriteAsync(
            async chain =>
            {
                int inserted = await chain.ExecuteAsync(
                    AccessKeySql.Insert,
                    access.Id, access.Name, (int)access.Role, carriers, SqlDatabase.ToStoredPrecision(access.CreatedAt), access.CreatedBy,
                    access.RevokedAt is { } revoked ? SqlDatabase.ToStoredPrecision(revoked) : null, key.Salt, key.SecretHash);
                if (inserted == 0)
                {
                    throw new ArgumentException($"A key with the id '{access.Id}' exists.", nameof(key));
                }

                await chain.AppendAsync(audit);
                return true;
            },
            cancellationToken);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<AccessKey>> ListAsync(CancellationToken cancellationToken)
    {
        await using DbConnection connection = await Database.OpenConnectionAsync(cancellationToken);
        await using DbCommand command = Database.Command(connection, null, AccessKeySql.All);
        await using DbDataReader reader = await command.ExecuteReaderAsync(cancellationToken);
        List<AccessKey> keys = [];
        while (await reader.ReadAsync(cancellationToken))
        {
            keys.Add(ReadKey(reader));
        }

        return keys;
    }

    /// <inheritdoc />
    public async Task<StoredAccessKey?> FindAsync(string id, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(id);
        await using DbConnection connection = await Database.OpenConnectionAsync(cancellationToken);
        await using DbCommand command = Database.Command(connection, null, AccessKeySql.ById, id);
        await using DbDataReader reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken)
            ? new StoredAccessKey(ReadKey(reader), reader.GetFieldValue<byte[]>(7), reader.GetFieldValue<byte[]>(8))
            : null;
    }

    /// <inheritdoc />
    public async Task<AccessKey?> RevokeAsync(string id, AuditEntry audit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(id);
        SqlAuditLog.Accept(audit);
        return await writer.WriteAsync(
            async chain =>
            {
                if (await chain.ExecuteAsync(AccessKeySql.Revoke, id, chain.Now) == 1)
                {
                    await chain.AppendAsync(audit);
                }

                await using DbCommand command = chain.Database.Command(chain.Connection, chain.Transaction, AccessKeySql.ById, id);
                await using DbDataReader reader = await command.ExecuteReaderAsync(CancellationToken.None);
                return await reader.ReadAsync(CancellationToken.None) ? ReadKey(reader) : null;
            },
            cancellationToken);
    }

    /// <summary>Reads the columns of <see cref="AccessKeySql.Columns"/> but the salt and hash.</summary>
    private AccessKey ReadKey(DbDataReader reader) =>
        new(reader.GetString(0), reader.GetString(1), (AccessRole)reader.GetInt32(2), Database.ReadTimestamp(reader, 4), reader.GetString(5))
        {
            Carriers = [.. JsonSerializer.Deserialize<string[]>(reader.GetString(3)) ?? []],
            RevokedAt = reader.IsDBNull(6) ? null : Database.ReadTimestamp(reader, 6),
        };

    private static void Accept(StoredAccessKey key)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(key.Key, nameof(key));
        ArgumentException.ThrowIfNullOrWhiteSpace(key.Key.Id, nameof(key));
        ArgumentNullException.ThrowIfNull(key.Key.Name, nameof(key));
        ArgumentException.ThrowIfNullOrWhiteSpace(key.Key.CreatedBy, nameof(key));
        if (!Enum.IsDefined(key.Key.Role))
        {
            throw new ArgumentOutOfRangeException(nameof(key), key.Key.Role, "Unknown access role.");
        }

        if (key.Salt is not { Length: > 0 } || key.SecretHash is not { Length: SHA256.HashSizeInBytes })
        {
            throw new ArgumentException("A key needs a salt and the 32-byte SHA-256 of its salted secret.", nameof(key));
        }

        if (!key.Key.Carriers.IsDefaultOrEmpty && key.Key.Carriers.Any(string.IsNullOrWhiteSpace))
        {
            throw new ArgumentException("A key's carriers are airline designators: none may be empty.", nameof(key));
        }
    }
}
