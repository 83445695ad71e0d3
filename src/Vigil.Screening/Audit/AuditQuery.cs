namespace Vigil.Screening.Audit;

/// <summary>Which audit rows to read, in sequence order.</summary>
/// <param name="Since">Only rows appended at or after this time, or all when null.</param>
/// <param name="Actor">Only rows of this actor, or all when null.</param>
/// <param name="Limit">At most this many (the newest ones when more match).</param>
public sealed record AuditQuery(DateTimeOffset? Since = null, string? Actor = null, int Limit = 1000);
