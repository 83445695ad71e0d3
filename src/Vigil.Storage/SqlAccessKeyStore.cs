using System.Collections.Concurrent;
using System.Data.Common;
using System.Diagnostics;
using System.Security.Cryptography;
using System.Text.Json;
using Vigil.Screening.Access;
using Vigil.Screening.Audit;

namespace Vigil.Storage;

/// <summary>The store of API keys in a SQLite or PostgreSQL database, as salted hashes.</summary>
/// <remarks>
/// <para>A change goes through the <see cref="ChainWriter"/>, in one transaction with its audit row. Revoking a key
/// that is revoked already, or missing, changes nothing and appends no row. Times are kept to the microsecond.</para>
/// <para>On PostgreSQL the keys found are kept in memory while the store hears every change to the keys as it is
/// committed (a <c>NOTIFY</c> sent in the changing transaction, heard on a connection of its own): a server asked a
/// thousand times a second by the same carrier key then does not ask the database each time (the look-up was a
/// quarter of a check's processor time), and a key revoked by any process is refused from the moment its revocation
/// commits. While the listening connection is lost, and for keys kept longer than a minute, the database is asked.
/// SQLite is asked every time: the look-up is a read of a local file.</para>
/// </remarks>
internal sealed class SqlAccessKeyStore : IAccessKeyStore
{
    /// <summary>The channel on which changes to the keys are signalled.</summary>
    public const string Channel = "vigil_access_keys";

    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(1);

    private readonly ChainWriter writer;
    private readonly bool ownsWriter;
    private readonly ConcurrentDictionary<string, (StoredAccessKey Key, long Generation, long At)> _found = new(StringComparer.Ordinal);
    private readonly Lazy<ChangeSignal?> _signal;

    /// <summary>Creates the store.</summary>
    /// <param name="writer">The writer of the database's audit chain.</param>
    /// <param name="ownsWriter">True when disposing the store disposes the writer (and with it the database); false
    /// when the store is one of a <see cref="VigilStoreSet"/>, which disposes them.</param>
    public SqlAccessKeyStore(ChainWriter writer, bool ownsWriter)
    {
        this.writer = writer;
        this.ownsWriter = ownsWriter;

        // Started on the first look-up: a command that only creates or lists keys never listens.
        _signal = new Lazy<ChangeSignal?>(() => writer.Database.Listen(Channel), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    private SqlDatabase Database => writer.Database;

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (_signal.IsValueCreated && _signal.Value is { } signal)
        {
            await signal.DisposeAsync();
        }

        if (ownsWriter)
        {
            await writer.DisposeAsync();
        }
    }

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
                await chain.Database.SignalAsync(chain.Connection, chain.Transaction, Channel, CancellationToken.None);
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
        if (_signal.Value is not { IsListening: true } signal)
        {
            return await ReadAsync(id, cancellationToken);
        }

        long generation = signal.Generation;
        if (_found.TryGetValue(id, out (StoredAccessKey Key, long Generation, long At) kept)
            && kept.Generation == generation && Stopwatch.GetElapsedTime(kept.At) < Lifetime)
        {
            return kept.Key;
        }

        StoredAccessKey? key = await ReadAsync(id, cancellationToken);

        // Kept only if nothing changed while it was read: a revocation heard meanwhile moved the generation.
        if (key is not null && signal.IsListening && signal.Generation == generation)
        {
            _found[id] = (key, generation, Stopwatch.GetTimestamp());
        }

        return key;
    }

    private async Task<StoredAccessKey?> ReadAsync(string id, CancellationToken cancellationToken)
    {
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
        AccessKey? revoked = await writer.WriteAsync(
            async chain =>
            {
                if (await chain.ExecuteAsync(AccessKeySql.Revoke, id, chain.Now) == 1)
                {
                    await chain.AppendAsync(audit);
                    await chain.Database.SignalAsync(chain.Connection, chain.Transaction, Channel, CancellationToken.None);
                }

                await using DbCommand command = chain.Database.Command(chain.Connection, chain.Transaction, AccessKeySql.ById, id);
                await using DbDataReader reader = await command.ExecuteReaderAsync(CancellationToken.None);
                return await reader.ReadAsync(CancellationToken.None) ? ReadKey(reader) : null;
            },
            cancellationToken);

        // This process refuses the key at once, before its own notification comes back.
        if (_signal.IsValueCreated && _signal.Value is { } signal)
        {
            signal.Changed();
        }

        return revoked;
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
