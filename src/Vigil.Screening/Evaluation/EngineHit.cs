namespace Vigil.Screening.Evaluation;

/// <summary>One hit of an engine's result, as the evaluation sees it.</summary>
/// <param name="SourceId">The list's own identifier of the subject hit; null when the result line gave none.</param>
/// <param name="Score">The hit's score, as written in the result.</param>
public sealed record EngineHit(string? SourceId, double Score);
