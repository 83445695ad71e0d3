using Microsoft.Data.Sqlite;

namespace Vigil.Storage.Sqlite;

/// <summary>Runs each statement at once through one prepared command per statement, reused for every row.</summary>
/// <remarks>SQLite runs in-process, so a statement costs no round trip: what matters is not to parse the SQL
/// again for each row.</remarks>
internal sealed class SqliteImportWriter(SqliteConnection connection, SqliteTransaction transaction) : ImportWriter
{
    private readonly Dictionary<string, SqliteCommand> _commands = new(StringComparer.Ordinal);

    public override ValueTask ExecuteAsync(string sql, object?[] values, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (!_commands.TryGetValue(sql, out SqliteCommand? command))
        {
            command = connection.CreateCommand();
            command.CommandText = sql;
            command.Transaction = transaction;
            for (int i = 0; i < values.Length; i++)
            {
                command.Parameters.Add(new SqliteParameter(SqliteDatabase.ParameterName(i + 1), null));
            }

            command.Prepare();
            _commands.Add(sql, command);
        }

        for (int i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = SqliteDatabase.ToDbValue(values[i]);
        }

        // Synchronous on purpose: Microsoft.Data.Sqlite's async methods run synchronously anyway.
        command.ExecuteNonQuery();
        return ValueTask.CompletedTask;
    }

    public override ValueTask FlushAsync(CancellationToken cancellationToken) => ValueTask.CompletedTask;

    public override ValueTask DisposeAsync()
    {
        foreach (SqliteCommand command in _commands.Values)
        {
            command.Dispose();
        }

        _commands.Clear();
        return ValueTask.CompletedTask;
    }
}
