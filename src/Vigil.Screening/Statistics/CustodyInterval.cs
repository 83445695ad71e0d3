namespace Vigil.Screening.Statistics;

/// <summary>The length of the periods of a custody time series.</summary>
public enum CustodyInterval
{
    /// <summary>Calendar months.</summary>
    Month,

    /// <summary>Calendar quarters: January to March, April to June...</summary>
    Quarter,

    /// <summary>Calendar years.</summary>
    Year,
}
