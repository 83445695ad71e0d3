namespace Vigil.LoadTest.Tests;

public sealed class ServerTimingTests
{
    [Theory]
    [InlineData("app;dur=1.25", 1.25)]
    [InlineData("app;dur=0", 0)]
    [InlineData("app;dur=12", 12)]
    [InlineData("APP;DUR=3.5", 3.5)]
    [InlineData("app; dur = 4.5 ", 4.5)]
    [InlineData("app;dur=\"2.5\"", 2.5)]
    [InlineData("db;dur=0.5, app;dur=2", 2)]
    [InlineData("db;dur=0.5,app;desc=\"screening, matching; all\";dur=7.125", 7.125)]
    [InlineData("app;desc=\"a \\\"quoted\\\" word\";dur=1e1", 10)]
    public void Reads_the_app_duration(string header, double expected)
    {
        Assert.True(ServerTiming.TryReadDuration(header, "app", out double milliseconds));
        Assert.Equal(expected, milliseconds, 9);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("app")]
    [InlineData("app;desc=\"no duration\"")]
    [InlineData("db;dur=1")]
    [InlineData("application;dur=1")]
    [InlineData("app;dur=")]
    [InlineData("app;dur=fast")]
    [InlineData("app;dur=-1")]
    [InlineData("db;desc=\"app;dur=1\"")]
    public void Finds_no_app_duration(string? header)
    {
        Assert.False(ServerTiming.TryReadDuration(header, "app", out double milliseconds));
        Assert.True(double.IsNaN(milliseconds));
    }

    [Fact]
    public void Reads_the_app_duration_from_any_header_line()
    {
        Assert.True(ServerTiming.TryReadDuration(["db;dur=1", "app;dur=3"], "app", out double milliseconds));
        Assert.Equal(3, milliseconds);
    }
}
