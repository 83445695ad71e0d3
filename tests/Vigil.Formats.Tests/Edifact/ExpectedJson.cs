using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Vigil.Formats.Tests.Edifact;

/// <summary>Compares a parse result with an <c>X.expected.json</c> file under the rules of
/// <c>shared/tools/check_parse.py</c>, so that the examples are checked by the tests as the checker checks them.</summary>
/// <remarks>
/// Only keys present in the expected file are compared; strings are trimmed, inner whitespace collapsed and compared
/// without regard to case; flight and document numbers (<c>number</c>) ignore leading zeros; date-times ignore
/// <c>:00</c> seconds; an expected null accepts missing, null, "" or []; numbers may come as numbers or numeric
/// strings; lists have the same length, except <c>xxxIncludes</c>, <c>travelersAt</c>, <c>travelerCount</c> and
/// <c>messageCount</c>; <c>outcomeAnyOf</c> and <c>{"anyOf": [...]}</c> accept any listed value; every expected issue
/// must be reported at its segment.
/// </remarks>
internal static partial class ExpectedJson
{
    private static readonly HashSet<string> Skipped = ["fixture", "format", "notes", "what", "source", "issues"];

    public static List<string> Compare(JsonNode expected, JsonNode? actual)
    {
        List<string> errors = [];
        CompareNode(expected, actual, "$", errors, string.Empty);
        CheckIssues(expected, actual, errors);
        return errors;
    }

    private static void CompareNode(JsonNode? expected, JsonNode? actual, string path, List<string> errors, string key)
    {
        if (expected is JsonObject anyOf && anyOf.Count == 1 && anyOf["anyOf"] is JsonArray alternatives)
        {
            if (!alternatives.Any(alternative => Errors(alternative, actual, key).Count == 0))
            {
                errors.Add($"{path}: expected one of {alternatives.ToJsonString()}, got {actual?.ToJsonString()}");
            }

            return;
        }

        switch (expected)
        {
            case JsonObject obj:
                if (actual is not JsonObject got)
                {
                    errors.Add($"{path}: expected an object, got {actual?.ToJsonString()}");
                    return;
                }

                foreach ((string k, JsonNode? value) in obj)
                {
                    if (Skipped.Contains(k))
                    {
                        continue;
                    }

                    if (k == "outcomeAnyOf")
                    {
                        string? outcome = got["outcome"]?.GetValue<string>();
                        if (!value!.AsArray().Any(v => v!.GetValue<string>() == outcome))
                        {
                            errors.Add($"{path}.outcome: expected one of {value.ToJsonString()}, got {outcome}");
                        }
                    }
                    else if (k == "travelersAt")
                    {
                        JsonArray list = got["travelers"] as JsonArray ?? [];
                        foreach ((string index, JsonNode? traveler) in value!.AsObject())
                        {
                            int i = int.Parse(index, CultureInfo.InvariantCulture);
                            if (i >= list.Count)
                            {
                                errors.Add($"{path}.travelers[{i}]: missing (only {list.Count})");
                            }
                            else
                            {
                                CompareNode(traveler, list[i], $"{path}.travelers[{i}]", errors, string.Empty);
                            }
                        }
                    }
                    else if (k is "travelerCount" or "messageCount" && value is JsonValue count && count.TryGetValue(out int n))
                    {
                        string listKey = k[..^5] + "s";
                        int actualCount = (got[listKey] as JsonArray)?.Count ?? 0;
                        if (actualCount != n)
                        {
                            errors.Add($"{path}.{listKey}: expected {n} items, got {actualCount}");
                        }
                    }
                    else if (k.EndsWith("Includes", StringComparison.Ordinal))
                    {
                        string listKey = k[..^"Includes".Length];
                        JsonArray items = got[listKey] as JsonArray ?? [];
                        foreach (JsonNode? item in value!.AsArray())
                        {
                            if (!items.Any(g => Errors(item, g, string.Empty).Count == 0))
                            {
                                errors.Add($"{path}.{listKey}: no item matches {item?.ToJsonString()}");
                            }
                        }
                    }
                    else
                    {
                        CompareNode(value, got[k], $"{path}.{k}", errors, k);
                    }
                }

                return;
            case JsonArray array:
                if (actual is not JsonArray gotArray)
                {
                    if (array.Count == 0 && IsEmpty(actual))
                    {
                        return;
                    }

                    errors.Add($"{path}: expected a list, got {actual?.ToJsonString()}");
                    return;
                }

                if (array.Count != gotArray.Count)
                {
                    errors.Add($"{path}: expected {array.Count} items, got {gotArray.Count}");
                    return;
                }

                for (int i = 0; i < array.Count; i++)
                {
                    CompareNode(array[i], gotArray[i], $"{path}[{i}]", errors, key);
                }

                return;
            default:
                if (!SameScalar(key, expected, actual))
                {
                    errors.Add($"{path}: expected {expected?.ToJsonString() ?? "null"}, got {actual?.ToJsonString() ?? "null"}");
                }

                return;
        }
    }

    private static List<string> Errors(JsonNode? expected, JsonNode? actual, string key)
    {
        List<string> errors = [];
        CompareNode(expected, actual, string.Empty, errors, key);
        return errors;
    }

    private static bool IsEmpty(JsonNode? node) => node switch
    {
        null => true,
        JsonArray a => a.Count == 0,
        JsonObject o => o.Count == 0,
        JsonValue v when v.TryGetValue(out string? s) => s.Length == 0,
        _ => false,
    };

    private static bool SameScalar(string key, JsonNode? expected, JsonNode? actual)
    {
        if (expected is null)
        {
            return IsEmpty(actual);
        }

        JsonValue e = expected.AsValue();
        if (e.TryGetValue(out bool eb))
        {
            return actual is JsonValue a && a.TryGetValue(out bool ab) && ab == eb;
        }

        if (actual is JsonValue av && av.TryGetValue(out bool _))
        {
            return false;
        }

        if (e.TryGetValue(out double number) || (e.TryGetValue(out string? es) && NumberPattern().IsMatch(es) && IsNumber(actual)
            && double.TryParse(es, NumberStyles.Float, CultureInfo.InvariantCulture, out number)))
        {
            return actual is JsonValue a && (a.TryGetValue(out double got)
                || (a.TryGetValue(out string? gs) && double.TryParse(gs, NumberStyles.Float, CultureInfo.InvariantCulture, out got)))
                && Math.Abs(number - got) < 1e-9;
        }

        return actual is JsonValue g && g.TryGetValue(out string? text) && Normalize(key, e.GetValue<string>()) == Normalize(key, text);
    }

    private static bool IsNumber(JsonNode? node) => node is JsonValue v && v.TryGetValue(out double _);

    private static string Normalize(string key, string value)
    {
        string s = string.Join(' ', value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();
        Match m = DateTimePattern().Match(s.ToUpperInvariant());
        if (m.Success)
        {
            return m.Groups[1].Value;
        }

        if (key == "number")
        {
            s = s.TrimStart('0');
            if (s.Length == 0)
            {
                s = "0";
            }
        }

        return s;
    }

    private static void CheckIssues(JsonNode expected, JsonNode? actual, List<string> errors)
    {
        JsonArray reported = actual?["issues"] as JsonArray ?? [];
        foreach (JsonNode? want in expected["issues"] as JsonArray ?? [])
        {
            if (want?["segmentIndex"] is { } index || want?["segmentIndexAnyOf"] is not null)
            {
                int[] allowed = want["segmentIndexAnyOf"] is JsonArray any ? [.. any.Select(a => a!.GetValue<int>())] : [want["segmentIndex"]!.GetValue<int>()];
                if (!reported.Any(r => r?["segmentIndex"] is JsonValue v && v.TryGetValue(out int i) && allowed.Contains(i)))
                {
                    errors.Add($"issues: nothing reported at segment [{string.Join(", ", allowed)}] ({want["what"]})");
                }
            }
            else if (want?["line"] is { } line)
            {
                int l = line.GetValue<int>();
                if (!reported.Any(r => r?["line"] is JsonValue v && v.TryGetValue(out int i) && i == l))
                {
                    errors.Add($"issues: nothing reported at line {l} ({want["what"]})");
                }
            }
        }
    }

    [GeneratedRegex(@"^(\d{4}-\d\d-\d\dT\d\d:\d\d)(:00)?$", RegexOptions.CultureInvariant)]
    private static partial Regex DateTimePattern();

    [GeneratedRegex(@"^-?\d+(\.\d+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex NumberPattern();
}
