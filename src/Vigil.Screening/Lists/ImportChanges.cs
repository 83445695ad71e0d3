using Vigil.Domain;

namespace Vigil.Screening.Lists;

/// <summary>What one import of a list changed.</summary>
/// <param name="Import">The import.</param>
/// <param name="Added">Subjects it added.</param>
/// <param name="Changed">Subjects it changed, before and after, with the changed fields.</param>
/// <param name="Removed">Subjects it removed.</param>
public sealed record ImportChanges(
    ImportRecord Import,
    IReadOnlyList<Subject> Added,
    IReadOnlyList<(Subject Before, Subject After, IReadOnlyList<string> Fields)> Changed,
    IReadOnlyList<Subject> Removed);
