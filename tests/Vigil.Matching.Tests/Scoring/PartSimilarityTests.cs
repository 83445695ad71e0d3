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

    [Theory]
    [InlineData("aleksand", "aleksandrovich")]
    [InlineData("konstant", "konstantinov")]
    [InlineData("dornbacherova", "dornbach")]
    public void The_beginning_of_a_long_part_pairs_as_shortened_and_weaker_than_a_transliteration(string one, string other)
    {
        PartMatch match = PartSimilarity.Compare(Part(one), Part(other));

        Assert.Equal(PartMatchKind.Shortened, match.Kind);
        Assert.InRange(match.Similarity, NameAlignment.MinimumSimilarity, 0.8f);
    }

    [Theory]
    [InlineData("maxi", "maximilian")] // four letters are a name of their own
    [InlineData("dornbache", "dornbacher")] // one letter missing is a typo, not a shortening
    public void A_short_beginning_or_a_nearly_whole_part_is_not_a_shortening(string one, string other) =>
        Assert.NotEqual(PartMatchKind.Shortened, PartSimilarity.Compare(Part(one), Part(other)).Kind);
}
