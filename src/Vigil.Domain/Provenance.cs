namespace Vigil.Domain;

/// <summary>Where a listing came from: the file it was imported from.</summary>
/// <param name="SourceFile">The file name as given to the import (no directory).</param>
/// <param name="Sha256">The SHA-256 of the file's bytes, lower-case hexadecimal.</param>
/// <param name="ImportedAt">When the import ran.</param>
public sealed record Provenance(string SourceFile, string Sha256, DateTimeOffset ImportedAt);
