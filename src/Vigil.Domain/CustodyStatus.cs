namespace Vigil.Domain;

/// <summary>One entry of a subject's custody and legal status history.</summary>
/// <remarks>
/// The history of a subject is the list of these entries in the order they took effect; the last one is the
/// current status. An entry is never edited: a correction is a new entry.
/// </remarks>
/// <param name="State">The status.</param>
/// <param name="Since">When the status took effect, as precisely as known.</param>
public sealed record CustodyStatus(CustodyState State, PartialDate Since)
{
    /// <summary>Who holds, prosecutes or revoked: a named armed force, state or court ("Syrian Democratic Forces").</summary>
    public string? Authority { get; init; }

    /// <summary>Where: a camp, prison or city ("al-Hol camp").</summary>
    public string? Place { get; init; }

    /// <summary>The country involved: repatriated to, citizenship revoked by, detained in.</summary>
    public CountryCode? Country { get; init; }

    /// <summary>Where the information comes from (report, court record, liaison service).</summary>
    public string? Source { get; init; }

    /// <summary>Free text.</summary>
    public string? Note { get; init; }

    /// <summary>When Vigil recorded the entry.</summary>
    public DateTimeOffset RecordedAt { get; init; }

    /// <summary>Who recorded it: a user name, or <c>import:N</c> for a list import.</summary>
    public string? RecordedBy { get; init; }

    /// <summary>True for an entry made in Vigil (<c>vigil subjects set-status</c>) rather than read from a list
    /// file. A re-import of the list replaces the file's entries and keeps the manual ones.</summary>
    public bool IsManual { get; init; }
}
