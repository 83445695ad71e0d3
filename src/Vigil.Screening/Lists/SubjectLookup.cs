namespace Vigil.Screening.Lists;

/// <summary>What looking a subject up by an identifier found.</summary>
/// <param name="Outcome">Found one, none, or several that the identifier cannot tell apart.</param>
/// <param name="Subject">The subject found, when exactly one.</param>
/// <param name="Candidates">Every subject the identifier names.</param>
public sealed record SubjectLookup(SubjectLookupOutcome Outcome, SubjectRecord? Subject, IReadOnlyList<SubjectRecord> Candidates)
{
    /// <summary>The lists of the candidates, each once.</summary>
    public IReadOnlyList<string> Lists => [.. Candidates.Select(c => c.Subject.Listing.ListName).Distinct(StringComparer.Ordinal)];
}

/// <summary>How a subject look-up ended.</summary>
public enum SubjectLookupOutcome
{
    /// <summary>Exactly one subject (or one listed subject among removed ones of the same list).</summary>
    Found,

    /// <summary>No subject has this identifier.</summary>
    NotFound,

    /// <summary>Several subjects, in several lists or several listed ones: name the list.</summary>
    Ambiguous,
}
