namespace Vigil.Domain;

/// <summary>The text names of <see cref="ListingCategory"/> used in files, the CLI and the API.</summary>
public static class ListingCategories
{
    private static readonly (ListingCategory Category, string Name)[] Names =
    [
        (ListingCategory.NoBoard, "no-board"),
        (ListingCategory.SecondaryScreening, "secondary-screening"),
        (ListingCategory.Monitor, "monitor"),
    ];

    /// <summary>Every text name, in enum order.</summary>
    public static IReadOnlyList<string> All { get; } = Array.ConvertAll(Names, n => n.Name);

    /// <summary>The text name of a category (<c>no-board</c>, <c>secondary-screening</c>, <c>monitor</c>).</summary>
    public static string ToName(ListingCategory category)
    {
        foreach ((ListingCategory c, string name) in Names)
        {
            if (c == category)
            {
                return name;
            }
        }

        throw new ArgumentOutOfRangeException(nameof(category), category, "Unknown listing category.");
    }

    /// <summary>Reads a text name exactly as <see cref="ToName"/> writes it.</summary>
    public static bool TryParse(string? text, out ListingCategory category)
    {
        foreach ((ListingCategory c, string name) in Names)
        {
            if (string.Equals(name, text, StringComparison.Ordinal))
            {
                category = c;
                return true;
            }
        }

        category = default;
        return false;
    }
}
