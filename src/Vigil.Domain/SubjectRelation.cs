namespace Vigil.Domain;

/// <summary>A relation of a subject to another subject, as recorded on the subject (see <see cref="Subject.Relations"/>).</summary>
/// <remarks>
/// Read it as "the relative is the subject's <see cref="Type"/>": a <see cref="RelationType.Child"/> relation of a
/// father names his child. A relation is stored once, on the subject whose list (or whose user) recorded it; the
/// relative sees it with the inverse type (<see cref="RelationTypes.Inverse"/>). The relative may be in another list
/// of the same database. Entries are never edited: a correction removes one and records another.
/// </remarks>
/// <param name="Type">What the relative is to the subject.</param>
/// <param name="RelativeId">Vigil's id of the relative (<see cref="SubjectId.For"/> of its list and list identifier).</param>
/// <param name="RelativeList">The relative's list.</param>
/// <param name="RelativeSourceId">The relative's identifier in its list.</param>
public sealed record SubjectRelation(RelationType Type, SubjectId RelativeId, string RelativeList, string RelativeSourceId)
{
    /// <summary>Since when, as precisely as known (a marriage, a birth); unknown when not given.</summary>
    public PartialDate Since { get; init; }

    /// <summary>Where the information comes from.</summary>
    public string? Source { get; init; }

    /// <summary>Free text.</summary>
    public string? Note { get; init; }

    /// <summary>When Vigil recorded the relation.</summary>
    public DateTimeOffset RecordedAt { get; init; }

    /// <summary>Who recorded it: a user name, or <c>import:N</c> for a list import.</summary>
    public string? RecordedBy { get; init; }

    /// <summary>True for a relation recorded in Vigil (<c>vigil subjects relate</c>) rather than read from a list file.
    /// A re-import of the list replaces the file's relations and keeps the manual ones.</summary>
    public bool IsManual { get; init; }

    /// <summary>A relation to <paramref name="relativeSourceId"/> of list <paramref name="relativeList"/>.</summary>
    public static SubjectRelation To(RelationType type, string relativeList, string relativeSourceId)
    {
        ArgumentNullException.ThrowIfNull(relativeList);
        ArgumentNullException.ThrowIfNull(relativeSourceId);
        return new SubjectRelation(type, SubjectId.For(relativeList, relativeSourceId), relativeList, relativeSourceId);
    }
}
