namespace Vigil.Screening.Evaluation;

/// <summary>The labels of one query of an evaluation set: what the engine should find for it.</summary>
/// <param name="Id">The query's id, as its result line must carry it.</param>
/// <param name="Kind">The query kind (<c>typo</c>, <c>innocent</c>, ...); when the file gives none, <c>innocent</c>
/// for a query expecting nothing and <c>positive</c> otherwise, as <c>score.py</c> does.</param>
/// <param name="IsPositive">True when the query expects a listed subject (<c>expect</c> is not null).</param>
/// <param name="Expect">The expected <c>sourceId</c>; null for an innocent query, and for an expectation that is not
/// text (which, as in <c>score.py</c>, no hit can equal).</param>
public sealed record LabelledQuery(string Id, string Kind, bool IsPositive, string? Expect);
