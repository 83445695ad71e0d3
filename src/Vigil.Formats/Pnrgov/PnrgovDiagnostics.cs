namespace Vigil.Formats.Pnrgov;

/// <summary>The catalogue of PNRGOV diagnostics (message content); the syntax and envelope ones are in
/// <see cref="Edifact.EdifactDiagnostics"/>.</summary>
/// <remarks>Codes are stable: never reuse or renumber one. Positions are segment indexes, as for
/// <see cref="Edifact.EdifactDiagnostics"/>.</remarks>
public static class PnrgovDiagnostics
{
    /// <summary>The message has no flight: no TVL before the first SRC.</summary>
    public const string MissingFlightCode = "VGL-PNR001";

    /// <summary>A PNR has no record locator (no RCI, or an empty one).</summary>
    public const string MissingRecordLocatorCode = "VGL-PNR002";

    /// <summary>EQN declares another number of PNRs than the message holds (a warning).</summary>
    public const string PnrCountMismatchCode = "VGL-PNR003";

    /// <summary>An SSR DOCS, DOCO or DOCA text does not fit its documented layout; what fits was read. Example: a
    /// DOCS gender <c>W</c>.</summary>
    public const string SsrLayoutCode = "VGL-PNR004";

    /// <summary>An SSR DOCS, DOCO or DOCA could not be linked to a passenger of the PNR.</summary>
    public const string UnlinkedSsrCode = "VGL-PNR005";

    /// <summary>A segment that belongs in a PNR stands before the first SRC; it was ignored.</summary>
    public const string SegmentOutsidePnrCode = "VGL-PNR006";

    /// <summary>A segment is not part of the PNRGOV message; it was ignored.</summary>
    public const string UnknownSegmentCode = "VGL-PNR007";

    /// <summary>A PNR has no passenger (TIF).</summary>
    public const string NoPassengerCode = "VGL-PNR008";

    /// <summary>The same record locator is given by two PNRs of one message.</summary>
    public const string RepeatedPnrCode = "VGL-PNR009";
}
