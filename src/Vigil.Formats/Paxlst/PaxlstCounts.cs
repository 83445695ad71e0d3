namespace Vigil.Formats.Paxlst;

/// <summary>The totals a PAXLST message declares (CNT), as sent: over all parts of a list sent in several messages.</summary>
public sealed record PaxlstCounts
{
    /// <summary>Total passengers (CNT+42).</summary>
    public int? Passengers { get; init; }

    /// <summary>Total crew (CNT+41).</summary>
    public int? Crew { get; init; }

    /// <summary>The segment index of the CNT that gave the passengers total.</summary>
    public int? PassengersSegmentIndex { get; init; }

    /// <summary>The segment index of the CNT that gave the crew total.</summary>
    public int? CrewSegmentIndex { get; init; }
}
