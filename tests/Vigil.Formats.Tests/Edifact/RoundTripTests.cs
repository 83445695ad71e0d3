using System.Text;
using Vigil.Formats.Edifact;
using Vigil.Formats.Paxlst;

namespace Vigil.Formats.Tests.Edifact;

/// <summary>Writing generated travelers into an interchange, under random service characters with every special
/// character released, and parsing it gives back the same travelers.</summary>
public sealed class RoundTripTests
{
    private const string Printable = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 .,-()/='+:?!\"%&*;<>$|~#";
    private static readonly string[] Unas = ["UNA:+.? '", "UNA:*.? $", "UNA:-.? *", "UNA|~,\\ !", "UNA:+.?*'", "UNA#%.!&@"];

    [Fact]
    public void Generated_travelers_survive_writing_and_parsing_under_any_service_characters()
    {
        Random random = new(42);
        for (int run = 0; run < 500; run++)
        {
            string una = Unas[random.Next(Unas.Length)];
            ServiceCharacters service = new(una[3], una[4], una[5], una[6], una[7], una[8]);
            List<(string Family, string Given, string Number)> travelers = [];
            for (int i = random.Next(1, 6); i > 0; i--)
            {
                travelers.Add((Word(random), Word(random) + " " + Word(random), Word(random)));
            }

            string text = Write(una, service, travelers, lineBreaks: random.Next(2) == 0);

            EdifactParseResult<PaxlstMessage> result = PaxlstParser.Parse(Encoding.Latin1.GetBytes(text), ParseJson.Options());

            Assert.True(result.Outcome == EdifactOutcome.Valid, $"{una}: {string.Join("\n", result.Issues)}\n{text}");
            IReadOnlyList<PaxlstTraveler> read = Assert.Single(result.Messages).Travelers;
            Assert.Equal(travelers.Select(t => (t.Family, t.Given, t.Number)), read.Select(t => (t.FamilyName!, t.GivenNames!, t.Documents[0].Number!)));
        }
    }

    /// <summary>A word of printable UNOA characters (service characters of every UNA included), without leading or
    /// trailing spaces.</summary>
    private static string Word(Random random)
    {
        char[] chars = new char[random.Next(1, 12)];
        for (int i = 0; i < chars.Length; i++)
        {
            chars[i] = Printable[random.Next(Printable.Length)];
        }

        chars[0] = (char)random.Next('A', 'Z' + 1);
        chars[^1] = (char)random.Next('A', 'Z' + 1);
        return new string(chars);
    }

    private static string Write(string una, ServiceCharacters service, List<(string Family, string Given, string Number)> travelers, bool lineBreaks)
    {
        string Release(string value)
        {
            StringBuilder text = new();
            foreach (char c in value)
            {
                if (c == service.ComponentSeparator || c == service.DataElementSeparator || c == service.ReleaseCharacter
                    || c == service.SegmentTerminator || (c == service.RepetitionSeparator && c != ' '))
                {
                    text.Append(service.ReleaseCharacter);
                }

                text.Append(c);
            }

            return text.ToString();
        }

        List<string> segments =
        [
            "UNB+UNOA:4+SENDER:ZZ+RECEIVER:ZZ+250314:0915+REF001",
            "UNH+1+PAXLST:D:05B:UN:IATA",
            "BGM+745",
            "TDT+20+VG0471+++VG", "LOC+125+ATH", "DTM+189:2503150640:201", "LOC+87+VIE", "DTM+232:2503150820:201",
        ];
        foreach ((string family, string given, string number) in travelers)
        {
            segments.Add("@NAD");
            segments.Add("ATT+2++F");
            segments.Add("DTM+329:880229");
            segments.Add("NAT+2+GRC");
            segments.Add("@DOC");
            segments.Add("DTM+36:290811");
            segments.Add("LOC+91+GRC");
        }

        segments.Add($"CNT+42:{travelers.Count}");
        segments.Add($"UNT+{segments.Count}+1");
        segments.Add("UNZ+1+REF001");
        StringBuilder output = new(una);
        char e = service.DataElementSeparator;
        int traveler = 0;
        foreach (string segment in segments)
        {
            // Segments holding generated values are built with the service characters; the fixed ones only need their
            // separators swapped, as they hold none of the special characters.
            string converted = segment switch
            {
                "@NAD" => $"NAD{e}FL{e}{e}{e}{Release(travelers[traveler].Family)}{service.ComponentSeparator}{Release(travelers[traveler].Given)}",
                "@DOC" => $"DOC{e}P{e}{Release(travelers[traveler++].Number)}",
                _ => segment.Replace('+', e).Replace(':', service.ComponentSeparator),
            };
            output.Append(converted).Append(service.SegmentTerminator);
            if (lineBreaks)
            {
                output.Append("\r\n");
            }
        }

        return output.ToString();
    }
}
