namespace Vigil.Formats.Edifact;

/// <summary>How to read an EDIFACT interchange.</summary>
public sealed record EdifactReadOptions
{
    /// <summary>The default options.</summary>
    public static EdifactReadOptions Default { get; } = new();

    /// <summary>The name of the input, written in diagnostics (a file name, or <c>stdin</c>).</summary>
    public string? Source { get; init; }

    /// <summary>The reference date for two-digit years when the interchange has no usable UNB preparation date, and
    /// the pivot for the two-digit year of the UNB date itself. Null: years 00-99 of the UNB date are 2000-2099 and
    /// the fallback reference date is 1 January 2000.</summary>
    /// <remarks>Parsers never read the clock; a host passes today's date from its <see cref="TimeProvider"/>.</remarks>
    public DateOnly? Today { get; init; }

    /// <summary>The bounds against hostile input.</summary>
    public EdifactLimits Limits { get; init; } = EdifactLimits.Default;
}
