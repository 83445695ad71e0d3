using System.Text.RegularExpressions;
using Npgsql;

namespace Vigil.Storage;

/// <summary>What a database specification names: a SQLite file or a PostgreSQL server.</summary>
/// <param name="Engine">The engine.</param>
/// <param name="Target">The SQLite file path, or an Npgsql keyword connection string.</param>
internal sealed partial record DatabaseSpec(DatabaseEngine Engine, string Target)
{
    public static DatabaseSpec Sqlite(string path) => new(DatabaseEngine.Sqlite, path);

    /// <summary>Reads a specification: a PostgreSQL URI or keyword connection string, else a SQLite path.</summary>
    /// <exception cref="ArgumentException">A PostgreSQL specification that cannot be read.</exception>
    public static DatabaseSpec Parse(string spec)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(spec);
        string trimmed = spec.Trim();
        if (trimmed.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase)
            || trimmed.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase))
        {
            return new(DatabaseEngine.Postgres, FromUri(trimmed));
        }

        if (KeywordConnectionString().IsMatch(trimmed))
        {
            try
            {
                return new(DatabaseEngine.Postgres, new NpgsqlConnectionStringBuilder(trimmed).ConnectionString);
            }
            catch (ArgumentException e)
            {
                throw new ArgumentException($"Cannot read the PostgreSQL connection string: {e.Message}", nameof(spec), e);
            }
        }

        return Sqlite(spec);
    }

    /// <summary>Converts <c>postgres://user:password@host:port/database?sslmode=require</c> to Npgsql's keyword form.</summary>
    private static string FromUri(string text)
    {
        if (!Uri.TryCreate(text, UriKind.Absolute, out Uri? uri))
        {
            throw new ArgumentException($"'{Redact(text)}' is not a valid PostgreSQL URI (postgres://user:password@host:port/database).", nameof(text));
        }

        NpgsqlConnectionStringBuilder builder = new();
        if (!string.IsNullOrEmpty(uri.Host))
        {
            builder.Host = uri.Host.Trim('[', ']');
        }

        if (!uri.IsDefaultPort && uri.Port > 0)
        {
            builder.Port = uri.Port;
        }

        if (!string.IsNullOrEmpty(uri.UserInfo))
        {
            string[] parts = uri.UserInfo.Split(':', 2);
            builder.Username = Uri.UnescapeDataString(parts[0]);
            if (parts.Length == 2)
            {
                builder.Password = Uri.UnescapeDataString(parts[1]);
            }
        }

        string database = Uri.UnescapeDataString(uri.AbsolutePath.TrimStart('/'));
        if (database.Length > 0)
        {
            builder.Database = database;
        }

        foreach (string pair in uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            string[] kv = pair.Split('=', 2);
            string key = Uri.UnescapeDataString(kv[0]);
            string value = kv.Length == 2 ? Uri.UnescapeDataString(kv[1]) : string.Empty;
            string keyword = key switch
            {
                // libpq parameter names that differ from Npgsql's keywords.
                "sslmode" => "SSL Mode",
                "application_name" => "Application Name",
                "connect_timeout" => "Timeout",
                "options" => "Options",
                "target_session_attrs" => "Target Session Attributes",
                _ => key,
            };
            try
            {
                builder[keyword] = value;
            }
            catch (ArgumentException e)
            {
                throw new ArgumentException($"The PostgreSQL URI parameter '{key}' is not supported: {e.Message}", nameof(text), e);
            }
        }

        return builder.ConnectionString;
    }

    private static string Redact(string uri) => PasswordInUri().Replace(uri, "$1:***@");

    [GeneratedRegex(@"(?:^|;)\s*(?:host|server)\s*=", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex KeywordConnectionString();

    [GeneratedRegex(@"(//[^:/@]*):[^@]*@", RegexOptions.CultureInvariant)]
    private static partial Regex PasswordInUri();
}
