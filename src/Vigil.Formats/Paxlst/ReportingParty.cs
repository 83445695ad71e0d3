namespace Vigil.Formats.Paxlst;

/// <summary>Who to call about a PAXLST message (NAD+MS with CTA and COM).</summary>
public sealed record ReportingParty
{
    /// <summary>The name of the party or person.</summary>
    public string? Name { get; init; }

    /// <summary>Telephone number (COM ...:TE).</summary>
    public string? Phone { get; init; }

    /// <summary>Fax number (COM ...:FX).</summary>
    public string? Fax { get; init; }

    /// <summary>E-mail address (COM ...:EM).</summary>
    public string? Email { get; init; }
}
