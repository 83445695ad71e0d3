using System.Text;

namespace Vigil.LoadTest.Tests;

public sealed class DecisionsTests
{
    [Theory]
    [InlineData("{\"checkId\":\"c1\",\"decision\":\"board\"}", "board")]
    [InlineData("{\"decision\":\"selectee\",\"checkId\":\"c1\"}", "selectee")]
    [InlineData("{\"checkId\":\"c1\",\"decision\":\"contact\"}", "contact")]
    [InlineData("{\"checkId\":\"c1\",\"decision\":\"no-board\"}", "no-board")]
    [InlineData("{\"checkId\":\"c1\",\"decision\":\"maybe\"}", "unknown")]
    [InlineData("{\"checkId\":\"c1\",\"decision\":3}", "unknown")]
    [InlineData("{\"checkId\":\"c1\",\"hits\":[{\"decision\":\"no-board\"}]}", "none")]
    [InlineData("{\"type\":\"about:blank\",\"status\":429}", "none")]
    [InlineData("{\"decision\":", "none")]
    [InlineData("", "none")]
    public void Reads_the_top_level_decision(string body, string expected)
    {
        Assert.Equal(expected, Decisions.Name(Decisions.Read(Encoding.UTF8.GetBytes(body))));
    }
}
