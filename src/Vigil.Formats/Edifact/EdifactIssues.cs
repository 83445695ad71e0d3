using Vigil.Formats.Diagnostics;

namespace Vigil.Formats.Edifact;

/// <summary>Collects the issues of one interchange, each located at a segment, up to a limit.</summary>
internal sealed class EdifactIssues
{
    private readonly List<Diagnostic> _items = [];
    private readonly string? _source;
    private readonly int _max;
    private bool _truncated;
    private int _listedErrors;

    public EdifactIssues(string? source, int max)
    {
        _source = source;
        _max = Math.Max(1, max);
    }

    /// <summary>How many errors were found, including those beyond the limit.</summary>
    public int ErrorCount { get; private set; }

    public IReadOnlyList<Diagnostic> Items => _items;

    /// <summary>True when an issue of this severity would not be listed: callers on hot paths skip formatting its
    /// message (the error count is still kept by <see cref="CountUnlisted"/>).</summary>
    public bool IsFull(DiagnosticSeverity severity) =>
        _items.Count >= _max && !(severity == DiagnosticSeverity.Error && _listedErrors == 0);

    /// <summary>Counts an issue that is not listed because the list is full.</summary>
    public void CountUnlisted(DiagnosticSeverity severity)
    {
        if (severity == DiagnosticSeverity.Error)
        {
            ErrorCount++;
        }
    }

    public void Error(string code, string message, int segmentIndex, string? tag, int? element = null, int? component = null) =>
        Add(code, DiagnosticSeverity.Error, message, segmentIndex, tag, element, component);

    public void Warning(string code, string message, int segmentIndex, string? tag, int? element = null, int? component = null) =>
        Add(code, DiagnosticSeverity.Warning, message, segmentIndex, tag, element, component);

    public void Error(string code, string message, Segment segment, int? element = null, int? component = null) =>
        Add(code, DiagnosticSeverity.Error, message, segment.Index, segment.TagText, element, component);

    public void Warning(string code, string message, Segment segment, int? element = null, int? component = null) =>
        Add(code, DiagnosticSeverity.Warning, message, segment.Index, segment.TagText, element, component);

    public void Add(string code, DiagnosticSeverity severity, string message, int segmentIndex, string? tag, int? element, int? component)
    {
        if (severity == DiagnosticSeverity.Error)
        {
            ErrorCount++;
        }

        // Past the limit, the first error is still listed: a rejected input always shows at least one located error.
        if (_items.Count >= _max && !(severity == DiagnosticSeverity.Error && _listedErrors == 0))
        {
            if (!_truncated)
            {
                _truncated = true;
                _items.Add(new Diagnostic(EdifactDiagnostics.TooManyIssuesCode, DiagnosticSeverity.Warning,
                    $"More than {_max} issues were found; the rest are not listed.",
                    new SourcePosition { Source = _source, SegmentIndex = segmentIndex, SegmentTag = tag }));
            }

            return;
        }

        if (severity == DiagnosticSeverity.Error)
        {
            _listedErrors++;
        }

        _items.Add(new Diagnostic(code, severity, message, new SourcePosition
        {
            Source = _source,
            SegmentIndex = segmentIndex,
            SegmentTag = tag,
            ElementIndex = element,
            ComponentIndex = component,
        }));
    }
}
