using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using Vigil.Domain;

namespace Vigil.Screening.Decisions;

/// <summary>Reads the decision policy's configuration file (JSON), field by field, with located errors.</summary>
/// <remarks>
/// Every field is optional; a missing field keeps its default (<see cref="DecisionPolicyOptions"/>). The layout:
/// <code>
/// {"reviewThreshold": 0.675, "confidentThreshold": 0.8, "nameAgreement": 0.75,
///  "categories": {"no-board": "contact", "secondary-screening": "selectee", "monitor": "board"},
///  "custodyAnomaly": {"states": ["detained", "convicted", "deceased-reported", "deceased-confirmed"], "decision": "contact"},
///  "documentNoBoard": "no-board"}
/// </code>
/// </remarks>
public static class DecisionPolicyFile
{
    /// <summary>Reads a configuration.</summary>
    /// <param name="json">The file's text.</param>
    /// <param name="source">The file name, for errors.</param>
    /// <exception cref="FormatException">The file is not a valid configuration; the message says where and why.</exception>
    public static DecisionPolicyOptions Parse(string json, string source)
    {
        ArgumentNullException.ThrowIfNull(json);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException e)
        {
            throw new FormatException(string.Create(CultureInfo.InvariantCulture,
                $"{source}:{(e.LineNumber ?? 0) + 1}:{(e.BytePositionInLine ?? 0) + 1}: not valid JSON ({e.Message})"), e);
        }

        using (document)
        {
            JsonElement root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw Error(source, "$", "must be a JSON object");
            }

            DecisionPolicyOptions options = DecisionPolicyOptions.Default;
            foreach (JsonProperty property in root.EnumerateObject())
            {
                string path = "$." + property.Name;
                options = property.Name switch
                {
                    "reviewThreshold" => options with { ReviewThreshold = Score(source, path, property.Value) },
                    "confidentThreshold" => options with { ConfidentThreshold = Score(source, path, property.Value) },
                    "nameAgreement" => options with { NameAgreement = Score(source, path, property.Value) },
                    "categories" => options with { Categories = Categories(source, path, property.Value, options.Categories) },
                    "custodyAnomaly" => Anomaly(source, path, property.Value, options),
                    "documentNoBoard" => options with { DocumentNoBoardDecision = DecisionOf(source, path, property.Value) },
                    _ => throw Error(source, path, "is not a setting of the decision policy (reviewThreshold, confidentThreshold, nameAgreement, categories, custodyAnomaly, documentNoBoard)"),
                };
            }

            return options;
        }
    }

    private static double Score(string source, string path, JsonElement value) =>
        value.ValueKind == JsonValueKind.Number && value.TryGetDouble(out double score) && score is >= 0 and <= 1
            ? score
            : throw Error(source, path, "must be a number from 0 to 1");

    private static Decision DecisionOf(string source, string path, JsonElement value) =>
        value.ValueKind == JsonValueKind.String && DecisionNames.TryParse(value.GetString(), out Decision decision)
            ? decision
            : throw Error(source, path, "must be one of board, selectee, contact, no-board");

    private static FrozenDictionary<ListingCategory, Decision> Categories(
        string source, string path, JsonElement value, FrozenDictionary<ListingCategory, Decision> defaults)
    {
        if (value.ValueKind != JsonValueKind.Object)
        {
            throw Error(source, path, "must be an object mapping listing categories to decisions");
        }

        Dictionary<ListingCategory, Decision> map = new(defaults);
        foreach (JsonProperty entry in value.EnumerateObject())
        {
            string at = $"{path}.{entry.Name}";
            if (!ListingCategories.TryParse(entry.Name, out ListingCategory category))
            {
                throw Error(source, at, $"is not a listing category ({string.Join(", ", ListingCategories.All)})");
            }

            map[category] = DecisionOf(source, at, entry.Value);
        }

        return map.ToFrozenDictionary();
    }

    private static DecisionPolicyOptions Anomaly(string source, string path, JsonElement value, DecisionPolicyOptions options)
    {
        if (value.ValueKind != JsonValueKind.Object)
        {
            throw Error(source, path, "must be an object with states and decision");
        }

        foreach (JsonProperty entry in value.EnumerateObject())
        {
            string at = $"{path}.{entry.Name}";
            switch (entry.Name)
            {
                case "decision":
                    options = options with { AnomalyDecision = DecisionOf(source, at, entry.Value) };
                    break;
                case "states":
                    if (entry.Value.ValueKind != JsonValueKind.Array)
                    {
                        throw Error(source, at, "must be an array of custody statuses");
                    }

                    ImmutableArray<CustodyState>.Builder states = ImmutableArray.CreateBuilder<CustodyState>();
                    int i = 0;
                    foreach (JsonElement item in entry.Value.EnumerateArray())
                    {
                        if (item.ValueKind != JsonValueKind.String || !CustodyStates.TryParse(item.GetString(), out CustodyState state))
                        {
                            throw Error(source, $"{at}[{i}]", $"is not a custody status ({string.Join(", ", CustodyStates.All)})");
                        }

                        states.Add(state);
                        i++;
                    }

                    options = options with { AnomalyStates = states.ToImmutable() };
                    break;
                default:
                    throw Error(source, at, "is not a setting of custodyAnomaly (states, decision)");
            }
        }

        return options;
    }

    private static FormatException Error(string source, string path, string why) => new($"{source}: {path} {why}.");
}
