using System.Globalization;
using System.Text;

namespace Vigil.Formats.Json;

/// <summary>The JSON path of the value being read (<c>$.names[1].full</c>), built only when a diagnostic needs it.</summary>
internal sealed class JsonPathBuilder
{
    // A segment is a property name, or an array index when the name is null.
    private readonly List<(string? Name, int Index)> _segments = [];

    public void Clear() => _segments.Clear();

    public void Push(string name) => _segments.Add((name, -1));

    public void PushIndex(int index) => _segments.Add((null, index));

    public void Pop() => _segments.RemoveAt(_segments.Count - 1);

    /// <summary>The path of the current value.</summary>
    public override string ToString() => Render(null);

    /// <summary>The path of a property of the current object.</summary>
    public string Child(string name) => Render(name);

    private string Render(string? child)
    {
        StringBuilder text = new("$");
        foreach ((string? name, int index) in _segments)
        {
            if (name is null)
            {
                text.Append('[').Append(index.ToString(CultureInfo.InvariantCulture)).Append(']');
            }
            else
            {
                AppendName(text, name);
            }
        }

        if (child is not null)
        {
            AppendName(text, child);
        }

        return text.ToString();
    }

    private static void AppendName(StringBuilder text, string name)
    {
        bool plain = name.Length > 0;
        foreach (char c in name)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c is '_' or '-'))
            {
                plain = false;
                break;
            }
        }

        if (plain)
        {
            text.Append('.').Append(name);
        }
        else
        {
            text.Append("['").Append(name.Replace("'", "\\'", StringComparison.Ordinal)).Append("']");
        }
    }
}
