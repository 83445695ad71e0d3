using System.Collections.Immutable;

namespace Vigil.Domain;

/// <summary>A subject that a new version of its list changes.</summary>
/// <param name="Before">The subject as stored.</param>
/// <param name="After">The subject as the new version gives it.</param>
/// <param name="Fields">The names of the fields that differ (see <see cref="SubjectDiff"/>).</param>
public sealed record SubjectChange(Subject Before, Subject After, ImmutableArray<string> Fields);
