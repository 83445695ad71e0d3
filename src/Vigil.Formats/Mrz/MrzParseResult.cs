using System.Collections.Immutable;
using Vigil.Formats.Diagnostics;

namespace Vigil.Formats.Mrz;

/// <summary>What <see cref="MrzParser"/> read: the outcome, every issue found, and the fields when any could be read.</summary>
/// <param name="Outcome">Valid, invalid (errors, fields still returned) or unreadable (no fields).</param>
/// <param name="Issues">Every problem, ordered by line and column. Each has a <c>VGL-MRZ</c> code (see
/// <see cref="MrzDiagnostics"/>) and a line and column in the input.</param>
/// <param name="Zone">The fields read, or null when the outcome is <see cref="MrzOutcome.Unreadable"/>.</param>
public sealed record MrzParseResult(MrzOutcome Outcome, ImmutableArray<Diagnostic> Issues, MachineReadableZone? Zone);
