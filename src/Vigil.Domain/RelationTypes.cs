namespace Vigil.Domain;

/// <summary>The text names of <see cref="RelationType"/> used in files, the CLI and the API, and their inverses.</summary>
public static class RelationTypes
{
    private static readonly (RelationType Type, string Name)[] Names =
    [
        (RelationType.Spouse, "spouse"),
        (RelationType.FormerSpouse, "former-spouse"),
        (RelationType.Child, "child"),
        (RelationType.Parent, "parent"),
        (RelationType.Sibling, "sibling"),
        (RelationType.Associate, "associate"),
        (RelationType.Other, "other"),
    ];

    /// <summary>Every text name, in enum order.</summary>
    public static IReadOnlyList<string> All { get; } = Array.ConvertAll(Names, n => n.Name);

    /// <summary>The text name of a type (<c>spouse</c>, <c>former-spouse</c>...).</summary>
    /// <exception cref="ArgumentOutOfRangeException">Not a defined type (a caller's bug).</exception>
    public static string ToName(RelationType type)
    {
        foreach ((RelationType t, string name) in Names)
        {
            if (t == type)
            {
                return name;
            }
        }

        throw new ArgumentOutOfRangeException(nameof(type), type, "Unknown relation type.");
    }

    /// <summary>Reads a text name, ignoring case and accepting <c>_</c> or a space for <c>-</c>.</summary>
    public static bool TryParse(string? text, out RelationType type)
    {
        type = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        string key = text.Trim().Replace('_', '-').Replace(' ', '-').ToLowerInvariant();
        foreach ((RelationType t, string name) in Names)
        {
            if (name == key || name.Replace("-", string.Empty, StringComparison.Ordinal) == key)
            {
                type = t;
                return true;
            }
        }

        return false;
    }

    /// <summary>The type as the relative sees it: <see cref="RelationType.Child"/> and
    /// <see cref="RelationType.Parent"/> swap, every other type is its own inverse.</summary>
    public static RelationType Inverse(RelationType type) => type switch
    {
        RelationType.Child => RelationType.Parent,
        RelationType.Parent => RelationType.Child,
        _ => type,
    };

    /// <summary>True when the type reads the same from both sides.</summary>
    public static bool IsSymmetric(RelationType type) => Inverse(type) == type;
}
