namespace Vigil.Storage;

/// <summary>The statements of the access key store, shared by both engines. Parameters are positional: <c>$1</c>, <c>$2</c>...</summary>
internal static class AccessKeySql
{
    /// <summary>The columns read into a <see cref="Screening.Access.StoredAccessKey"/>, in the order <see cref="SqlAccessKeyStore"/> reads them.</summary>
    public const string Columns = "id, name, role, carriers, created_at, created_by, revoked_at, salt, secret_hash";

    /// <summary>Inserts a key unless its id is taken; changes no row then.</summary>
    public const string Insert = """
        INSERT INTO access_keys (id, name, role, carriers, created_at, created_by, revoked_at, salt, secret_hash)
        VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
        ON CONFLICT (id) DO NOTHING
        """;

    public const string All = "SELECT " + Columns + " FROM access_keys ORDER BY created_at, id";

    public const string ById = "SELECT " + Columns + " FROM access_keys WHERE id = $1";

    /// <summary>Revokes a valid key; changes no row when it is revoked already or missing.</summary>
    public const string Revoke = "UPDATE access_keys SET revoked_at = $2 WHERE id = $1 AND revoked_at IS NULL";
}
