using System.Data.Common;
using System.Threading.Channels;

namespace Vigil.Storage;

/// <summary>Runs the writes that append to the audit chain (checks, screened messages, key changes, audit entries)
/// of one process, many per transaction: group commit.</summary>
/// <remarks>
/// <para>The server records about a thousand single-traveler checks a second from concurrent requests, and a
/// commit costs a disk flush. One loop takes every write waiting, runs them all in one transaction that appends
/// their audit rows to the chain, commits once, and only then completes each caller's task. While it commits, new
/// writes queue up for the next transaction, so the more callers wait, the more each commit carries.</para>
/// <para>A transaction first makes itself the only appender to the chain (<see cref="SqlDatabase.LockAuditChainAsync"/>),
/// then reads the last row: appends from several processes sharing the database form one line.</para>
/// <para>One failing write must not fail the others. When a write's own code throws (a message screened by
/// another process, a key id taken), the transaction is rolled back, the others run again without it, and it runs
/// alone afterwards, so that its answer reflects what the others committed. When the failure cannot be traced to
/// one write (a constraint found at the flush or the commit), each write runs again alone.</para>
/// <para>A caller's cancellation counts until its write is taken into a transaction; after that the write commits
/// or fails with the others.</para>
/// </remarks>
internal sealed class ChainWriter : IAsyncDisposable
{
    // Enough writes per transaction to amortize the commit, few enough that one transaction stays short.
    private const int MaxBatch = 500;

    private readonly SqlDatabase _database;
    private readonly bool _ownsDatabase;
    private readonly Channel<Write> _queue = Channel.CreateUnbounded<Write>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Task _loop;
    private int _disposed;

    /// <summary>Starts the writer's loop.</summary>
    /// <param name="database">The database written to.</param>
    /// <param name="ownsDatabase">True when disposing the writer disposes the database.</param>
    public ChainWriter(SqlDatabase database, bool ownsDatabase)
    {
        _database = database;
        _ownsDatabase = ownsDatabase;
        _loop = Task.Run(RunAsync);
    }

    /// <summary>The database written to.</summary>
    public SqlDatabase Database => _database;

    /// <summary>Queues a write; completes once it is committed, or with its failure.</summary>
    /// <param name="body">Runs the write's statements in the shared transaction. It must not keep state between
    /// calls: it runs again when its transaction is rolled back.</param>
    /// <param name="cancellationToken">Withdraws the write while it waits.</param>
    /// <param name="flushed">False when the write may be acknowledged once committed, before the commit reaches the
    /// disk (see <see cref="SqlDatabase.LockAuditChainAsync"/>); a transaction holding any write that needs the flush
    /// waits for it.</param>
    /// <exception cref="ObjectDisposedException">The writer is disposed.</exception>
    public Task<T> WriteAsync<T>(Func<ChainTransaction, Task<T>> body, CancellationToken cancellationToken, bool flushed = true)
    {
        Write<T> write = new(body, cancellationToken) { NeedsFlush = flushed };
        if (!_queue.Writer.TryWrite(write))
        {
            throw new ObjectDisposedException(nameof(ChainWriter), "The store is disposed.");
        }

        return write.Task;
    }

    /// <summary>Writes what is queued, stops the loop, and disposes the database if the writer owns it.</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        _queue.Writer.TryComplete();
        await _loop;
        if (_ownsDatabase)
        {
            await _database.DisposeAsync();
        }
    }

    private async Task RunAsync()
    {
        List<Write> batch = [];
        ChannelReader<Write> queue = _queue.Reader;
        while (await queue.WaitToReadAsync())
        {
            batch.Clear();
            while (batch.Count < MaxBatch && queue.TryRead(out Write? write))
            {
                if (write.TryStart())
                {
                    batch.Add(write);
                }
            }

            if (batch.Count > 0)
            {
                await WriteBatchAsync(batch);
            }
        }
    }

    /// <summary>Commits the writes together; on failure, splits them so that only the failing ones fail.</summary>
    private async Task WriteBatchAsync(List<Write> batch)
    {
        Exception failure;
        try
        {
            await CommitAsync(batch);
            foreach (Write write in batch)
            {
                write.Complete();
            }

            return;
        }
        catch (Exception e)
        {
            failure = e;
        }

        if (batch.Count == 1)
        {
            batch[0].Fail(failure);
            return;
        }

        List<Write> suspects = [.. batch.Where(w => w.Threw)];
        if (suspects.Count == 0)
        {
            // Found at the flush or the commit: any of them may be at fault.
            foreach (Write write in batch)
            {
                await WriteBatchAsync([write]);
            }

            return;
        }

        // The others first, so that a suspect that conflicts with them sees what they committed.
        List<Write> others = [.. batch.Where(w => !w.Threw)];
        if (others.Count > 0)
        {
            await WriteBatchAsync(others);
        }

        foreach (Write suspect in suspects)
        {
            await WriteBatchAsync([suspect]);
        }
    }

    private async Task CommitAsync(List<Write> batch)
    {
        await using DbConnection connection = await _database.OpenConnectionAsync(CancellationToken.None);
        await using DbTransaction transaction = await _database.BeginWriteAsync(connection, null, CancellationToken.None);
        bool flushed = batch.Exists(w => w.NeedsFlush);
        (long sequence, string hash) = await _database.LockAuditChainAsync(connection, transaction, flushed, CancellationToken.None);
        await using ChainTransaction chain = ChainTransaction.Begin(_database, connection, transaction, sequence, hash);
        foreach (Write write in batch)
        {
            write.Threw = false;
        }

        foreach (Write write in batch)
        {
            await write.RunAsync(chain);
        }

        await chain.FlushAsync();
        await transaction.CommitAsync(CancellationToken.None);
    }

    /// <summary>A queued write.</summary>
    private abstract class Write
    {
        private const int Queued = 0;
        private const int Started = 1;
        private const int Withdrawn = 2;

        private int _state;

        /// <summary>True when the write's own code threw in the last transaction that ran it.</summary>
        public bool Threw { get; set; }

        /// <summary>True when the write is acknowledged only once its commit is on disk.</summary>
        public bool NeedsFlush { get; init; } = true;

        /// <summary>Takes the write into a transaction, unless its caller withdrew it.</summary>
        public bool TryStart() => Interlocked.CompareExchange(ref _state, Started, Queued) == Queued;

        public abstract Task RunAsync(ChainTransaction chain);

        public abstract void Complete();

        public abstract void Fail(Exception exception);

        /// <summary>Withdraws the write if it is still queued.</summary>
        protected bool TryWithdraw() => Interlocked.CompareExchange(ref _state, Withdrawn, Queued) == Queued;
    }

    private sealed class Write<T> : Write
    {
        private readonly Func<ChainTransaction, Task<T>> _body;
        private readonly TaskCompletionSource<T> _completion = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly CancellationTokenRegistration _registration;
        private T? _result;

        public Write(Func<ChainTransaction, Task<T>> body, CancellationToken cancellationToken)
        {
            _body = body;
            if (cancellationToken.CanBeCanceled)
            {
                _registration = cancellationToken.UnsafeRegister(
                    static (state, token) =>
                    {
                        Write<T> write = (Write<T>)state!;
                        if (write.TryWithdraw())
                        {
                            write._completion.TrySetCanceled(token);
                        }
                    },
                    this);
            }
        }

        public Task<T> Task => _completion.Task;

        public override async Task RunAsync(ChainTransaction chain)
        {
            try
            {
                _result = await _body(chain);
            }
            catch
            {
                Threw = true;
                throw;
            }
        }

        public override void Complete()
        {
            _registration.Dispose();
            _completion.TrySetResult(_result!);
        }

        public override void Fail(Exception exception)
        {
            _registration.Dispose();
            _completion.TrySetException(exception);
        }
    }
}
