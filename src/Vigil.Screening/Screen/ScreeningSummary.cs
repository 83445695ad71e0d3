namespace Vigil.Screening.Screen;

/// <summary>Counts and speed of one batch screening.</summary>
/// <param name="Travelers">Lines screened or rejected (every non-blank line).</param>
/// <param name="Clear">Travelers cleared.</param>
/// <param name="Review">Travelers sent for review.</param>
/// <param name="Errors">Lines that could not be read as travelers.</param>
/// <param name="Elapsed">Time from the first line read to the last result written.</param>
public sealed record ScreeningSummary(int Travelers, int Clear, int Review, int Errors, TimeSpan Elapsed)
{
    /// <summary>Lines per second over <see cref="Elapsed"/>; 0 when nothing was read.</summary>
    public double TravelersPerSecond => Travelers == 0 || Elapsed <= TimeSpan.Zero ? 0 : Travelers / Elapsed.TotalSeconds;
}
