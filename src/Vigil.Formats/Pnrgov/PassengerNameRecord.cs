using Vigil.Formats.Edifact;

namespace Vigil.Formats.Pnrgov;

/// <summary>One PNR of a PNRGOV message: the segments from its SRC to the next SRC or UNT.</summary>
/// <remarks>Only current data is here: segments inside history blocks (ABI, DAT, SAC and what follows) describe past
/// states of the booking and are not passengers, itinerary or contacts (FORMATS.md §3).</remarks>
public sealed record PassengerNameRecord
{
    /// <summary>The first record locator (RCI), such as <c>K4TR7Q</c>.</summary>
    public string? RecordLocator { get; init; }

    /// <summary>The airline of the first record locator.</summary>
    public string? RecordLocatorCarrier { get; init; }

    /// <summary>When the first record locator's PNR was created (RCI date and time).</summary>
    public LocalDateTime? CreatedAt { get; init; }

    /// <summary>Every record locator RCI lists (GDS and airline copies), in order.</summary>
    public IReadOnlyList<PnrRecordLocator> RecordLocators { get; init; } = [];

    /// <summary>The travelers (TIF), in order.</summary>
    public IReadOnlyList<PnrPassenger> Passengers { get; init; } = [];

    /// <summary>The current air segments (TVL in the PNR, outside history blocks and non-air groups).</summary>
    public IReadOnlyList<FlightLeg> Itinerary { get; init; } = [];

    /// <summary>E-mail addresses (OSI or SSR CTCE), decoded: <c>//</c> is <c>@</c>, <c>..</c> is <c>_</c>, <c>./</c> is <c>-</c>.</summary>
    public IReadOnlyList<string> Emails { get; init; } = [];

    /// <summary>Telephone numbers (OSI or SSR CTCM, CTCH, CTCB, CTCP, CTCT), as sent.</summary>
    public IReadOnlyList<string> Phones { get; init; } = [];

    /// <summary>Forms of payment (FOP).</summary>
    public IReadOnlyList<PnrPayment> Payments { get; init; } = [];

    /// <summary>Addresses (ADD).</summary>
    public IReadOnlyList<PnrAddress> Addresses { get; init; } = [];

    /// <summary>Documents (SSR DOCS, DOCO) that could not be linked to a passenger.</summary>
    public IReadOnlyList<PnrDocument> UnassignedDocuments { get; init; } = [];

    /// <summary>How many history blocks (ABI) the PNR has.</summary>
    public int HistoryBlocks { get; init; }

    /// <summary>The segment index of the SRC.</summary>
    public int SegmentIndex { get; init; }
}
