namespace Vigil.Domain;

/// <summary>The kind of a <see cref="DateOfBirth"/>, as the list gave it.</summary>
public enum DateOfBirthKind
{
    /// <summary>A full date.</summary>
    Exact = 1,

    /// <summary>A year and month.</summary>
    YearMonth = 2,

    /// <summary>A year only.</summary>
    Year = 3,

    /// <summary>An approximate date ("about 1980").</summary>
    Approximate = 4,

    /// <summary>A range ("between 1978 and 1982").</summary>
    Range = 5,
}
