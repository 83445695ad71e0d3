using Vigil.Domain;

namespace Vigil.Screening.Lists;

/// <summary>Which history entries to read.</summary>
/// <param name="ListName">Only this list, or all when null.</param>
/// <param name="SubjectId">Only this subject, or all when null.</param>
/// <param name="Limit">At most this many, newest first.</param>
public sealed record HistoryQuery(string? ListName, SubjectId? SubjectId, int Limit = 1000);
