using System.Globalization;
using Vigil.Domain;
using Vigil.Formats.Lists;
using Vigil.Matching;
using Vigil.Testing;

namespace Vigil.Screening.Tests.Screen;

/// <summary>A listed person travelling on a document number his entry gives is reviewed however different the name he
/// travels under, on the real UN sample and OFAC 2019 lists; and nobody is reviewed for a number that only looks
/// like one the lists hold.</summary>
/// <remarks>Run with <c>--logger "console;verbosity=detailed"</c> to see the figures.</remarks>
public sealed class DocumentNumberTests(ITestOutputHelper output)
{
    /// <summary>Given names put in place of the listed ones (invented; none is a listed name part).</summary>
    private static readonly string[] OtherGivenNames = ["Pieter", "Joaquim", "Severin", "Lauritz", "Ottavio", "Brandur", "Casimir", "Evander"];

    private static readonly Lazy<Subject[]> Lists = new(ReadLists);

    private static readonly Lazy<WatchListIndex> Index = new(() => WatchListIndex.Build(Lists.Value));

    [Fact]
    public void A_listed_person_on_his_listed_document_under_a_changed_name_is_reviewed()
    {
        WatchListIndex index = Index.Value;
        WatchListIndex asWritten = WatchListIndex.Build(Lists.Value.Select(s => s with
        {
            Documents = [.. s.Documents.Select(d => d with { Number = TextOf(d) })],
        }));
        int travelers = 0, reviewed = 0, fromText = 0, fromTextReviewed = 0, fromTextBefore = 0;
        List<string> missed = [];
        foreach (Subject subject in Lists.Value.Where(s => s.Kind == SubjectKind.Person))
        {
            // The document whose number the list wrote inside text, when there is one: those are what this measures.
            if (subject.PrimaryName is not { } name
                || (subject.Documents.FirstOrDefault(d => IsFromText(d) && Printed(d.Number).Length >= 5)
                    ?? subject.Documents.FirstOrDefault(d => Printed(d.Number).Length >= 5)) is not { } document)
            {
                continue;
            }

            // Only the family name (the last part) is kept; the given names are another person's.
            string[] parts = name.Full.Replace(",", " ", StringComparison.Ordinal).Split(' ', StringSplitOptions.RemoveEmptyEntries);
            string family = name.FamilyName is { Length: > 0 } listedFamily ? listedFamily : parts[^1];
            string given = OtherGivenNames[subject.Id.ToString().Sum(c => c) % OtherGivenNames.Length];

            MatchQuery traveler = new(null, given, family)
            {
                Document = new DocumentQuery(Printed(document.Number), document.IssuingCountry, document.Type),
            };
            IReadOnlyList<MatchHit> hits = index.Match(traveler);
            bool isReviewed = hits.Count > 0 && hits[0].Score >= index.ReviewThreshold
                && hits.Any(h => h.Score == hits[0].Score && h.Subject.Id == subject.Id);
            bool isFromText = IsFromText(document);
            travelers++;
            reviewed += isReviewed ? 1 : 0;
            fromText += isFromText ? 1 : 0;
            fromTextReviewed += isFromText && isReviewed ? 1 : 0;
            if (isFromText)
            {
                // The same traveler against the text as it was stored before numbers were read out of it.
                IReadOnlyList<MatchHit> before = asWritten.Match(traveler);
                fromTextBefore += before.Count > 0 && before[0].Score >= index.ReviewThreshold && before.Any(h => h.Score == before[0].Score && h.Subject.Id == subject.Id) ? 1 : 0;
            }

            if (!isReviewed)
            {
                missed.Add($"{subject.Id} {given} {family} {traveler.Document.Number}: {(hits.Count == 0 ? "no hit" : $"{hits[0].Subject.Id} {hits[0].Score:0.000}")}");
            }
        }

        double share = (double)reviewed / travelers;
        output.WriteLine($"Listed persons on their own document under a changed name: {reviewed} of {travelers} reviewed ({share:0.0000}).");
        output.WriteLine($"Of them on a number the list writes inside text: {fromTextReviewed} of {fromText} reviewed ({fromTextBefore} with the whole text as number).");
        foreach (IGrouping<string, TravelDocument> list in Lists.Value.Where(s => s.Kind == SubjectKind.Person).SelectMany(s => s.Documents.Select(d => (s.Listing.ListName, d))).GroupBy(p => p.ListName, p => p.d))
        {
            output.WriteLine($"{list.Key}: {list.Count()} documents of persons, {list.Count(IsFromText)} read out of text.");
        }

        foreach (TravelDocument document in Lists.Value.SelectMany(s => s.Documents).Where(IsFromText))
        {
            output.WriteLine($"read: '{TextOf(document)}' -> '{document.Number}' {document.IssuingCountry}");
        }

        foreach (string miss in missed.Take(20))
        {
            output.WriteLine("missed: " + miss);
        }

        Assert.True(travelers > 1000, $"{travelers} travelers");
        Assert.True(share >= 0.98, $"{reviewed} of {travelers} reviewed ({share:0.0000}); first missed: {string.Join("; ", missed.Take(5))}");
    }

    [Fact]
    public void A_traveler_whose_number_only_looks_like_a_listed_one_is_not_reviewed_for_it()
    {
        WatchListIndex index = Index.Value;

        // The other numbers of the texts around listed numbers (dates, references), and invented numbers in the
        // shapes of the listed ones with one character changed.
        List<string> numbers = [];
        foreach (TravelDocument document in Lists.Value.Where(s => s.Kind == SubjectKind.Person).SelectMany(s => s.Documents))
        {
            string key = Printed(document.Number);
            if (document.Note is { } note)
            {
                numbers.AddRange(note.Split([' ', ',', ';', '(', ')', '.', ':'], StringSplitOptions.RemoveEmptyEntries)
                    .Where(w => w.Any(char.IsAsciiDigit) && !key.Contains(Printed(w), StringComparison.Ordinal)));
            }

            if (key.Length >= 5)
            {
                numbers.Add(key[..^1] + Next(key[^1]));
                numbers.Add(Next(key[0]) + key[1..]);
            }
        }

        HashSet<string> listed = [.. Lists.Value.SelectMany(s => s.Documents).Select(d => Printed(d.Number).TrimStart('0'))];
        numbers.RemoveAll(n => listed.Contains(Printed(n).TrimStart('0')));

        List<string> alerts = [];
        foreach (string number in numbers.Distinct(StringComparer.Ordinal))
        {
            IReadOnlyList<MatchHit> hits = index.Match(new MatchQuery(null, "Evander", "Quillfeather") { Document = new DocumentQuery(number, null, DocumentType.Passport) });
            if (hits.Any(h => h.Score >= index.ReviewThreshold))
            {
                alerts.Add($"{number}: {hits[0].Subject.Id} {hits[0].Explanation.Document?.ListedNumber}");
            }
        }

        output.WriteLine($"Innocent travelers on a number that only looks like a listed one: {alerts.Count} of {numbers.Distinct(StringComparer.Ordinal).Count()} reviewed.");
        Assert.True(numbers.Count > 1000, $"{numbers.Count} numbers");
        Assert.Empty(alerts);
    }

    private static char Next(char c) => char.IsAsciiDigit(c) ? (char)('0' + ((c - '0' + 1) % 10)) : c == 'Z' ? 'A' : (char)(c + 1);

    /// <summary>The number as a passport prints it: letters and digits only, upper case.</summary>
    private static string Printed(string number) =>
        string.Concat(number.Where(char.IsAsciiLetterOrDigit).Select(c => char.ToUpper(c, CultureInfo.InvariantCulture)));

    private static bool IsFromText(TravelDocument document) => !string.Equals(TextOf(document), document.Number, StringComparison.Ordinal);

    /// <summary>The text the list wrote in the number field, when the number was read out of it (kept first in the note).</summary>
    private static string TextOf(TravelDocument document) =>
        document.Note is { } note && note.Split("; ")[0] is { } first && first.Contains(document.Number, StringComparison.Ordinal) ? first : document.Number;

    private static Subject[] ReadLists()
    {
        using FileStream un = File.OpenRead(RepositoryRoot.SharedData("un-sample", "un-sample.xml"));
        ListReadResult unRead = new UnConsolidatedListReader().Read(new ListInput(un), new ListReadOptions("un", "un-sample.xml", ListingCategory.NoBoard));

        string folder = RepositoryRoot.SharedData("ofac-sdn-2019");
        using FileStream sdn = File.OpenRead(Path.Combine(folder, "sdn.csv"));
        using FileStream alt = File.OpenRead(Path.Combine(folder, "alt.csv"));
        using FileStream add = File.OpenRead(Path.Combine(folder, "add.csv"));
        using FileStream comments = File.OpenRead(Path.Combine(folder, "sdn_comments.csv"));
        ListInput input = new(sdn)
        {
            Companions = new Dictionary<string, (Stream, string)>(StringComparer.Ordinal)
            {
                ["alt.csv"] = (alt, "alt.csv"),
                ["add.csv"] = (add, "add.csv"),
                ["sdn_comments.csv"] = (comments, "sdn_comments.csv"),
            },
        };
        ListReadResult ofacRead = new OfacSdnReader().Read(input, new ListReadOptions("ofac", "sdn.csv", ListingCategory.SecondaryScreening));
        Assert.False(unRead.HasErrors || ofacRead.HasErrors);
        return [.. unRead.Subjects, .. ofacRead.Subjects];
    }
}
