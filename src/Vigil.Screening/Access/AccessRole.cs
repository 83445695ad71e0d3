namespace Vigil.Screening.Access;

/// <summary>What a key (or, later, a person) may do. Stored as its number: never renumbered.</summary>
/// <remarks>A carrier asks about its own travelers and reads only their decisions. Analysts, supervisors and
/// admins read reviews, subjects and lists; each of them may do what the one before may.</remarks>
public enum AccessRole
{
    /// <summary>An airline: checks and manifests of its own flights, and their decisions. Never a list, a score or a reason.</summary>
    Carrier = 0,

    /// <summary>Reads review items, subjects and lists.</summary>
    Analyst = 1,

    /// <summary>An analyst who also decides escalated items.</summary>
    Supervisor = 2,

    /// <summary>Everything.</summary>
    Admin = 3,
}
