using System.Text;

namespace Vigil.Formats.Diagnostics;

/// <summary>Where in an input a problem was found.</summary>
/// <remarks>
/// Every part is optional: a CSV file gives a line and a field, an XML file a line, a column and an element
/// path, an EDIFACT message a segment. <see cref="Line"/> and <see cref="Column"/> count from 1;
/// <see cref="Column"/> counts UTF-16 characters from the start of the line.
/// </remarks>
public sealed record SourcePosition
{
    /// <summary>The name of the input (a file name as the user gave it, or a label such as <c>stdin</c>).</summary>
    public string? Source { get; init; }

    /// <summary>The line, from 1.</summary>
    public int? Line { get; init; }

    /// <summary>The column, from 1, in UTF-16 characters.</summary>
    public int? Column { get; init; }

    /// <summary>The XML element path, such as <c>/CONSOLIDATED_LIST/INDIVIDUALS/INDIVIDUAL[3]/INDIVIDUAL_DATE_OF_BIRTH[1]/DATE</c>.</summary>
    public string? Path { get; init; }

    /// <summary>The field: a CSV column name, a JSON property path, an XML element or attribute name.</summary>
    public string? Field { get; init; }

    /// <summary>The EDIFACT segment number, from 1 after UNA.</summary>
    public int? SegmentIndex { get; init; }

    /// <summary>The EDIFACT segment tag.</summary>
    public string? SegmentTag { get; init; }

    /// <summary>The EDIFACT data element position within the segment, from 1.</summary>
    public int? ElementIndex { get; init; }

    /// <summary>The EDIFACT component position within the element, from 1.</summary>
    public int? ComponentIndex { get; init; }

    /// <summary>The <c>source:line:column</c> prefix of a diagnostic, as compilers write it.</summary>
    public string ToPrefix()
    {
        StringBuilder text = new(Source ?? "input");
        if (Line is { } line)
        {
            text.Append(':').Append(line);
            if (Column is { } column)
            {
                text.Append(':').Append(column);
            }
        }

        return text.ToString();
    }

    /// <summary>The parts that the prefix does not give, such as <c>(field 'dob', element /A/B)</c>, or empty.</summary>
    public string ToDetail()
    {
        List<string> parts = [];
        if (SegmentIndex is { } segment)
        {
            parts.Add($"segment {segment}{(SegmentTag is null ? string.Empty : " " + SegmentTag)}");
        }

        if (ElementIndex is { } element)
        {
            parts.Add($"element {element}");
        }

        if (ComponentIndex is { } component)
        {
            parts.Add($"component {component}");
        }

        if (Field is not null)
        {
            parts.Add($"field '{Field}'");
        }

        if (Path is not null)
        {
            parts.Add($"at {Path}");
        }

        return parts.Count == 0 ? string.Empty : "(" + string.Join(", ", parts) + ")";
    }
}
