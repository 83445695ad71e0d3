using Vigil.Domain;

namespace Vigil.Screening.Lists;

/// <summary>A relation as stored: the subject it is recorded on, what the relative is to it, and the relative,
/// each with the listing and current custody status the store holds for it now.</summary>
/// <param name="Subject">The subject the relation is recorded on.</param>
/// <param name="Relation">The relation (type, relative, since, source, note, record-keeping).</param>
/// <param name="Relative">The relative.</param>
public sealed record RelationRecord(RelationEnd Subject, SubjectRelation Relation, RelationEnd Relative);

/// <summary>One side of a stored relation.</summary>
/// <param name="Id">Vigil's id.</param>
/// <param name="List">Its list.</param>
/// <param name="SourceId">The list's identifier.</param>
/// <param name="Name">The primary name, or null when the subject is not in the store.</param>
/// <param name="Category">The listing category, or null when the subject is not in the store.</param>
/// <param name="Custody">The current custody status.</param>
/// <param name="IsRemoved">True when its list dropped it since.</param>
public sealed record RelationEnd(SubjectId Id, string List, string SourceId, string? Name, ListingCategory? Category, CustodyState Custody, bool IsRemoved);
