namespace Vigil.Storage;

/// <summary>The statements of the user store, shared by both engines. Parameters are positional: <c>$1</c>, <c>$2</c>...</summary>
internal static class UserSql
{
    /// <summary>The columns read into a <see cref="Screening.People.StoredUser"/>, in the order <see cref="SqlUserStore"/> reads them.</summary>
    public const string Columns = "name, role, created_at, created_by, disabled_at, failed_attempts, locked_until, password_hash";

    /// <summary>Inserts a user unless the name is taken; changes no row then.</summary>
    public const string Insert = """
        INSERT INTO users (name, role, password_hash, created_at, created_by, disabled_at, failed_attempts, locked_until)
        VALUES ($1, $2, $3, $4, $5, $6, 0, NULL)
        ON CONFLICT (name) DO NOTHING
        """;

    public const string All = "SELECT " + Columns + " FROM users ORDER BY created_at, name";

    public const string ByName = "SELECT " + Columns + " FROM users WHERE name = $1";

    /// <summary>Disables a user; changes no row when disabled already or missing.</summary>
    public const string Disable = "UPDATE users SET disabled_at = $2 WHERE name = $1 AND disabled_at IS NULL";

    /// <summary>A sign-in: no wrong password counted, no lockout; a new hash when one is given.</summary>
    public const string SignIn = "UPDATE users SET failed_attempts = 0, locked_until = NULL, password_hash = COALESCE($2, password_hash) WHERE name = $1";

    /// <summary>Counts one wrong password.</summary>
    public const string Fail = "UPDATE users SET failed_attempts = failed_attempts + 1 WHERE name = $1";

    /// <summary>Locks a user whose count reached <c>$3</c> until <c>$2</c>, and starts the count again.</summary>
    public const string Lock = "UPDATE users SET failed_attempts = 0, locked_until = $2 WHERE name = $1 AND failed_attempts >= $3";
}
