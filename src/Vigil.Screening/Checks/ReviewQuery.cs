namespace Vigil.Screening.Checks;

/// <summary>Which review items to list. Items come custody anomalies first, then by departure time (earliest
/// first; items without one last), then by number.</summary>
/// <param name="State">Only items in this state, or every state when null.</param>
/// <param name="Limit">At most this many.</param>
public sealed record ReviewQuery(ReviewState? State = ReviewState.Open, int Limit = 100);
