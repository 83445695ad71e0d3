using System.Text;
using Vigil.Domain;
using Vigil.Formats.Edifact;
using Vigil.Formats.Paxlst;
using Vigil.Synthetic;
using Vigil.Synthetic.Messages;

namespace Vigil.LoadTest.Tests;

public sealed class ManifestLoadTests
{
    [Fact]
    public void Every_manifest_is_a_valid_flight_with_references_of_its_own()
    {
        List<Subject> list = [.. new ListGenerator("synthetic-test", 1).Generate(300)];

        byte[][] manifests = ManifestLoad.Build(4, 400, 7, list, 0.05, "MXDK1SU8");

        HashSet<string> controls = [], messages = [];
        for (int i = 0; i < manifests.Length; i++)
        {
            EdifactParseResult<PaxlstMessage> result = PaxlstParser.Parse(manifests[i]);
            Assert.True(result.Outcome == EdifactOutcome.Valid, $"manifest {i}: {string.Join("; ", result.Issues)}");
            Assert.Equal("VMXDK1SU8" + ManifestLoad.Base36(i, 3), result.Interchange!.ControlReference);
            PaxlstMessage message = Assert.Single(result.Messages);
            Assert.Equal(400, message.Travelers.Count);
            Assert.StartsWith("MMXDK1SU8" + ManifestLoad.Base36(i, 3), message.Header.Reference, StringComparison.Ordinal);
            Assert.True(message.Header.Reference!.Length <= 14, message.Header.Reference);
            Assert.True(controls.Add(result.Interchange.ControlReference!));
            Assert.True(messages.Add(message.Header.Reference));
        }

        // Other passengers in each, not the same flight resent under new references.
        Assert.NotEqual(Passengers(manifests[0]), Passengers(manifests[1]));
    }

    [Fact]
    public void The_default_references_of_generated_interchanges_are_unchanged()
    {
        string text = Encoding.ASCII.GetString(PaxlstGenerator.Generate(10, 42));

        Assert.Contains("+SYN00000042++SYNTHETIC+", text, StringComparison.Ordinal);
        Assert.Contains("UNZ+1+SYN00000042'", text, StringComparison.Ordinal);
        Assert.Contains("UNH+M0000001+PAXLST", text, StringComparison.Ordinal);
        Assert.Contains("+M0000001'", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", "M")]
    [InlineData("FIFTEENCHARSXYZ", "M")]
    [InlineData("WITH-DASH", "M")]
    [InlineData("V1", "THIRTEENCHARS")]
    [InlineData("V1", "")]
    public void References_that_do_not_fit_are_refused(string control, string messagePrefix)
    {
        PaxlstShape shape = new() { ControlReference = control, MessageReferencePrefix = messagePrefix };

        Assert.Throws<ArgumentOutOfRangeException>(() => PaxlstGenerator.Generate(1, 1, shape));
    }

    [Theory]
    [InlineData(0, 3, "000")]
    [InlineData(35, 3, "00Z")]
    [InlineData(36, 3, "010")]
    [InlineData(46_655, 3, "ZZZ")]
    [InlineData(1_765_000_000_000, 8, "MITVFG1S")]
    public void Base36_is_upper_case_and_padded(long value, int width, string expected)
    {
        Assert.Equal(expected, ManifestLoad.Base36(value, width));
    }

    private static string Passengers(byte[] interchange) =>
        string.Join('\n', Encoding.ASCII.GetString(interchange).Split('\'').Where(s => s.TrimStart().StartsWith("NAD+FL", StringComparison.Ordinal)));
}
