using System.Text.Json.Nodes;
using Vigil.Testing;

namespace Vigil.Formats.Tests.Edifact;

/// <summary>Every example (<c>X.edi</c> beside <c>X.expected.json</c>) gives its expected result, compared as
/// <c>shared/tools/check_parse.py</c> compares it: the shared examples and Vigil's own in <c>Examples/</c>.</summary>
public sealed class ExampleFilesTests
{
    public static TheoryData<string> SharedExamples() => Examples(SharedData.PathOf("formats-examples"));

    public static TheoryData<string> OwnExamples() => Examples(Path.Combine(RepositoryRoot.Path, "tests", "Vigil.Formats.Tests", "Examples"));

    [Theory]
    [MemberData(nameof(SharedExamples))]
    public void Shared_example_gives_its_expected_result(string expectedFile) => AssertExample(expectedFile);

    [Theory]
    [MemberData(nameof(OwnExamples))]
    public void Own_example_gives_its_expected_result(string expectedFile) => AssertExample(expectedFile);

    [Fact]
    public void The_shared_examples_are_all_found()
    {
        // Guards the theory above against passing vacuously: the shared folder holds three examples.
        Assert.Equal(3, SharedExamples().Count);
    }

    private static void AssertExample(string expectedFile)
    {
        string name = Path.GetFileName(expectedFile)[..^".expected.json".Length];
        string folder = Path.GetDirectoryName(expectedFile)!;
        string[] inputs = [.. Directory.GetFiles(folder, name + ".*").Where(f => !f.EndsWith(".json", StringComparison.Ordinal))];
        Assert.Single(inputs);
        string format = name.Split('-')[0];
        JsonNode expected = JsonNode.Parse(File.ReadAllText(expectedFile))!;

        JsonNode actual = ParseJson.Render(format, File.ReadAllBytes(inputs[0]), Path.GetFileName(inputs[0]));

        List<string> errors = ExpectedJson.Compare(expected, actual);
        Assert.True(errors.Count == 0, $"{name}:\n  " + string.Join("\n  ", errors) + "\n" + actual.ToJsonString());
    }

    private static TheoryData<string> Examples(string folder)
    {
        TheoryData<string> data = [];
        foreach (string file in Directory.GetFiles(folder, "*.expected.json").Order(StringComparer.Ordinal))
        {
            if (Path.GetFileName(file).Split('-')[0] is "paxlst" or "pnrgov")
            {
                data.Add(file);
            }
        }

        return data;
    }
}
