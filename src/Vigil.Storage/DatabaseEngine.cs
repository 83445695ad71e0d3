namespace Vigil.Storage;

/// <summary>The database engines a store can use.</summary>
internal enum DatabaseEngine
{
    Sqlite = 1,
    Postgres = 2,
}
