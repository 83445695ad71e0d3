namespace Vigil.Synthetic.Names;

/// <summary>A fixed set of invented name parts with Zipf-like frequencies: the first few are drawn very often,
/// the long tail rarely.</summary>
/// <remarks>
/// The part of rank r (from 0) is drawn with weight 1 / (r + 2)^s. With s near 1, the most frequent part of a
/// lexicon of a few thousand carries several percent of the draws, as the commonest given names of a naming
/// culture do, and most parts are drawn only a handful of times in a million.
/// </remarks>
internal sealed class Lexicon
{
    private readonly string[] _words;
    private readonly double[] _cumulative;

    public Lexicon(IReadOnlyList<string> words, double exponent)
    {
        if (words.Count == 0)
        {
            throw new ArgumentException("A lexicon needs at least one word.", nameof(words));
        }

        _words = [.. words];
        _cumulative = new double[_words.Length];
        double total = 0;
        for (int r = 0; r < _words.Length; r++)
        {
            total += 1.0 / Math.Pow(r + 2, exponent);
            _cumulative[r] = total;
        }
    }

    public int Count => _words.Length;

    public string this[int rank] => _words[rank];

    /// <summary>Builds a lexicon of <paramref name="size"/> distinct words from a syllable model.</summary>
    /// <param name="model">How words of this lexicon are put together.</param>
    /// <param name="size">How many distinct words; fewer when the model cannot make that many.</param>
    /// <param name="exponent">The Zipf exponent.</param>
    /// <param name="seed">Fixes the words and their ranks: a lexicon is the same for every run.</param>
    public static Lexicon Generate(SyllableModel model, int size, double exponent, long seed)
    {
        Rng rng = new((ulong)seed);
        HashSet<string> seen = new(StringComparer.Ordinal);
        List<string> words = new(size);
        int attempts = 0;
        while (words.Count < size && attempts < size * 20)
        {
            attempts++;
            string word = model.Make(rng);
            if (word.Length >= 2 && seen.Add(word))
            {
                words.Add(word);
            }
        }

        return new Lexicon(words, exponent);
    }

    /// <summary>A word drawn with the Zipf frequencies.</summary>
    public string Draw(Rng rng)
    {
        double u = rng.NextDouble() * _cumulative[^1];
        int i = Array.BinarySearch(_cumulative, u);
        return _words[i < 0 ? Math.Min(~i, _words.Length - 1) : i];
    }
}
