namespace Vigil.Domain;

/// <summary>How much of a <see cref="PartialDate"/> is known.</summary>
public enum DatePrecision
{
    /// <summary>Nothing is known.</summary>
    Unknown = 0,

    /// <summary>Only the year.</summary>
    Year = 1,

    /// <summary>The year and month.</summary>
    Month = 2,

    /// <summary>The full date.</summary>
    Day = 3,
}
