namespace Vigil.Storage;

/// <summary>The database was written by a newer version of Vigil, whose schema this version does not know.</summary>
public sealed class SchemaVersionException : Exception
{
    /// <summary>Creates the exception.</summary>
    public SchemaVersionException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public SchemaVersionException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and a cause.</summary>
    public SchemaVersionException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>The schema version of the database.</summary>
    public int DatabaseVersion { get; init; }

    /// <summary>The newest schema version this version of Vigil knows.</summary>
    public int SupportedVersion { get; init; }
}
