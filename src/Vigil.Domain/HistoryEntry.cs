using System.Collections.Immutable;

namespace Vigil.Domain;

/// <summary>One change to a subject, kept for ever: what before, what after, when, and by whom or which import.</summary>
/// <param name="Id">Sequence number, increasing with time.</param>
/// <param name="At">When the change was made.</param>
/// <param name="Actor">A user name, or <c>import:N</c> for import N.</param>
/// <param name="Action">What happened.</param>
/// <param name="SubjectId">The subject.</param>
/// <param name="ListName">The subject's list.</param>
/// <param name="SourceId">The list's identifier of the subject.</param>
public sealed record HistoryEntry(
    long Id,
    DateTimeOffset At,
    string Actor,
    HistoryAction Action,
    SubjectId SubjectId,
    string ListName,
    string SourceId)
{
    /// <summary>The import that made the change, if any.</summary>
    public long? ImportId { get; init; }

    /// <summary>The fields that changed (JSON names, see <see cref="SubjectDiff"/>).</summary>
    public ImmutableArray<string> Fields { get; init; } = [];

    /// <summary>The subject before the change; null when added.</summary>
    public Subject? Before { get; init; }

    /// <summary>The subject after the change; null when removed.</summary>
    public Subject? After { get; init; }
}
