using Vigil.Screening.Decisions;

namespace Vigil.Screening.Checks;

/// <summary>What a carrier is told of one check: never a list, a score or a reason.</summary>
/// <param name="CheckId">The check.</param>
/// <param name="Decision">The current decision.</param>
/// <param name="DecidedAt">When it was made (UTC).</param>
public sealed record CheckAnswer(string CheckId, Decision Decision, DateTimeOffset DecidedAt);
