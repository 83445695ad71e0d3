using System.Collections.Immutable;
using Vigil.Domain;
using Vigil.Formats.Diagnostics;

namespace Vigil.Formats.Lists;

/// <summary>What a list reader found: the subjects it could read and every problem.</summary>
/// <remarks>An import must not apply a result with <see cref="HasErrors"/>: the file is rejected whole.</remarks>
/// <param name="Subjects">The subjects read, in file order.</param>
/// <param name="Diagnostics">Every problem, in file order.</param>
public sealed record ListReadResult(ImmutableArray<Subject> Subjects, ImmutableArray<Diagnostic> Diagnostics)
{
    /// <summary>The relatives in other lists that relations of the file name (<c>LIST:ID</c>), each with where it is
    /// named. A reader cannot see the database: the import checks that each exists, and rejects the file otherwise
    /// (<see cref="SubjectReference.NotFound"/>).</summary>
    public ImmutableArray<SubjectReference> ExternalReferences { get; init; } = [];

    /// <summary>True when at least one diagnostic is an error.</summary>
    public bool HasErrors
    {
        get
        {
            foreach (Diagnostic diagnostic in Diagnostics)
            {
                if (diagnostic.IsError)
                {
                    return true;
                }
            }

            return false;
        }
    }
}
