using Vigil.Domain;

namespace Vigil.Screening.Lists;

/// <summary>A subject as stored, with its bookkeeping.</summary>
/// <param name="Subject">The subject.</param>
/// <param name="CreatedAt">When it was first stored.</param>
/// <param name="UpdatedAt">When it last changed.</param>
/// <param name="RemovedAt">When its list dropped it; null while listed.</param>
public sealed record SubjectRecord(Subject Subject, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt, DateTimeOffset? RemovedAt)
{
    /// <summary>True when the latest version of the list no longer has the subject.</summary>
    public bool IsRemoved => RemovedAt is not null;
}
