namespace Vigil.Storage;

/// <summary>A JSON document passed as a parameter: stored as text on SQLite and as <c>jsonb</c> on PostgreSQL.</summary>
/// <param name="Value">The JSON text.</param>
internal readonly record struct JsonText(string Value);
