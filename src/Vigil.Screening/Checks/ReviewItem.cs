namespace Vigil.Screening.Checks;

/// <summary>A screened traveler waiting for (or decided by) an analyst, with the check it is about.</summary>
/// <param name="Id">Vigil's number for the item.</param>
/// <param name="State">Where it stands.</param>
/// <param name="CreatedAt">When it was created (UTC).</param>
/// <param name="Check">The check: traveler, flight, decision, rule and hits.</param>
public sealed record ReviewItem(long Id, ReviewState State, DateTimeOffset CreatedAt, CheckRecord Check)
{
    /// <summary>How many decisions it has had: each decision stores the next version, and only over the version it
    /// read.</summary>
    public int Version { get; init; }
}
