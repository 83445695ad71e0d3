using Vigil.Domain;
using Vigil.Formats.Lists;
using Vigil.Matching;
using Vigil.Screening.Screen;
using Vigil.Testing;

namespace Vigil.Screening.Tests.Screen;

/// <summary>Names written in Arabic script find their subject when the list has only its Latin names: the UN sample's
/// original-script names are taken out of the list and screened as travelers.</summary>
public sealed class CrossScriptTests
{
    [Fact]
    public void Every_original_script_name_of_the_UN_sample_finds_its_subject_among_the_Latin_names()
    {
        using FileStream file = File.OpenRead(RepositoryRoot.SharedData("un-sample", "un-sample.xml"));
        ListReadResult read = new UnConsolidatedListReader().Read(new ListInput(file), new ListReadOptions("un", "un-sample.xml", ListingCategory.NoBoard));
        Assert.False(read.HasErrors);
        List<(Subject Subject, string Name)> scriptNames = [.. read.Subjects
            .SelectMany(s => s.Names.Where(n => n.Quality == NameQuality.OriginalScript).Select(n => (s, n.Full)))];
        WatchListIndex index = WatchListIndex.Build(read.Subjects.Select(s => s with { Names = [.. s.Names.Where(n => n.Quality != NameQuality.OriginalScript)] }));

        Assert.NotEmpty(scriptNames);
        foreach ((Subject subject, string name) in scriptNames)
        {
            IReadOnlyList<MatchHit> hits = index.Match(new MatchQuery(name, null, null));
            MatchHit? hit = hits.FirstOrDefault(h => h.Subject.Id == subject.Id);
            Assert.True(hit is not null, $"{name}: {string.Join("; ", hits.Select(h => h.MatchedName))}");
            Assert.True(hit.Score >= index.ReviewThreshold, $"{name}: {hit.Score} {ExplanationText.Sentence(hit.Explanation)}");
            Assert.Equal(hits[0].Score, hits.Max(h => h.Score));
        }
    }
}
