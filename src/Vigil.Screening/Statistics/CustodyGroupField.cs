namespace Vigil.Screening.Statistics;

/// <summary>What custody statistics may group subjects by.</summary>
public enum CustodyGroupField
{
    /// <summary>The custody status (<c>detained</c>, <c>repatriated</c>...); <c>unknown</c> before any entry.</summary>
    Status,

    /// <summary>A nationality (ISO alpha-3); a subject with two counts once in each.</summary>
    Nationality,

    /// <summary>The detaining or prosecuting body of the status entry.</summary>
    Authority,

    /// <summary>The country of the status entry: where held, repatriated to, revoked by.</summary>
    Country,

    /// <summary>The place of the status entry: a camp, a prison, a city.</summary>
    Place,

    /// <summary>The listing category.</summary>
    Category,

    /// <summary>The list.</summary>
    List,
}
