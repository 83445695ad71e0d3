using Vigil.Screening.Access;
using Vigil.Screening.Audit;
using Vigil.Screening.Checks;
using Vigil.Screening.Lists;
using Vigil.Screening.Messages;
using Vigil.Screening.People;

namespace Vigil.Storage;

/// <summary>Every store of one database, over one set of connections: what a server or a command needs.</summary>
/// <remarks>The stores belong to the set: disposing one of them does nothing, disposing the set writes what is
/// queued and closes them all. <see cref="Checks"/>, <see cref="Keys"/>, <see cref="Users"/> and <see cref="Audit"/> share one writer, so
/// their writes are committed together and form one audit chain.</remarks>
public sealed class VigilStoreSet : IAsyncDisposable
{
    private readonly SqlDatabase _database;
    private readonly ChainWriter _writer;

    internal VigilStoreSet(SqlDatabase database, long maxMessageBytes)
    {
        _database = database;
        _writer = new ChainWriter(database, ownsDatabase: false);
        SqlMessageStore messages = new(database, maxMessageBytes, ownsDatabase: false);
        Lists = new SqlWatchListStore(database, ownsDatabase: false);
        Messages = messages;
        Checks = new SqlCheckStore(_writer, messages, ownsWriter: false);
        Keys = new SqlAccessKeyStore(_writer, ownsWriter: false);
        Users = new SqlUserStore(_writer, ownsWriter: false);
        Audit = new SqlAuditLog(_writer, ownsWriter: false);
        ServerKeys = new ServerKeyStore(database);
    }

    /// <summary>A short description of the database for messages (<c>SQLite /home/x/.local/share/vigil/vigil.db</c>).</summary>
    public string Description => _database.Description;

    /// <summary>The watch lists.</summary>
    public IWatchListStore Lists { get; }

    /// <summary>The received travel messages.</summary>
    public IMessageStore Messages { get; }

    /// <summary>The checks, their decisions and review items.</summary>
    public ICheckStore Checks { get; }

    /// <summary>The API keys.</summary>
    public IAccessKeyStore Keys { get; }

    /// <summary>The people who sign in to the workbench.</summary>
    public IUserStore Users { get; }

    /// <summary>The audit chain.</summary>
    public IAuditLog Audit { get; }

    /// <summary>The keys that protect the workbench's cookies, shared by every server of the database.</summary>
    public ServerKeyStore ServerKeys { get; }

    /// <summary>Commits the writes still queued, then closes the database.</summary>
    public async ValueTask DisposeAsync()
    {
        await _writer.DisposeAsync();
        await _database.DisposeAsync();
    }
}
