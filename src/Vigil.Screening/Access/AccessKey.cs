using System.Collections.Immutable;

namespace Vigil.Screening.Access;

/// <summary>An API key as stored: who it is for and what it may do. The secret itself is never stored.</summary>
/// <param name="Id">The key's public identifier (the part of the key before its secret).</param>
/// <param name="Name">What the key is for (<c>Vigil Air gateway</c>).</param>
/// <param name="Role">What it may do.</param>
/// <param name="CreatedAt">When it was created (UTC).</param>
/// <param name="CreatedBy">Who created it.</param>
public sealed record AccessKey(string Id, string Name, AccessRole Role, DateTimeOffset CreatedAt, string CreatedBy)
{
    /// <summary>For a carrier key, the airline designators it may check and read; empty for other roles.</summary>
    public ImmutableArray<string> Carriers { get; init; } = [];

    /// <summary>When it was revoked, or null while it is valid.</summary>
    public DateTimeOffset? RevokedAt { get; init; }

    /// <summary>True once revoked.</summary>
    public bool IsRevoked => RevokedAt is not null;
}
