using FsCheck;
using FsCheck.Fluent;
using Vigil.Matching.Indexing;

namespace Vigil.Matching.Tests.Indexing;

public sealed class EditDistanceTests
{
    [Theory]
    [InlineData("qasim", "qasim", 0)]
    [InlineData("qasim", "kasim", 1)]
    [InlineData("qasim", "qaism", 1)]
    [InlineData("abdulla", "abdullah", 1)]
    [InlineData("", "abc", 3)]
    [InlineData("abc", "", 3)]
    [InlineData("ab", "ba", 1)]
    [InlineData("xaby", "xbay", 1)]
    [InlineData("ca", "abc", 3)]
    public void Gives_the_optimal_string_alignment_distance(string a, string b, int expected)
    {
        Assert.Equal(expected, EditDistance.Bounded(a, b, 5));
        Assert.Equal(expected, EditDistance.Bounded(b, a, 5));
    }

    [Theory]
    [InlineData("jamil", "hassan", 2)]
    [InlineData("abcdef", "abcxyz", 2)]
    [InlineData("ab", "abcdef", 3)]
    public void Says_beyond_the_bound_when_farther(string a, string b, int max) =>
        Assert.True(EditDistance.Bounded(a, b, max) > max);

    [Fact]
    public void Agrees_with_the_full_table_whatever_the_bound() =>
        Prop.ForAll(Word(), Word(), Gen.Choose(0, 6).ToArbitrary(), (a, b, max) =>
        {
            int full = Reference(a, b);
            int bounded = EditDistance.Bounded(a, b, max);
            return full <= max ? bounded == full : bounded > max;
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(20_000));

    /// <summary>Short words over a few letters, so that shared letters, repeats and transpositions are common.</summary>
    private static Arbitrary<string> Word() =>
        Gen.Choose(0, 10).SelectMany(length => Gen.ArrayOf(Gen.Elements('a', 'b', 'c', 'd'), length))
            .Select(letters => new string(letters)).ToArbitrary();

    /// <summary>The whole dynamic-programming table, no bound, no shortcut.</summary>
    private static int Reference(string a, string b)
    {
        int[,] d = new int[a.Length + 1, b.Length + 1];
        for (int i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (int j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (int i = 1; i <= a.Length; i++)
        {
            for (int j = 1; j <= b.Length; j++)
            {
                int cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }
}
