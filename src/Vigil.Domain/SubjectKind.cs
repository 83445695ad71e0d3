namespace Vigil.Domain;

/// <summary>What a listed subject is.</summary>
public enum SubjectKind
{
    /// <summary>A natural person.</summary>
    Person = 1,

    /// <summary>An organization, group or company.</summary>
    Organization = 2,

    /// <summary>A vessel.</summary>
    Vessel = 3,

    /// <summary>An aircraft.</summary>
    Aircraft = 4,
}
