using System.Data.Common;
using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Vigil.Cli.Tests;

/// <summary>A complete logical dump of a Vigil database: every row of every table, to compare before and after.</summary>
public static class DatabaseSnapshot
{
    public static async Task<string> TakeAsync(string dbSpec)
    {
        bool postgres = dbSpec.Contains("Host=", StringComparison.OrdinalIgnoreCase);
        await using DbConnection connection = postgres ? new NpgsqlConnection(dbSpec) : new SqliteConnection($"Data Source={dbSpec};Pooling=False");
        await connection.OpenAsync();
        string tablesSql = postgres
            ? "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY 1"
            : "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY 1";
        List<string> tables = [];
        await using (DbCommand command = connection.CreateCommand())
        {
            command.CommandText = tablesSql;
            await using DbDataReader reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                tables.Add(reader.GetString(0));
            }
        }

        StringBuilder dump = new();
        foreach (string table in tables)
        {
            List<string> rows = [];
            await using DbCommand command = connection.CreateCommand();
            command.CommandText = $"SELECT * FROM \"{table}\"";
            await using DbDataReader reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                StringBuilder row = new();
                for (int i = 0; i < reader.FieldCount; i++)
                {
                    row.Append(reader.GetName(i)).Append('=')
                        .Append(reader.IsDBNull(i) ? "NULL" : Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture)).Append('\u001f');
                }

                rows.Add(row.ToString());
            }

            rows.Sort(StringComparer.Ordinal);
            dump.Append("## ").Append(table).Append(' ').Append(rows.Count).Append('\n');
            rows.ForEach(r => dump.Append(r).Append('\n'));
        }

        return dump.ToString();
    }

    public static async Task<long> CountAsync(string dbSpec, string sql)
    {
        bool postgres = dbSpec.Contains("Host=", StringComparison.OrdinalIgnoreCase);
        await using DbConnection connection = postgres ? new NpgsqlConnection(dbSpec) : new SqliteConnection($"Data Source={dbSpec};Pooling=False");
        await connection.OpenAsync();
        await using DbCommand command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
    }
}
