namespace Vigil.Screening.Audit;

/// <summary>One thing someone did, to be appended to the audit chain.</summary>
/// <param name="Actor">Who: an API key (<c>key:ID</c>), a command-line user (<c>cli:NAME</c>), a server process.</param>
/// <param name="Action">What, as a dotted verb: <c>check.create</c>, <c>manifest.receive</c>, <c>review.list</c>,
/// <c>subject.read</c>, <c>list.import</c>, <c>custody.add</c>, <c>key.create</c>, <c>key.revoke</c>…</param>
/// <param name="Records">Which records: identifiers joined by spaces (<c>chk_… msg:12 subject:V1A2…</c>).</param>
public sealed record AuditEntry(string Actor, string Action, string Records)
{
    /// <summary>More about it, free text or JSON; null when there is nothing more.</summary>
    public string? Detail { get; init; }
}
