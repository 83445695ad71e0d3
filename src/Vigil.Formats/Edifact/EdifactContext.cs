namespace Vigil.Formats.Edifact;

/// <summary>What the readers of one interchange share: the options, the issues and the reference date.</summary>
internal sealed class EdifactContext
{
    public EdifactContext(EdifactReadOptions options)
    {
        Options = options;
        Issues = new EdifactIssues(options.Source, options.Limits.MaxIssues);
        ReferenceDate = options.Today ?? new DateOnly(2000, 1, 1);
    }

    public EdifactReadOptions Options { get; }

    public EdifactIssues Issues { get; }

    /// <summary>The date two-digit years are read against: the UNB preparation date when there is one.</summary>
    public DateOnly ReferenceDate { get; set; }

    /// <summary>The interchange header once UNB is read.</summary>
    public EdifactInterchange? Interchange { get; set; }
}
