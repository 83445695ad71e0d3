using Vigil.Domain;

namespace Vigil.Screening.Lists;

/// <summary>One import of a list file, as kept in the store.</summary>
/// <param name="Id">Sequence number.</param>
/// <param name="ListName">The list.</param>
/// <param name="Format">The file format (<c>un-xml</c>...).</param>
/// <param name="Provenance">File name, SHA-256 and time.</param>
/// <param name="Actor">Who ran it.</param>
/// <param name="Added">Subjects added.</param>
/// <param name="Changed">Subjects changed.</param>
/// <param name="Removed">Subjects removed.</param>
/// <param name="Unchanged">Subjects left as they were.</param>
public sealed record ImportRecord(
    long Id,
    string ListName,
    string Format,
    Provenance Provenance,
    string Actor,
    int Added,
    int Changed,
    int Removed,
    int Unchanged);
