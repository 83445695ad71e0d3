using System.Collections.Frozen;
using Vigil.Formats.Edifact;

namespace Vigil.Formats.Pnrgov;

/// <summary>The segment tags and the PNR builders of the PNRGOV reader.</summary>
internal sealed partial class PnrgovMessageReader
{
    private const int Msg = ('M' << 16) | ('S' << 8) | 'G';
    private const int Org = ('O' << 16) | ('R' << 8) | 'G';
    private const int Tvl = ('T' << 16) | ('V' << 8) | 'L';
    private const int Eqn = ('E' << 16) | ('Q' << 8) | 'N';
    private const int Src = ('S' << 16) | ('R' << 8) | 'C';
    private const int Rci = ('R' << 16) | ('C' << 8) | 'I';
    private const int Dat = ('D' << 16) | ('A' << 8) | 'T';
    private const int Ift = ('I' << 16) | ('F' << 8) | 'T';
    private const int Add = ('A' << 16) | ('D' << 8) | 'D';
    private const int Tif = ('T' << 16) | ('I' << 8) | 'F';
    private const int Ssr = ('S' << 16) | ('S' << 8) | 'R';
    private const int Fop = ('F' << 16) | ('O' << 8) | 'P';
    private const int Rpi = ('R' << 16) | ('P' << 8) | 'I';
    private const int Tri = ('T' << 16) | ('R' << 8) | 'I';
    private const int Abi = ('A' << 16) | ('B' << 8) | 'I';
    private const int Sac = ('S' << 16) | ('A' << 8) | 'C';

    /// <summary>The segments of the PNRGOV message (IATA PNRGOV Implementation Guide, message structure).</summary>
    private static readonly FrozenSet<int> KnownTags = new[]
    {
        "MSG", "ORG", "TVL", "EQN", "SRC", "RCI", "DAT", "IFT", "ADD", "EBD", "TIF", "FTI", "SSR", "TKT", "MON", "PTK",
        "TXD", "FAR", "FOP", "RPI", "APD", "SSD", "TBD", "TRI", "ABI", "SAC", "REF", "LTS", "TRA", "CVR",
    }.Select(SegmentTags.Pack).ToFrozenSet();

    private sealed class PnrBuilder(int segmentIndex)
    {
        public int SegmentIndex { get; } = segmentIndex;

        public List<PnrRecordLocator> Locators { get; } = [];

        public List<PassengerBuilder> Passengers { get; } = [];

        /// <summary>The passenger of the last TIF: SSRs without a reference belong to it.</summary>
        public PassengerBuilder? Current { get; set; }

        public List<FlightLeg> Itinerary { get; } = [];

        public List<string> Emails { get; } = [];

        public List<string> Phones { get; } = [];

        public List<PnrPayment> Payments { get; } = [];

        public List<PnrAddress> Addresses { get; } = [];

        public List<PendingSsr> Pending { get; } = [];

        public int HistoryBlocks { get; set; }

        public bool InHistory { get; set; }

        public bool InCheckIn { get; set; }

        public bool InNonAir { get; set; }
    }

    private sealed class PassengerBuilder(int segmentIndex)
    {
        public string? FamilyName { get; init; }

        public string? GivenNames { get; init; }

        public string? Type { get; init; }

        public string? Reference { get; init; }

        public string? InfantIndicator { get; init; }

        public List<PnrDocument> Documents { get; } = [];

        public List<PnrAddress> Addresses { get; } = [];

        public PnrPassenger Build() => new()
        {
            FamilyName = FamilyName,
            GivenNames = GivenNames,
            Type = Type,
            Reference = Reference,
            InfantIndicator = InfantIndicator,
            Documents = [.. Documents],
            Addresses = [.. Addresses],
            SegmentIndex = segmentIndex,
        };
    }

    /// <summary>An SSR DOCS, DOCO or DOCA waiting for the end of its PNR to be linked to its passenger (the TIF it
    /// refers to may come after it).</summary>
    private sealed record PendingSsr(string Code, string? Reference, PassengerBuilder? Current, PnrDocument? Document, PnrAddress? Address, int SegmentIndex);
}
