using Vigil.Domain;

namespace Vigil.Screening.Flights;

/// <summary>Another traveler of the same PNR or flight whose hit is related to one of this traveler's hits.</summary>
/// <param name="TravelerId">The other traveler's id, as results name travelers.</param>
/// <param name="SubjectId">The subject the other traveler hit.</param>
/// <param name="Relation">What that subject is to <paramref name="HitSubjectId"/> (<c>child</c>: the other traveler's
/// subject is the child of this traveler's).</param>
/// <param name="HitSubjectId">This traveler's hit subject it is related to.</param>
/// <param name="SameBooking">True when both travel on one PNR (same record locator); false when only on one flight.</param>
public sealed record RelatedHit(string TravelerId, SubjectId SubjectId, RelationType Relation, SubjectId HitSubjectId, bool SameBooking)
{
    /// <summary>The list of <see cref="SubjectId"/>.</summary>
    public string? List { get; init; }

    /// <summary>The list's identifier of <see cref="SubjectId"/>.</summary>
    public string? SourceId { get; init; }

    /// <summary>When the two subjects are related only through a common relative (then <see cref="Relation"/> is
    /// <see cref="RelationType.Other"/>): that relative, as <see cref="HitSubjectId"/> sees it; null for a direct relation.</summary>
    public Relations.Relative? Via { get; init; }

    /// <summary>What <see cref="SubjectId"/> is to <see cref="Via"/>.</summary>
    public RelationType RelationToVia { get; init; }
}
