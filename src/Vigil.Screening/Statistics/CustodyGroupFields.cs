namespace Vigil.Screening.Statistics;

/// <summary>The names of <see cref="CustodyGroupField"/> used on the command line and as JSON property names.</summary>
public static class CustodyGroupFields
{
    private static readonly (CustodyGroupField Field, string Name)[] Names =
    [
        (CustodyGroupField.Status, "status"),
        (CustodyGroupField.Nationality, "nationality"),
        (CustodyGroupField.Authority, "authority"),
        (CustodyGroupField.Country, "country"),
        (CustodyGroupField.Place, "place"),
        (CustodyGroupField.Category, "category"),
        (CustodyGroupField.List, "list"),
    ];

    /// <summary>Every name, in enum order.</summary>
    public static IReadOnlyList<string> All { get; } = Array.ConvertAll(Names, n => n.Name);

    /// <summary>The name of a field.</summary>
    public static string ToName(CustodyGroupField field)
    {
        foreach ((CustodyGroupField f, string name) in Names)
        {
            if (f == field)
            {
                return name;
            }
        }

        throw new ArgumentOutOfRangeException(nameof(field), field, "Unknown group field.");
    }

    /// <summary>Reads a comma-separated list of field names (<c>nationality,status</c>), ignoring case and spaces
    /// around names; a field named twice counts once.</summary>
    /// <param name="text">The list.</param>
    /// <param name="fields">The fields, in the order given.</param>
    /// <param name="unknown">The first name that is no field, or null.</param>
    /// <returns>False when a name is no field or the list is empty.</returns>
    public static bool TryParseList(string? text, out IReadOnlyList<CustodyGroupField> fields, out string? unknown)
    {
        List<CustodyGroupField> parsed = [];
        fields = parsed;
        unknown = null;
        foreach (string part in (text ?? string.Empty).Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            int index = Array.FindIndex(Names, n => string.Equals(n.Name, part, StringComparison.OrdinalIgnoreCase));
            if (index < 0)
            {
                unknown = part;
                return false;
            }

            if (!parsed.Contains(Names[index].Field))
            {
                parsed.Add(Names[index].Field);
            }
        }

        return parsed.Count > 0;
    }
}
