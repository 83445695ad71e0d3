using Vigil.Screening.Decisions;

namespace Vigil.Screening.Checks;

/// <summary>A screened traveler and the decision the policy gave, to be stored.</summary>
/// <param name="CheckId">The public identifier given to the carrier (see <see cref="CheckIds"/>).</param>
/// <param name="Channel">How the traveler reached Vigil.</param>
/// <param name="TravelerId">The traveler's identifier: the id of a check's traveler, or the id in the results of
/// <c>vigil screen --format paxlst</c> for a manifest's traveler.</param>
/// <param name="Flight">The flight, or null when the traveler's message gave none.</param>
/// <param name="Outcome">The policy's decision with its rule.</param>
/// <param name="TravelerJson">The traveler as screened, as a JSON object; opaque to the store.</param>
/// <param name="HitsJson">The hits with their structured explanations and subject summaries, as a JSON array;
/// opaque to the store.</param>
/// <param name="Actor">Who asked: an API key id (<c>key:…</c>) or a command-line user.</param>
public sealed record NewCheck(
    string CheckId,
    CheckChannel Channel,
    string TravelerId,
    CheckFlight? Flight,
    DecisionOutcome Outcome,
    string TravelerJson,
    string HitsJson,
    string Actor)
{
    /// <summary>The stored message the traveler came from, or null for a check.</summary>
    public long? MessageId { get; init; }

    /// <summary>The best hit's score, or null without a hit.</summary>
    public double? BestScore { get; init; }
}
