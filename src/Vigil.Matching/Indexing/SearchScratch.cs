using Vigil.Matching.Scoring;

namespace Vigil.Matching.Indexing;

/// <summary>The working memory of one search, reused by the next search on the same index so that the hot path
/// allocates little. Arrays indexed by name or vocabulary entry are valid only where their stamp is current.</summary>
internal sealed class SearchScratch(int names, int tokens)
{
    /// <summary>Per name: what the current search knows of it, together so that a visit reads one cache line.</summary>
    public NameState[] Names { get; } = new NameState[names];

    /// <summary>One bit per name, all clear between uses: a set of names small enough to stay in cache.</summary>
    public ulong[] NameBits { get; } = new ulong[(names >> 6) + 1];

    /// <summary>Per vocabulary entry: the stamp of the traveler part that last compared it.</summary>
    public int[] TokenPart { get; } = new int[tokens];

    /// <summary>Per vocabulary entry: its similarity to the traveler part whose stamp is in <see cref="TokenPart"/>.</summary>
    public float[] TokenSimilarity { get; } = new float[tokens];

    /// <summary>Per vocabulary entry: the stamp of the search that last matched it.</summary>
    public int[] TokenSearch { get; } = new int[tokens];

    /// <summary>Per vocabulary entry: the first of its matches in <see cref="Matches"/> (valid for the current search).</summary>
    public int[] TokenFirstMatch { get; } = new int[tokens];

    /// <summary>The names reached by the current search.</summary>
    public List<int> Touched { get; } = [];

    /// <summary>Vocabulary entries similar to a traveler part, grouped by part.</summary>
    public List<TokenMatch> Matches { get; } = [];

    /// <summary>Per traveler part: where its matches are in <see cref="Matches"/>, best first.</summary>
    public (int Start, int End)[] PartRanges { get; } = new (int, int)[64];

    public List<ulong> Probes { get; } = [];

    public List<ulong> DeletionProbes { get; } = [];

    public PriorityQueue<int, CandidateRank> Best { get; } = new(65);

    public List<int> Candidates { get; } = [];

    /// <summary>The list names whose every part retrieval found in the traveler's name.</summary>
    public List<int> CompleteNames { get; } = [];

    /// <summary>The vocabulary entries similar to traveler parts met before, by part (see
    /// <c>WatchListIndex.Similar</c>).</summary>
    public Dictionary<string, (int Token, PartMatch Match)[]> Similar { get; } = new(StringComparer.Ordinal);

    /// <summary>The entries held in <see cref="Similar"/>, counting one more per part.</summary>
    public int SimilarHeld { get; set; }

    /// <summary>The part each word met in a name makes on its own (see <c>NameAnalyzer.Analyze</c>), so that a word
    /// is analysed once, not once per traveler.</summary>
    public Dictionary<string, NamePart?> Words { get; } = new(StringComparer.Ordinal);

    /// <summary>What a search has learnt of the parts in <see cref="Words"/>: weight and similar vocabulary entries,
    /// by the part itself (one object per word).</summary>
    public Dictionary<NamePart, KnownPart> KnownParts { get; } = new(ReferenceEqualityComparer.Instance);

    /// <summary>The names two adjacent words of <see cref="Words"/> written as one reach, with what each gains.</summary>
    public Dictionary<(NamePart, NamePart), (int Name, float Gain)[]> PairCredits { get; } = new(PartPairComparer.Instance);

    /// <summary>Credits being worked out (see <see cref="PairCredits"/>).</summary>
    public List<(int Name, float Gain)> Credits { get; } = [];

    public PartMatch[] Matrix { get; set; } = new PartMatch[256];

    /// <summary>The row in <see cref="Compared"/> of each vocabulary entry compared directly in the search of
    /// <see cref="ComparedRowsSearch"/> (a few hundred at most: a dictionary, not an array the size of the vocabulary).</summary>
    public Dictionary<int, int> ComparedRow { get; } = [];

    /// <summary>Direct comparisons of the current search, a row per vocabulary entry, a column per traveler part:
    /// a list part held by several candidate names is compared with each traveler part once.</summary>
    public PartMatch[] Compared { get; set; } = new PartMatch[64 * 24];

    /// <summary>Per row of <see cref="Compared"/>: the traveler parts compared.</summary>
    public ulong[] ComparedParts { get; set; } = new ulong[64];

    /// <summary>The search the rows of <see cref="Compared"/> belong to.</summary>
    public int ComparedRowsSearch { get; set; }

    public NamePart[] ListParts { get; set; } = new NamePart[32];

    public float[] ListWeights { get; set; } = new float[32];

    private int _stamp;

    /// <summary>A new stamp, distinct from every stamp still in the arrays.</summary>
    public int NextStamp() => ++_stamp;

    /// <summary>Starts a search: a new stamp, remembered as <see cref="CurrentSearch"/>. Clears the arrays when
    /// the stamps come near their end, before the search starts, never during it.</summary>
    public int NextSearch()
    {
        if (_stamp > int.MaxValue - 4096)
        {
            Array.Clear(Names);
            Array.Clear(TokenPart);
            Array.Clear(TokenSearch);
            ComparedRowsSearch = 0;
            _stamp = 0;
        }

        return CurrentSearch = ++_stamp;
    }

    /// <summary>The stamp of the current search.</summary>
    public int CurrentSearch { get; private set; }


    /// <summary>Makes the per-candidate buffers hold a list name of <paramref name="parts"/> parts against
    /// <paramref name="queryParts"/> traveler parts.</summary>
    public void EnsureCapacity(int queryParts, int parts)
    {
        if (ListParts.Length < parts)
        {
            ListParts = new NamePart[Math.Max(parts, ListParts.Length * 2)];
            ListWeights = new float[ListParts.Length];
        }

        if (Matrix.Length < queryParts * parts)
        {
            Matrix = new PartMatch[Math.Max(queryParts * parts, Matrix.Length * 2)];
        }
    }
}

/// <summary>A traveler part's weight and similar vocabulary entries, once known.</summary>
internal sealed class KnownPart(float weight)
{
    public float Weight { get; } = weight;

    public (int Token, PartMatch Match)[]? Similar { get; set; }

    /// <summary>The names the part split in two reaches, with what each gains.</summary>
    public (int Name, float Gain)[]? Splits { get; set; }
}

/// <summary>Two parts compared as objects: each word of <see cref="SearchScratch.Words"/> is one object.</summary>
internal sealed class PartPairComparer : IEqualityComparer<(NamePart, NamePart)>
{
    public static PartPairComparer Instance { get; } = new();

    public bool Equals((NamePart, NamePart) x, (NamePart, NamePart) y) =>
        ReferenceEquals(x.Item1, y.Item1) && ReferenceEquals(x.Item2, y.Item2);

    public int GetHashCode((NamePart, NamePart) obj) =>
        HashCode.Combine(System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(obj.Item1), System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(obj.Item2));
}

/// <summary>A vocabulary entry similar to a traveler part.</summary>
/// <param name="Part">The traveler part.</param>
/// <param name="Token">The vocabulary entry.</param>
/// <param name="Match">How similar.</param>
/// <param name="Next">The next match of the same entry (another traveler part), or -1.</param>
internal record struct TokenMatch(int Part, int Token, PartMatch Match, int Next);

/// <summary>What a search knows of one list name.</summary>
internal struct NameState
{
    /// <summary>The stamp of the search that last touched the name.</summary>
    public int Search;

    /// <summary>The stamp of the traveler part that last reached the name.</summary>
    public int PartStamp;

    /// <summary>The weight of the traveler's parts the name holds (valid for the current search).</summary>
    public float Bound;
}

/// <summary>The rank of a candidate name; of two equal ranks, the name listed first ranks higher, so that which
/// names are scored never depends on the order retrieval reached them.</summary>
internal readonly record struct CandidateRank(float Value, int Name) : IComparable<CandidateRank>
{
    public int CompareTo(CandidateRank other) =>
        Value != other.Value ? Value.CompareTo(other.Value) : other.Name.CompareTo(Name);
}
