namespace Vigil.Formats.Paxlst;

/// <summary>One person of a PAXLST message: the NAD segment group (NAD, ATT, DTM, LOC, NAT, RFF, DOC...).</summary>
/// <remarks>Values are as sent (trimmed); null when the message does not carry them. Country values are kept as sent
/// (ISO 3166 alpha-3, alpha-2, or ICAO codes such as <c>D</c>).</remarks>
public sealed record PaxlstTraveler
{
    /// <summary>Passenger or crew member.</summary>
    public PaxlstTravelerType Type { get; init; }

    /// <summary>The NAD party qualifier as sent: <c>FL</c>, <c>FM</c>, <c>DDU</c>, <c>DDT</c>...</summary>
    public string? PartyQualifier { get; init; }

    /// <summary>The family name (NAD element 4, component 1).</summary>
    public string? FamilyName { get; init; }

    /// <summary>The given and middle names (NAD element 4, components 2 to 5), joined by one space.</summary>
    public string? GivenNames { get; init; }

    /// <summary>The gender code (ATT+2): <c>M</c>, <c>F</c>, <c>U</c> unknown, <c>X</c> unspecified.</summary>
    public string? Gender { get; init; }

    /// <summary>The date of birth (DTM+329).</summary>
    public DateOnly? DateOfBirth { get; init; }

    /// <summary>The nationality (the first NAT).</summary>
    public string? Nationality { get; init; }

    /// <summary>The country of residence (LOC+174).</summary>
    public string? Residence { get; init; }

    /// <summary>The place or country of birth (LOC+180): the code when sent, else the free text.</summary>
    public string? BirthPlace { get; init; }

    /// <summary>The port of embarkation (LOC+178).</summary>
    public string? Embarkation { get; init; }

    /// <summary>The port of debarkation (LOC+179).</summary>
    public string? Debarkation { get; init; }

    /// <summary>The place of clearance (LOC+22): first arrival in the country.</summary>
    public string? Clearance { get; init; }

    /// <summary>The travel documents, in message order.</summary>
    public IReadOnlyList<PaxlstDocument> Documents { get; init; } = [];

    /// <summary>The references (RFF), in message order.</summary>
    public IReadOnlyList<PaxlstReference> References { get; init; } = [];

    /// <summary>The address (NAD elements 5 to 9), or null.</summary>
    public PostalAddress? Address { get; init; }

    /// <summary>The crew member's function (EMP), such as <c>CR1</c>.</summary>
    public string? CrewFunction { get; init; }

    /// <summary>The segment index of the NAD.</summary>
    public int SegmentIndex { get; init; }
}
