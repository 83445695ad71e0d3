using System.Data.Common;
using Vigil.Screening.Access;
using Vigil.Screening.Audit;
using Vigil.Screening.People;

namespace Vigil.Storage;

/// <summary>The store of users in a SQLite or PostgreSQL database, with the hashes of their passwords.</summary>
/// <remarks>A change goes through the <see cref="ChainWriter"/>, in one transaction with its audit rows: a wrong
/// password is counted and, at the threshold, the lockout set in the same transaction, so that attempts made at the
/// same time by several requests or servers are all counted. Disabling a disabled or missing user changes nothing
/// and appends no row. Times are kept to the microsecond.</remarks>
internal sealed class SqlUserStore : IUserStore
{
    private readonly ChainWriter writer;
    private readonly bool ownsWriter;

    /// <summary>Creates the store.</summary>
    /// <param name="writer">The writer of the database's audit chain.</param>
    /// <param name="ownsWriter">True when disposing the store disposes the writer (and with it the database); false
    /// when the store is one of a <see cref="VigilStoreSet"/>, which disposes them.</param>
    public SqlUserStore(ChainWriter writer, bool ownsWriter)
    {
        this.writer = writer;
        this.ownsWriter = ownsWriter;
    }

    private SqlDatabase Database => writer.Database;

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (ownsWriter)
        {
            await writer.DisposeAsync();
        }
    }

    /// <inheritdoc />
    public async Task CreateAsync(StoredUser user, AuditEntry audit, CancellationToken cancellationToken)
    {
        Accept(user);
        SqlAuditLog.Accept(audit);
        User person = user.User;
        await writer.WriteAsync(
            async chain =>
            {
                int inserted = await chain.ExecuteAsync(
                    UserSql.Insert,
                    person.Name, (int)person.Role, user.PasswordHash, SqlDatabase.ToStoredPrecision(person.CreatedAt), person.CreatedBy,
                    person.DisabledAt is { } disabled ? SqlDatabase.ToStoredPrecision(disabled) : null);
                if (inserted == 0)
                {
                    throw new ArgumentException($"A user named '{person.Name}' exists.", nameof(user));
                }

                await chain.AppendAsync(audit);
                return true;
            },
            cancellationToken);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<User>> ListAsync(CancellationToken cancellationToken)
    {
        await using DbConnection connection = await Database.OpenConnectionAsync(cancellationToken);
        await using DbCommand command = Database.Command(connection, null, UserSql.All);
        await using DbDataReader reader = await command.ExecuteReaderAsync(cancellationToken);
        List<User> users = [];
        while (await reader.ReadAsync(cancellationToken))
        {
            users.Add(ReadUser(reader));
        }

        return users;
    }

    /// <inheritdoc />
    public async Task<StoredUser?> FindAsync(string name, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(name);
        await using DbConnection connection = await Database.OpenConnectionAsync(cancellationToken);
        await using DbCommand command = Database.Command(connection, null, UserSql.ByName, name);
        await using DbDataReader reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? new StoredUser(ReadUser(reader), reader.GetString(7)) : null;
    }

    /// <inheritdoc />
    public Task<User?> DisableAsync(string name, AuditEntry audit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(name);
        SqlAuditLog.Accept(audit);
        return writer.WriteAsync(
            async chain =>
            {
                if (await chain.ExecuteAsync(UserSql.Disable, name, chain.Now) == 1)
                {
                    await chain.AppendAsync(audit);
                }

                return await ReadAsync(chain, name);
            },
            cancellationToken);
    }

    /// <inheritdoc />
    public Task<User?> RecordSignInAsync(string name, string? newPasswordHash, AuditEntry audit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(name);
        SqlAuditLog.Accept(audit);
        return writer.WriteAsync(
            async chain =>
            {
                if (await chain.ExecuteAsync(UserSql.SignIn, name, newPasswordHash) == 0)
                {
                    return null;
                }

                await chain.AppendAsync(audit);
                return await ReadAsync(chain, name);
            },
            cancellationToken);
    }

    /// <inheritdoc />
    public Task<User?> RecordFailureAsync(
        string name, int lockAfter, DateTimeOffset lockUntil, AuditEntry failure, AuditEntry lockout, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentOutOfRangeException.ThrowIfLessThan(lockAfter, 1);
        SqlAuditLog.Accept(failure);
        SqlAuditLog.Accept(lockout);
        return writer.WriteAsync(
            async chain =>
            {
                if (await chain.ExecuteAsync(UserSql.Fail, name) == 0)
                {
                    return null;
                }

                await chain.AppendAsync(failure);
                if (await chain.ExecuteAsync(UserSql.Lock, name, SqlDatabase.ToStoredPrecision(lockUntil), lockAfter) == 1)
                {
                    await chain.AppendAsync(lockout);
                }

                return await ReadAsync(chain, name);
            },
            cancellationToken);
    }

    private async Task<User?> ReadAsync(ChainTransaction chain, string name)
    {
        await using DbCommand command = chain.Database.Command(chain.Connection, chain.Transaction, UserSql.ByName, name);
        await using DbDataReader reader = await command.ExecuteReaderAsync(CancellationToken.None);
        return await reader.ReadAsync(CancellationToken.None) ? ReadUser(reader) : null;
    }

    /// <summary>Reads the columns of <see cref="UserSql.Columns"/> but the hash.</summary>
    private User ReadUser(DbDataReader reader) =>
        new(reader.GetString(0), (AccessRole)reader.GetInt32(1), Database.ReadTimestamp(reader, 2), reader.GetString(3))
        {
            DisabledAt = reader.IsDBNull(4) ? null : Database.ReadTimestamp(reader, 4),
            FailedAttempts = reader.GetInt32(5),
            LockedUntil = reader.IsDBNull(6) ? null : Database.ReadTimestamp(reader, 6),
        };

    private static void Accept(StoredUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(user.User, nameof(user));
        ArgumentException.ThrowIfNullOrWhiteSpace(user.User.Name, nameof(user));
        ArgumentException.ThrowIfNullOrWhiteSpace(user.User.CreatedBy, nameof(user));
        ArgumentException.ThrowIfNullOrWhiteSpace(user.PasswordHash, nameof(user));
        if (user.User.Role is not (AccessRole.Analyst or AccessRole.Supervisor or AccessRole.Admin))
        {
            throw new ArgumentOutOfRangeException(nameof(user), user.User.Role, "A person is an analyst, a supervisor or an admin.");
        }
    }
}
