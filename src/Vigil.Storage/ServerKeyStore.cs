using System.Data.Common;

namespace Vigil.Storage;

/// <summary>The keys that protect the workbench's cookies, as XML elements, shared by every server of one database
/// (table <c>server_keys</c>).</summary>
/// <remarks>Written rarely (data protection makes a key every 90 days) and read when a server's key ring is loaded. A
/// key once written is never changed: a second write of the same name keeps the first.</remarks>
public sealed class ServerKeyStore
{
    private readonly SqlDatabase _database;

    internal ServerKeyStore(SqlDatabase database) => _database = database;

    /// <summary>Every key, oldest first.</summary>
    public async Task<IReadOnlyList<string>> ReadAllAsync(CancellationToken cancellationToken)
    {
        await using DbConnection connection = await _database.OpenConnectionAsync(cancellationToken);
        await using DbCommand command = _database.Command(connection, null, "SELECT xml FROM server_keys ORDER BY created_at, name");
        await using DbDataReader reader = await command.ExecuteReaderAsync(cancellationToken);
        List<string> keys = [];
        while (await reader.ReadAsync(cancellationToken))
        {
            keys.Add(reader.GetString(0));
        }

        return keys;
    }

    /// <summary>Adds a key under <paramref name="name"/>, unless one has that name already.</summary>
    public async Task AddAsync(string name, string xml, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentException.ThrowIfNullOrWhiteSpace(xml);
        await using DbConnection connection = await _database.OpenConnectionAsync(cancellationToken);
        await using DbCommand command = _database.Command(
            connection, null, "INSERT INTO server_keys (name, xml, created_at) VALUES ($1, $2, $3) ON CONFLICT (name) DO NOTHING", name, xml, _database.Time.GetUtcNow());
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
