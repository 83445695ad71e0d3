namespace Vigil.Synthetic;

/// <summary>A small, fast pseudo-random generator (xoshiro256**) whose sequence depends only on its seed.</summary>
/// <remarks>
/// <see cref="Random"/> is not used: its seeded sequence is an implementation detail of the runtime, and generated
/// files must stay the same for a seed across .NET versions so that cached benchmark inputs stay comparable.
/// Not for security.
/// </remarks>
internal sealed class Rng
{
    private ulong _s0, _s1, _s2, _s3;

    public Rng(ulong seed)
    {
        // SplitMix64 spreads any seed, 0 included, over the whole state.
        _s0 = SplitMix(ref seed);
        _s1 = SplitMix(ref seed);
        _s2 = SplitMix(ref seed);
        _s3 = SplitMix(ref seed);
    }

    /// <summary>A generator for a named stream of a seed, so that independent parts of the output do not
    /// shift each other when one of them draws more numbers.</summary>
    public static Rng For(long seed, string stream)
    {
        ulong mixed = (ulong)seed;
        foreach (char c in stream)
        {
            mixed = (mixed ^ c) * 0x100000001B3UL;
        }

        return new Rng(mixed);
    }

    public ulong NextUInt64()
    {
        ulong result = RotateLeft(_s1 * 5, 7) * 9;
        ulong t = _s1 << 17;
        _s2 ^= _s0;
        _s3 ^= _s1;
        _s1 ^= _s2;
        _s0 ^= _s3;
        _s2 ^= t;
        _s3 = RotateLeft(_s3, 45);
        return result;
    }

    /// <summary>A number in [0, 1).</summary>
    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    /// <summary>A number in [0, <paramref name="max"/>).</summary>
    public int Next(int max) => max <= 1 ? 0 : (int)((NextUInt64() >> 33) * (ulong)max >> 31);

    /// <summary>A number in [<paramref name="min"/>, <paramref name="max"/>].</summary>
    public int Between(int min, int max) => min + Next(max - min + 1);

    public bool Chance(double probability) => NextDouble() < probability;

    public T Pick<T>(IReadOnlyList<T> items) => items[Next(items.Count)];

    /// <summary>An index drawn with the given weights (which need not add up to 1).</summary>
    public int Weighted(IReadOnlyList<double> weights)
    {
        double total = 0;
        for (int i = 0; i < weights.Count; i++)
        {
            total += weights[i];
        }

        double u = NextDouble() * total;
        for (int i = 0; i < weights.Count; i++)
        {
            u -= weights[i];
            if (u < 0)
            {
                return i;
            }
        }

        return weights.Count - 1;
    }

    /// <summary>Roughly normal (sum of uniforms), mean <paramref name="mean"/>, standard deviation <paramref name="sd"/>.</summary>
    public double Normal(double mean, double sd) =>
        mean + (sd * (NextDouble() + NextDouble() + NextDouble() + NextDouble() - 2.0) * 1.7320508);

    private static ulong SplitMix(ref ulong state)
    {
        ulong z = state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    private static ulong RotateLeft(ulong x, int k) => (x << k) | (x >> (64 - k));
}
