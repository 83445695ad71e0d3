using System.Text;

namespace Vigil.Formats.Lists;

/// <summary>One element of a UN list record, kept with where it was: the reader builds these for one record at a
/// time, never for the whole file.</summary>
internal sealed class UnNode
{
    private StringBuilder? _text;
    private List<UnNode>? _children;
    private Dictionary<string, int>? _counts;

    public UnNode(string name, int index, int depth, UnNode? parent, int line, int column)
    {
        Name = name;
        Index = index;
        Depth = depth;
        Parent = parent;
        Line = line;
        Column = column;
    }

    /// <summary>The element name.</summary>
    public string Name { get; }

    /// <summary>Position among the siblings of the same name, from 1.</summary>
    public int Index { get; }

    /// <summary>Depth from the root element, which is 1.</summary>
    public int Depth { get; }

    public UnNode? Parent { get; }

    public int Line { get; }

    public int Column { get; }

    /// <summary>The text content, not trimmed; empty when there is none.</summary>
    public string Text => _text?.ToString() ?? string.Empty;

    public IReadOnlyList<UnNode> Children => (IReadOnlyList<UnNode>?)_children ?? [];

    /// <summary>The element path, with an index on the records and on groups inside them (see <see cref="UnDiagnostics"/>).</summary>
    public string Path
    {
        get
        {
            List<UnNode> chain = [];
            for (UnNode? node = this; node is not null; node = node.Parent)
            {
                chain.Add(node);
            }

            StringBuilder path = new();
            for (int i = chain.Count - 1; i >= 0; i--)
            {
                UnNode node = chain[i];
                path.Append('/').Append(node.Name);
                if (node.Depth >= 3 && (node._children is { Count: > 0 } || node.Index > 1 || node.Depth == 3))
                {
                    path.Append('[').Append(node.Index).Append(']');
                }
            }

            return path.ToString();
        }
    }

    public void AppendText(string text) => (_text ??= new StringBuilder()).Append(text);

    public void Add(UnNode child) => (_children ??= []).Add(child);

    /// <summary>Counts one more child named <paramref name="name"/> and returns its index, from 1.</summary>
    public int NextIndex(string name)
    {
        _counts ??= new Dictionary<string, int>(StringComparer.Ordinal);
        _counts.TryGetValue(name, out int count);
        _counts[name] = ++count;
        return count;
    }

    /// <summary>The first child of that name, or null.</summary>
    public UnNode? Child(string name)
    {
        if (_children is not null)
        {
            foreach (UnNode child in _children)
            {
                if (string.Equals(child.Name, name, StringComparison.Ordinal))
                {
                    return child;
                }
            }
        }

        return null;
    }

    /// <summary>The trimmed text of the first child of that name, or null when absent or blank.</summary>
    public string? Value(string name)
    {
        string? text = Child(name)?.Text.Trim();
        return string.IsNullOrEmpty(text) ? null : text;
    }

    /// <summary>Every child of that name.</summary>
    public IEnumerable<UnNode> All(string name)
    {
        if (_children is not null)
        {
            foreach (UnNode child in _children)
            {
                if (string.Equals(child.Name, name, StringComparison.Ordinal))
                {
                    yield return child;
                }
            }
        }
    }
}
