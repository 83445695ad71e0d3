using Vigil.Formats.Diagnostics;
using Vigil.Formats.Edifact;

namespace Vigil.Testing;

/// <summary>One segment of an answer, its elements and components as text.</summary>
public sealed record CusresSegment(string Tag, string?[][] Elements)
{
    public string? Value(int element, int component = 1) =>
        element <= Elements.Length && component <= Elements[element - 1].Length ? Elements[element - 1][component - 1] : null;

    /// <summary>The segment with default separators and no release character, for comparison.</summary>
    public override string ToString() => Tag + string.Concat(Elements.Select(e => "+" + string.Join(':', e)));
}

/// <summary>A CUSRES answer read back with Vigil's own EDIFACT reader: the envelope through the interchange reader
/// (counts, references, character set), and every segment through its tokenizer.</summary>
public sealed record CusresReadBack(IReadOnlyList<CusresSegment> Segments, IReadOnlyList<Diagnostic> Issues, EdifactInterchange? Interchange, IReadOnlyList<MessageHeader> Messages)
{
    /// <summary>Reads an answer; its segments' text in <paramref name="characterSet"/>, else in the character set
    /// its UNB names.</summary>
    public static CusresReadBack Of(byte[] bytes, string? characterSet = null)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        EdifactContext context = new(new EdifactReadOptions { Source = "answer.edi" });
        EdifactParseResult<MessageHeader> result;
        using (EdifactInput input = EdifactInput.From(bytes, EdifactLimits.Default.MaxInterchangeBytes))
        {
            result = InterchangeReader<MessageHeader>.Read(input, context, new HeaderReader(context));
        }

        ServiceCharacters service = ServiceCharacters.Default;
        int start = 0;
        if (bytes.AsSpan().StartsWith("UNA"u8))
        {
            if (ServiceCharacters.TryRead(bytes.AsSpan(3, 6), out service) is { } problem)
            {
                throw new InvalidOperationException($"The answer's UNA cannot be read: {problem}");
            }
            start = 9;
        }

        EdifactIssues issues = new(null, 100);
        SegmentTokenizer tokenizer = new(bytes, bytes.Length, start, service, EdifactLimits.Default, issues, isTruncatedAtLimit: false);
        characterSet ??= result.Interchange?.SyntaxIdentifier ?? "UNOA";
        Segment segment = new(EdifactCharacterSet.For(characterSet, service)!, (byte)service.ReleaseCharacter, bytes.Length);
        List<CusresSegment> segments = [];
        while (tokenizer.Read(segment))
        {
            string?[][] elements = new string?[segment.ElementCount][];
            for (int e = 1; e <= segment.ElementCount; e++)
            {
                elements[e - 1] = [.. Enumerable.Range(1, segment.ComponentCount(e)).Select(c => segment.Text(e, c))];
            }

            segments.Add(new CusresSegment(segment.TagText, elements));
        }

        return new CusresReadBack(segments, [.. result.Issues, .. issues.Items], result.Interchange, result.Messages);
    }

    /// <summary>Each ERP group as its segments, from its ERP to the next ERP or UNT.</summary>
    public List<List<string>> ResponseGroups()
    {
        List<List<string>> groups = [];
        foreach (CusresSegment segment in Segments.SkipWhile(s => s.Tag != "ERP").TakeWhile(s => s.Tag != "UNT"))
        {
            if (segment.Tag == "ERP")
            {
                groups.Add([]);
            }

            groups[^1].Add(segment.ToString());
        }

        return groups;
    }

    /// <summary>The ERC code of each response group, in order.</summary>
    public string?[] ResponseCodes() => [.. Segments.Where(s => s.Tag == "ERC").Select(s => s.Value(1))];

    /// <summary>A message reader for CUSRES that keeps only the header: the envelope is what the reader checks.</summary>
    private sealed class HeaderReader(EdifactContext context) : MessageReader<MessageHeader>(context)
    {
        public override string MessageType => "CUSRES";

        public override void CheckVersion(MessageHeader header, Segment unh)
        {
        }

        public override void Begin(MessageHeader header, bool isExpectedType)
        {
        }

        public override void Read(Segment segment)
        {
        }

        public override MessageHeader End(MessageHeader header) => header;
    }
}
