using Npgsql;

namespace Vigil.Storage.Postgres;

/// <summary>LISTEN on a PostgreSQL notification channel over a connection of its own, reconnecting after a loss.</summary>
/// <remarks>PostgreSQL delivers a <c>NOTIFY</c> when its transaction commits, to every listening session: a key
/// revoked by <c>vigil keys revoke</c> is dropped from every server's memory within a round trip of the commit.</remarks>
internal sealed class PostgresChangeSignal : ChangeSignal
{
    private static readonly TimeSpan Retry = TimeSpan.FromSeconds(1);

    private readonly NpgsqlDataSource _dataSource;
    private readonly string _channel;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;
    private volatile bool _listening;

    public PostgresChangeSignal(NpgsqlDataSource dataSource, string channel)
    {
        _dataSource = dataSource;
        _channel = channel;
        _loop = Task.Run(RunAsync);
    }

    public override bool IsListening => _listening;

    public override async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        try
        {
            await _loop;
        }
        catch (OperationCanceledException)
        {
            // Stopped.
        }

        _stop.Dispose();
    }

    private async Task RunAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            try
            {
                await using NpgsqlConnection connection = await _dataSource.OpenConnectionAsync(_stop.Token);
                connection.Notification += (_, _) => Changed();
                await using (NpgsqlCommand listen = new($"LISTEN {_channel}", connection))
                {
                    await listen.ExecuteNonQueryAsync(_stop.Token);
                }

                // Whatever changed before LISTEN took effect is unknown: start from a new generation.
                Changed();
                _listening = true;
                while (true)
                {
                    await connection.WaitAsync(_stop.Token);
                }
            }
            catch (Exception e) when (e is NpgsqlException or IOException or TimeoutException or InvalidOperationException)
            {
                // The connection was lost: until it is back, nothing is known of other processes' changes.
                _listening = false;
                Changed();
                await Task.Delay(Retry, _stop.Token);
            }
            finally
            {
                _listening = false;
            }
        }
    }
}
