using System.Collections.Immutable;

namespace Vigil.Screening.Access;

/// <summary>Who is asking: an API key's holder (or a command-line user), with what it may do.</summary>
/// <param name="Actor">How the audit names it: <c>key:ID</c> for a key, <c>cli:NAME</c> for a command-line user.</param>
/// <param name="Role">What it may do.</param>
public sealed record Caller(string Actor, AccessRole Role)
{
    /// <summary>For a carrier, the airline designators whose flights it may check and read.</summary>
    public ImmutableArray<string> Carriers { get; init; } = [];

    /// <summary>What to show for the caller (a key's name), or null when only <see cref="Actor"/> names it.</summary>
    public string? Name { get; init; }

    /// <summary>True for analysts, supervisors and admins: they read reviews, subjects and lists.</summary>
    public bool IsAnalystOrAbove => Role >= AccessRole.Analyst;

    /// <summary>True when the caller may check and read the flights of <paramref name="carrier"/>: a carrier only its
    /// own; other roles every carrier.</summary>
    public bool MayActFor(string? carrier) =>
        Role != AccessRole.Carrier || (carrier is not null && Carriers.Contains(carrier, StringComparer.OrdinalIgnoreCase));

    /// <summary>The caller of a command-line user: an admin.</summary>
    public static Caller CommandLine(string user) => new($"cli:{user}", AccessRole.Admin);
}
