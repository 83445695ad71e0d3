using Vigil.Domain;

namespace Vigil.Screening.Decisions;

/// <summary>What the decision policy needs to know of one hit.</summary>
/// <param name="Subject">The listed subject's id.</param>
/// <param name="Category">The subject's listing category.</param>
/// <param name="Custody">The subject's current custody status.</param>
/// <param name="Score">The hit's score.</param>
/// <param name="NameScore">How well the names agree, in 0..1, without any other evidence (0 when only a document
/// number matched).</param>
/// <param name="DocumentMatch">True when the traveler's document number equals a listed document of the subject.</param>
public readonly record struct PolicyHit(SubjectId Subject, ListingCategory Category, CustodyState Custody, double Score, double NameScore, bool DocumentMatch);
