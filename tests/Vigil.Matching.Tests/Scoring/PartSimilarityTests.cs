using Vigil.Matching.Indexing;
using Vigil.Matching.Scoring;

namespace Vigil.Matching.Tests.Scoring;

/// <summary>How two name parts compare when their sound skeletons are one sound apart (invented names).</summary>
public sealed class PartSimilarityTests
{
    private static NamePart Part(string name) => Assert.Single(NameAnalyzer.Analyze(name));

    [Fact]
    public void Skeletons_one_sound_apart_with_spellings_more_than_half_different_do_not_pair()
    {
        NamePart traveler = Part("zenpa"), listed = Part("zalip");
        Assert.Equal(1, EditDistance.Bounded(traveler.Key, listed.Key, 2));

        Assert.Equal(PartMatchKind.None, PartSimilarity.Compare(traveler, listed).Kind);
    }

    [Fact]
    public void Skeletons_one_sound_apart_pair_as_phonetic_and_the_closer_spelling_is_surer()
    {
        NamePart traveler = Part("darvolinski");

        PartMatch closer = PartSimilarity.Compare(traveler, Part("torvolinskaia"));
        PartMatch farther = PartSimilarity.Compare(traveler, Part("torvalinskaia"));

        Assert.Equal(PartMatchKind.Phonetic, closer.Kind);
        Assert.Equal(PartMatchKind.Phonetic, farther.Kind);
        Assert.True(closer.Similarity > farther.Similarity, $"{closer.Similarity} <= {farther.Similarity}");
        Assert.InRange(farther.Similarity, NameAlignment.MinimumSimilarity, 0.8f);
    }
}
