using System.Text;
using System.Text.Json;
using Vigil.Formats.Edifact;
using Vigil.Formats.Paxlst;
using Vigil.Formats.Tests.Edifact;
using static Vigil.Formats.Tests.Edifact.Interchanges;

namespace Vigil.Formats.Tests.Paxlst;

/// <summary>Reading with a callback hands over, one at a time, the messages the whole parse returns, with the same
/// outcome and issues, and keeps none of them.</summary>
public sealed class PaxlstParserStreamingTests
{
    /// <summary>A list in two parts: the CNT totals count both, so they can only be checked after the second.</summary>
    private static string TwoParts(int declaredTotal)
    {
        string Part(string reference, string status) => Wrap("PAXLST:D:05B:UN:IATA",
            ["BGM+745'", .. Flight, .. Passenger, $"CNT+42:{declaredTotal}'"], $"UNH+{reference}+{{0}}+CAR1+{status}'").Replace("UNT+16+1'", $"UNT+16+{reference}'", StringComparison.Ordinal);
        string first = Part("1", "01:C");
        string second = Part("2", "02:F");
        return first[..first.IndexOf("UNZ", StringComparison.Ordinal)] + second[second.IndexOf("UNH", StringComparison.Ordinal)..].Replace("UNZ+1", "UNZ+2", StringComparison.Ordinal);
    }

    /// <summary>The JSON of vigil parse for a result whose messages are <paramref name="messages"/>.</summary>
    private static string Json(EdifactParseResult<PaxlstMessage> result, IReadOnlyList<PaxlstMessage> messages)
    {
        using MemoryStream buffer = new();
        using (Utf8JsonWriter writer = new(buffer))
        {
            PaxlstJsonWriter.Write(writer, result with { Messages = messages });
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>Parses whole and streaming; asserts the same document and that the streaming result keeps nothing.</summary>
    private static void AssertSameAsWholeParse(byte[] input, EdifactReadOptions options, bool fromStream = false)
    {
        EdifactParseResult<PaxlstMessage> whole = PaxlstParser.Parse(input, options);
        List<PaxlstMessage> handed = [];

        EdifactParseResult<PaxlstMessage> streamed = fromStream
            ? PaxlstParser.Parse(new MemoryStream(input), handed.Add, options)
            : PaxlstParser.Parse(input, handed.Add, options);

        Assert.Empty(streamed.Messages);
        Assert.Equal(whole.Messages.Count, handed.Count);
        Assert.Equal(Json(whole, whole.Messages), Json(streamed, handed));
    }

    [Fact]
    public void Hands_over_each_message_of_a_list_in_parts_and_checks_the_totals_after_the_last()
    {
        byte[] input = Bytes(TwoParts(declaredTotal: 3));
        List<(int Call, int Travelers)> calls = [];
        int issuesBefore = PaxlstParser.Parse(input, ParseJson.Options()).Issues.Count(i => i.Code == PaxlstDiagnostics.CountMismatchCode);

        EdifactParseResult<PaxlstMessage> result = PaxlstParser.Parse(input, m => calls.Add((calls.Count + 1, m.Travelers.Count)), ParseJson.Options());

        Assert.Equal([(1, 1), (2, 1)], calls);
        Assert.Equal(2, issuesBefore);
        Assert.Equal(2, result.Issues.Count(i => i.Code == PaxlstDiagnostics.CountMismatchCode));
        AssertSameAsWholeParse(input, ParseJson.Options());
        AssertSameAsWholeParse(Bytes(TwoParts(declaredTotal: 2)), ParseJson.Options(), fromStream: true);
    }

    [Fact]
    public void Gives_the_outcome_of_the_whole_parse_for_unreadable_and_empty_input()
    {
        AssertSameAsWholeParse([], ParseJson.Options());
        AssertSameAsWholeParse(Bytes("UNA:+.? '"), ParseJson.Options());
        AssertSameAsWholeParse(Bytes("UNH+1+PAXLST:D:05B:UN:IATA'BGM+745'UNT+2+1'"), ParseJson.Options());
    }

    [Fact]
    public void Gives_what_the_whole_parse_gives_for_mutated_interchanges()
    {
        byte[][] seeds = [.. FuzzTests.Seeds("paxlst"), Bytes(TwoParts(declaredTotal: 2))];
        Random random = new(20251123);
        EdifactReadOptions tight = ParseJson.Options() with { Limits = EdifactLimits.Default with { MaxMessagesPerInterchange = 1, MaxIssues = 5 } };
        for (int i = 0; i < 5000; i++)
        {
            byte[] input = FuzzTests.Mutate(seeds[random.Next(seeds.Length)], random);

            AssertSameAsWholeParse(input, i % 4 == 0 ? tight : ParseJson.Options(), fromStream: i % 2 == 0);
        }
    }

    [Fact]
    public void An_exception_in_the_callback_ends_the_reading()
    {
        byte[] input = Bytes(TwoParts(declaredTotal: 2));
        int calls = 0;

        InvalidOperationException thrown = Assert.Throws<InvalidOperationException>(() =>
            PaxlstParser.Parse(input, _ => throw new InvalidOperationException($"call {++calls}"), ParseJson.Options()));

        Assert.Equal("call 1", thrown.Message);
    }
}
