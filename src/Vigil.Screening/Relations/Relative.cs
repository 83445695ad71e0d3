using Vigil.Domain;

namespace Vigil.Screening.Relations;

/// <summary>A subject's relative as seen from the subject: what the relative is to it, and who the relative is.</summary>
/// <param name="Type">What the relative is to the subject (a relation recorded on the relative is seen inverted:
/// the father's <c>child</c> sees him as <c>parent</c>).</param>
/// <param name="SubjectId">The relative's Vigil id.</param>
/// <param name="List">The relative's list.</param>
/// <param name="SourceId">The relative's identifier in its list.</param>
public sealed record Relative(RelationType Type, SubjectId SubjectId, string List, string SourceId)
{
    /// <summary>The relative's primary name, when known.</summary>
    public string? Name { get; init; }

    /// <summary>The relative's listing category; null when the relative is not in the store (an index read from a file
    /// names relatives of other lists it does not hold).</summary>
    public ListingCategory? Category { get; init; }

    /// <summary>The relative's current custody status.</summary>
    public CustodyState Custody { get; init; }

    /// <summary>True when the relative's list dropped it since.</summary>
    public bool IsRemoved { get; init; }

    /// <summary>Since when, as precisely as known.</summary>
    public PartialDate Since { get; init; }

    /// <summary>Where the information comes from.</summary>
    public string? Source { get; init; }

    /// <summary>Free text.</summary>
    public string? Note { get; init; }

    /// <summary>True when recorded by hand in Vigil rather than read from a list file.</summary>
    public bool IsManual { get; init; }

    /// <summary>The subject the relation is recorded on: the subject itself, or the relative (then <see cref="Type"/>
    /// is the inverse of the recorded type).</summary>
    public SubjectId RecordedOn { get; init; }
}
