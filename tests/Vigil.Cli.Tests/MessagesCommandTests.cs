using System.Text;
using System.Text.Json;
using Vigil.Testing;

namespace Vigil.Cli.Tests;

/// <summary><c>vigil screen --format paxlst|pnrgov|mrz</c> and <c>vigil messages</c>, in process, on SQLite: every
/// message kept, duplicates not screened twice, quarantine and replay.</summary>
public sealed class MessagesCommandTests : IDisposable
{
    private readonly TempDirectory _folder = new("vigil-messages-");

    public void Dispose() => _folder.Dispose();

    private static string Example(string name) => SharedData.Path("formats-examples", name);

    private string Db => _folder.Combine("vigil.db");

    private Task<CliResult> Screen(string input, string output, params string[] extra) =>
        CliRun.InProcessAsync(["screen", "--in", input, "--out", _folder.Combine(output), "--index", SharedData.UnSample, "--db", Db, .. extra]);

    private static List<JsonElement> ReadResults(string path) =>
        [.. File.ReadAllLines(path, Encoding.UTF8).Select(l => JsonDocument.Parse(l).RootElement.Clone())];

    [Fact]
    public async Task A_paxlst_is_recognised_kept_and_its_travelers_written_with_their_flight()
    {
        CliResult result = await Screen(Example("paxlst-passengers-2leg.edi"), "r.jsonl", "--json");

        Assert.True(result.ExitCode == 0, result.ToString());
        JsonElement summary = JsonDocument.Parse(result.Output).RootElement;
        Assert.Equal("paxlst", summary.GetProperty("format").GetString());
        Assert.Equal("screened", summary.GetProperty("state").GetString());
        List<JsonElement> lines = ReadResults(_folder.Combine("r.jsonl"));
        Assert.Equal(3, lines.Count);
        Assert.Equal("VG", lines[0].GetProperty("flight").GetProperty("carrier").GetString());
        Assert.Equal(2, lines[2].GetProperty("flight").GetProperty("leg").GetInt32());
        Assert.Equal("ZEMLYANIKINA", lines[2].GetProperty("traveler").GetProperty("familyName").GetString());
        Assert.Equal(2, lines[2].GetProperty("traveler").GetProperty("documents").GetArrayLength());
    }

    [Fact]
    public async Task The_same_message_received_twice_is_kept_twice_and_screened_once()
    {
        await Screen(Example("pnrgov-2pnrs.edi"), "first.jsonl");

        CliResult again = await Screen(Example("pnrgov-2pnrs.edi"), "second.jsonl", "--json");
        CliResult list = await CliRun.InProcessAsync("messages", "list", "--db", Db, "--json");

        Assert.True(again.ExitCode == 0, again.ToString());
        Assert.Contains("not screened again", again.Error, StringComparison.Ordinal);
        Assert.Equal(0, new FileInfo(_folder.Combine("second.jsonl")).Length);
        JsonElement[] messages = [.. JsonDocument.Parse(list.Output).RootElement.EnumerateArray()];
        Assert.Equal(["duplicate", "screened"], messages.Select(m => m.GetProperty("state").GetString()));
        Assert.Equal(messages[1].GetProperty("id").GetInt64(), messages[0].GetProperty("duplicateOf").GetInt64());
    }

    [Fact]
    public async Task An_unreadable_message_is_quarantined_shown_with_its_issues_and_replayed_with_a_correction()
    {
        string broken = _folder.Combine("broken.edi");
        byte[] original = File.ReadAllBytes(Example("paxlst-crew.edi"));
        File.WriteAllBytes(broken, original[..40]);

        CliResult screened = await Screen(broken, "r.jsonl", "--format", "paxlst");
        CliResult quarantined = await CliRun.InProcessAsync("messages", "list", "--state", "quarantined", "--db", Db, "--json");
        long id = JsonDocument.Parse(quarantined.Output).RootElement[0].GetProperty("id").GetInt64();
        CliResult shown = await CliRun.InProcessAsync("messages", "show", id.ToString(System.Globalization.CultureInfo.InvariantCulture), "--db", Db, "--json");
        CliResult replayed = await CliRun.InProcessAsync(
            "messages", "replay", id.ToString(System.Globalization.CultureInfo.InvariantCulture), "--file", Example("paxlst-crew.edi"),
            "--out", _folder.Combine("replayed.jsonl"), "--index", SharedData.UnSample, "--db", Db);
        CliResult after = await CliRun.InProcessAsync("messages", "show", id.ToString(System.Globalization.CultureInfo.InvariantCulture), "--db", Db, "--json");

        Assert.Equal(1, screened.ExitCode);
        Assert.Contains("quarantine", screened.Error, StringComparison.Ordinal);
        JsonElement issue = JsonDocument.Parse(shown.Output).RootElement.GetProperty("issues")[0];
        Assert.Equal("error", issue.GetProperty("severity").GetString());
        Assert.True(issue.GetProperty("segmentIndex").GetInt32() >= 1);
        Assert.True(replayed.ExitCode == 0, replayed.ToString());
        Assert.Equal(3, ReadResults(_folder.Combine("replayed.jsonl")).Count);
        JsonElement message = JsonDocument.Parse(after.Output).RootElement.GetProperty("message");
        Assert.Equal("replayed", message.GetProperty("state").GetString());
        Assert.Equal(JsonValueKind.Number, message.GetProperty("replacedBy").ValueKind);
    }

    [Fact]
    public async Task Show_content_gives_back_the_bytes_exactly_as_received()
    {
        await Screen(Example("paxlst-crew.edi"), "r.jsonl");
        CliResult list = await CliRun.InProcessAsync("messages", "list", "--db", Db, "--json");
        JsonElement stored = JsonDocument.Parse(list.Output).RootElement[0];

        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(Example("paxlst-crew.edi")))), stored.GetProperty("sha256").GetString());
        Assert.Equal(new FileInfo(Example("paxlst-crew.edi")).Length, stored.GetProperty("size").GetInt64());
    }

    [Fact]
    public async Task No_record_screens_without_touching_the_database()
    {
        CliResult result = await Screen(Example("paxlst-crew.edi"), "r.jsonl", "--no-record");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.False(File.Exists(Db));
        Assert.Equal(3, ReadResults(_folder.Combine("r.jsonl")).Count);
    }
}
