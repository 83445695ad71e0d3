namespace Vigil.Storage.Migrations;

/// <summary>One schema migration: a version and the SQL that brings the schema to it.</summary>
/// <param name="Version">The version the schema has after the script.</param>
/// <param name="Name">The script name (<c>0001_watch_lists</c>).</param>
/// <param name="Sql">The script.</param>
internal sealed record Migration(int Version, string Name, string Sql);
