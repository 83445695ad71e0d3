namespace Vigil.Synthetic.Names;

/// <summary>How the words of one lexicon are built: a first syllable, middle syllables, a last syllable.</summary>
/// <remarks>
/// Each list is written as one space-separated string to keep the inventories readable. Earlier entries are drawn
/// more often (weight 1 / (i + 1)^0.6), so every inventory has its usual and its unusual sounds. A word is
/// <c>first + middle* + last</c>, with the number of middles drawn from the weights given; the result is
/// capitalized.
/// </remarks>
internal sealed class SyllableModel
{
    private readonly string[] _firsts;
    private readonly string[] _middles;
    private readonly string[] _lasts;
    private readonly double[] _firstWeights;
    private readonly double[] _middleWeights;
    private readonly double[] _lastWeights;
    private readonly double[] _middleCounts;

    /// <param name="firsts">Word-initial syllables.</param>
    /// <param name="middles">Word-internal syllables (may be empty).</param>
    /// <param name="lasts">Word-final syllables.</param>
    /// <param name="middleCounts">Weights of 0, 1, 2... middle syllables.</param>
    public SyllableModel(string firsts, string middles, string lasts, params double[] middleCounts)
    {
        _firsts = Split(firsts);
        _middles = Split(middles);
        _lasts = Split(lasts);
        _firstWeights = Weights(_firsts.Length);
        _middleWeights = Weights(_middles.Length);
        _lastWeights = Weights(_lasts.Length);
        _middleCounts = middleCounts.Length == 0 ? [1.0] : middleCounts;
    }

    public string Make(Rng rng)
    {
        int middles = _middles.Length == 0 ? 0 : rng.Weighted(_middleCounts);
        string word = _firsts[rng.Weighted(_firstWeights)];
        for (int i = 0; i < middles; i++)
        {
            word += _middles[rng.Weighted(_middleWeights)];
        }

        word += _lasts[rng.Weighted(_lastWeights)];
        return Capitalize(Tidy(word));
    }

    /// <summary>Upper-cases the first letter (and the one after a hyphen or apostrophe).</summary>
    public static string Capitalize(string word)
    {
        Span<char> chars = word.Length <= 64 ? stackalloc char[word.Length] : new char[word.Length];
        word.AsSpan().CopyTo(chars);
        for (int i = 0; i < chars.Length; i++)
        {
            if (i == 0 || chars[i - 1] is '-' or '\'' or ' ')
            {
                chars[i] = char.ToUpperInvariant(chars[i]);
            }
        }

        return new string(chars);
    }

    /// <summary>Removes the joins that no romanization writes: three equal letters, two hyphens.</summary>
    private static string Tidy(string word)
    {
        if (word.Contains("--", StringComparison.Ordinal))
        {
            word = word.Replace("--", "-", StringComparison.Ordinal);
        }

        for (int i = 2; i < word.Length; i++)
        {
            if (word[i] == word[i - 1] && word[i] == word[i - 2])
            {
                word = word.Remove(i, 1);
                i--;
            }
        }

        return word.Trim('-');
    }

    private static string[] Split(string list) => list.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    private static double[] Weights(int count)
    {
        double[] weights = new double[count];
        for (int i = 0; i < count; i++)
        {
            weights[i] = 1.0 / Math.Pow(i + 1, 0.6);
        }

        return weights;
    }
}
