using Vigil.Domain;

namespace Vigil.Matching.Indexing;

/// <summary>One list name of one subject, analyzed at index build.</summary>
/// <param name="Subject">Position of the subject in the index.</param>
/// <param name="Name">The name as the list writes it.</param>
/// <param name="Parts">Its parts.</param>
/// <param name="Weights">The weight of each part (IDF over the list's names; particles count little).</param>
/// <param name="TotalWeight">The sum of <paramref name="Weights"/>.</param>
internal sealed record IndexedName(int Subject, PersonName Name, NamePart[] Parts, float[] Weights, float TotalWeight);
