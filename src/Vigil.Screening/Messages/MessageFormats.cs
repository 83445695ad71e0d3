namespace Vigil.Screening.Messages;

/// <summary>The names of the formats a travel message is received in, as stored with it.</summary>
public static class MessageFormats
{
    /// <summary>UN/EDIFACT PAXLST: advance passenger information.</summary>
    public const string Paxlst = "paxlst";

    /// <summary>UN/EDIFACT PNRGOV: passenger name records.</summary>
    public const string Pnrgov = "pnrgov";

    /// <summary>The machine readable zone of a travel document (ICAO Doc 9303).</summary>
    public const string Mrz = "mrz";

    /// <summary>Vigil's traveler file, one JSON object per line.</summary>
    public const string Jsonl = "jsonl";

    /// <summary>A traveler file in CSV.</summary>
    public const string Csv = "csv";
}
