using System.Globalization;
using System.Text.Json;
using Vigil.Formats.Mrz;
using Vigil.Testing;

namespace Vigil.Formats.Tests.Mrz;

/// <summary>The examples of <c>tests/Vigil.Formats.Tests/Examples/mrz-*</c> give their expected results through the
/// library, compared with the rules of the shared checker (<c>check_parse.py</c>), which runs them through the CLI.</summary>
public sealed class MrzExamplesTests
{
    private static readonly string Folder = Path.Combine(RepositoryRoot.Path, "tests", "Vigil.Formats.Tests", "Examples");

    private static readonly HashSet<string> Skipped = new(StringComparer.Ordinal) { "notes", "issues", "what" };

    public static TheoryData<string> Examples()
    {
        TheoryData<string> names = [];
        foreach (string file in Directory.EnumerateFiles(Folder, "mrz-*.expected.json").Order(StringComparer.Ordinal))
        {
            names.Add(Path.GetFileName(file)[..^".expected.json".Length]);
        }

        return names;
    }

    [Fact]
    public void There_are_examples_of_every_format_and_outcome()
    {
        string[] names = [.. Examples().Select(row => row.Data)];

        Assert.True(names.Length >= 10, $"only {names.Length} examples");
        foreach (string format in new[] { "TD1", "TD2", "TD3", "MRVA", "MRVB" })
        {
            Assert.Contains(names, name => Expected(name).GetProperty("documentFormat").ToString() == format);
        }

        foreach (string outcome in new[] { "valid", "invalid", "unreadable" })
        {
            Assert.Contains(names, name => Expected(name).GetProperty("outcome").GetString() == outcome);
        }
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Example_gives_its_expected_result(string name)
    {
        JsonElement expected = Expected(name);
        byte[] input = File.ReadAllBytes(Path.Combine(Folder, name + ".mrz"));

        MrzParseResult result = MrzParser.Parse(input, MrzSamples.Today, name + ".mrz");
        using MemoryStream json = new();
        MrzJsonWriter.Write(json, result);
        using JsonDocument actual = JsonDocument.Parse(json.ToArray());

        List<string> errors = [];
        Compare(expected, actual.RootElement, "$", errors);
        foreach (JsonElement issue in expected.GetProperty("issues").EnumerateArray())
        {
            int line = issue.GetProperty("line").GetInt32();
            int column = issue.GetProperty("column").GetInt32();
            string code = issue.GetProperty("code").GetString()!;
            bool reported = actual.RootElement.GetProperty("issues").EnumerateArray().Any(r =>
                r.GetProperty("line").GetInt32() == line && r.GetProperty("column").GetInt32() == column
                && r.GetProperty("code").GetString() == code && r.GetProperty("severity").GetString() == issue.GetProperty("severity").GetString());
            if (!reported)
            {
                errors.Add($"issues: no {code} at {line}:{column}");
            }
        }

        if (expected.GetProperty("issues").GetArrayLength() == 0 && actual.RootElement.GetProperty("issues").GetArrayLength() != 0)
        {
            errors.Add("issues: expected none, got " + actual.RootElement.GetProperty("issues"));
        }

        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors));
    }

    private static JsonElement Expected(string name)
    {
        using JsonDocument document = JsonDocument.Parse(File.ReadAllText(Path.Combine(Folder, name + ".expected.json")));
        return document.RootElement.Clone();
    }

    /// <summary>The comparison rules of <c>check_parse.py</c>: only expected keys; strings trimmed and compared
    /// ignoring case; an expected null accepts null, "" or []; lists of the same length.</summary>
    private static void Compare(JsonElement expected, JsonElement actual, string path, List<string> errors)
    {
        switch (expected.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (JsonProperty property in expected.EnumerateObject())
                {
                    if (Skipped.Contains(property.Name))
                    {
                        continue;
                    }

                    JsonElement value = actual.ValueKind == JsonValueKind.Object && actual.TryGetProperty(property.Name, out JsonElement found) ? found : default;
                    Compare(property.Value, value, path + "." + property.Name, errors);
                }

                break;
            case JsonValueKind.Null:
                if (actual.ValueKind is not (JsonValueKind.Undefined or JsonValueKind.Null)
                    && !(actual.ValueKind == JsonValueKind.String && actual.GetString()!.Trim().Length == 0)
                    && !(actual.ValueKind == JsonValueKind.Array && actual.GetArrayLength() == 0))
                {
                    errors.Add($"{path}: expected null, got {actual}");
                }

                break;
            case JsonValueKind.Array:
                if (actual.ValueKind != JsonValueKind.Array || actual.GetArrayLength() != expected.GetArrayLength())
                {
                    errors.Add($"{path}: expected {expected}, got {actual}");
                    break;
                }

                for (int i = 0; i < expected.GetArrayLength(); i++)
                {
                    Compare(expected[i], actual[i], $"{path}[{i.ToString(CultureInfo.InvariantCulture)}]", errors);
                }

                break;
            case JsonValueKind.String:
                if (actual.ValueKind != JsonValueKind.String
                    || !string.Equals(expected.GetString()!.Trim(), actual.GetString()!.Trim(), StringComparison.OrdinalIgnoreCase))
                {
                    errors.Add($"{path}: expected {expected}, got {(actual.ValueKind == JsonValueKind.Undefined ? "nothing" : actual.ToString())}");
                }

                break;
            default:
                if (actual.ValueKind == JsonValueKind.Undefined || expected.GetRawText() != actual.GetRawText())
                {
                    errors.Add($"{path}: expected {expected}, got {actual}");
                }

                break;
        }
    }
}
