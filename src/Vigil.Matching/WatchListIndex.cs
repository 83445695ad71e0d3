using System.Collections.Frozen;
using System.Runtime.InteropServices;
using Vigil.Domain;
using Vigil.Matching.Indexing;
using Vigil.Matching.Scoring;

namespace Vigil.Matching;

/// <summary>An immutable in-memory index of watch-list names, searched per traveler. Safe to share between threads.</summary>
/// <remarks>
/// <para>
/// Every list name is analyzed once at build: normalized, romanized, split into parts with particles marked, and
/// each part reduced to its sound skeleton (see <c>Text/README.md</c>). Distinct parts form a vocabulary; each
/// vocabulary entry is reached by its keys (see <see cref="Keys"/>) and lists the names that hold it.
/// </para>
/// <para>
/// A traveler's name parts are looked up by their own keys; each vocabulary entry met is compared once with the
/// part (exact, transliteration, typo, phonetic), and the names holding the entries that are similar enough collect
/// the part's weight. The best few names by that bound are aligned part by part and scored.
/// </para>
/// <para>
/// A part's weight is its inverse document frequency over the list's names, <c>1 + ln((N + 1) / (df + 0.5))</c>:
/// frequent parts (Mohammed, Ali, Khan) weigh little, rare parts much; particles (al, bin, abu) weigh 0.35.
/// </para>
/// </remarks>
public sealed partial class WatchListIndex
{
    private const int CandidatesScored = 32;
    private const float ParticleWeight = 0.35f;

    /// <summary>A part held by more names than this adds no new candidate once rarer parts have found some.</summary>
    private const int FrequentPosting = 1500;

    /// <summary>From this many names on, <see cref="Build"/> compacts the heap once, between the analysis of the names
    /// and the making of the index arrays: the analysed names of each block, promoted by the collector while the block was
    /// being read, are garbage by then but would stay beside the arrays being made. On the benchmark list of a million
    /// subjects (2.35 million names) the peak resident memory falls from about 1,970 to 1,850 MiB, for about a second.</summary>
    private const int CompactAfterAnalysisNames = 200_000;

    private readonly Subject[] _subjects;
    private readonly int[] _subjectNameStart;
    private readonly PersonName[] _names;
    private readonly int[] _nameSubject;
    private readonly int[] _nameTokenStart;
    private readonly int[] _nameTokens;
    private readonly float[] _nameWeight;
    private readonly NamePart[] _tokens;
    private readonly float[] _tokenWeight;
    private readonly bool[] _tokenDirect;
    private readonly int[] _tokenShape;
    private readonly int[][] _tokenNames;
    private readonly Dictionary<ulong, long> _probes;
    private readonly int[] _probeTokens;
    private readonly FrozenDictionary<string, int> _keyFrequency;
    private readonly FrozenDictionary<string, int[]> _documents;
    private readonly int[] _subjectTokenStart;
    private readonly int[] _subjectTokens;
    private readonly int[] _subjectYears;
    private readonly float _maxWeight;
    private readonly SearchScratch?[] _scratches = new SearchScratch?[Math.Max(8, 2 * Environment.ProcessorCount)];

    private WatchListIndex(Builder built)
    {
        // Each builder list is released as soon as it is copied, so that a list of a million subjects never holds
        // two copies of the index at once.
        _subjects = built.Subjects;
        _subjectNameStart = Builder.Take(built.SubjectNameStart);
        _names = Builder.Take(built.Names);
        _nameSubject = Builder.Take(built.NameSubject);
        _nameTokenStart = Builder.Take(built.NameTokenStart);
        _nameTokens = Builder.Take(built.NameTokens);
        _tokens = Builder.Take(built.Tokens);
        _tokenNames = new int[built.TokenNames.Count][];
        for (int t = 0; t < _tokenNames.Length; t++)
        {
            _tokenNames[t] = Builder.Take(built.TokenNames[t]);
        }

        built.TokenNames.Clear();
        _keyFrequency = built.KeyFrequency.ToFrozenDictionary(StringComparer.Ordinal);
        _documents = built.Documents.ToFrozenDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal);
        _maxWeight = Idf(1, _names.Length);
        _tokenWeight = new float[_tokens.Length];
        _tokenDirect = new bool[_tokens.Length];
        _tokenShape = new int[_tokens.Length];
        for (int t = 0; t < _tokens.Length; t++)
        {
            _tokenShape[t] = _tokens[t].IsParticle ? 0 : Shape(_tokens[t].Text);
            _tokenDirect[t] = _tokens[t].IsParticle || _tokens[t].Text.Length == 1;
            _tokenWeight[t] = _tokens[t].IsParticle ? ParticleWeight : Idf(built.KeyFrequency[_tokens[t].Key], _names.Length);
        }

        _nameWeight = new float[_names.Length];
        for (int n = 0; n < _names.Length; n++)
        {
            float total = 0;
            for (int k = _nameTokenStart[n]; k < _nameTokenStart[n + 1]; k++)
            {
                total += _tokenWeight[_nameTokens[k]];
            }

            _nameWeight[n] = total;
        }

        _subjectYears = SubjectYears(_subjects);
        (_subjectTokenStart, _subjectTokens) = SubjectTokens(_subjects.Length, _subjectNameStart, _nameTokenStart, _nameTokens);
        (_probes, _probeTokens) = Probes(_tokens);
    }

    /// <summary>Per subject, the years its listed dates of birth may fall in, packed as first year times 65536 plus
    /// last year (an approximate date widened by two years either side); 0 when none is listed.</summary>
    private static int[] SubjectYears(Subject[] subjects)
    {
        int[] years = new int[subjects.Length];
        for (int s = 0; s < subjects.Length; s++)
        {
            int first = int.MaxValue, last = int.MinValue;
            foreach (DateOfBirth dob in subjects[s].DatesOfBirth)
            {
                if (dob.EarliestDay is { } from && dob.LatestDay is { } to)
                {
                    int widen = dob.IsApproximate ? 2 : 0;
                    first = Math.Min(first, from.Year - widen);
                    last = Math.Max(last, to.Year + widen);
                }
            }

            years[s] = first <= last ? (first << 16) | last : 0;
        }

        return years;
    }

    /// <summary>Per subject, the distinct vocabulary entries of all its names, sorted: "does the subject have this
    /// part?"</summary>
    private static (int[] Start, int[] Tokens) SubjectTokens(int subjects, int[] subjectNameStart, int[] nameTokenStart, int[] nameTokens)
    {
        int[] start = new int[subjects + 1];
        int[] tokens = new int[nameTokens.Length];
        int count = 0;
        for (int s = 0; s < subjects; s++)
        {
            start[s] = count;
            int from = nameTokenStart[subjectNameStart[s]];
            Span<int> own = tokens.AsSpan(count, nameTokenStart[subjectNameStart[s + 1]] - from);
            nameTokens.AsSpan(from, own.Length).CopyTo(own);
            own.Sort();
            for (int k = 0; k < own.Length; k++)
            {
                if (k == 0 || own[k] != own[k - 1])
                {
                    tokens[count++] = own[k];
                }
            }
        }

        start[subjects] = count;
        Array.Resize(ref tokens, count);
        return (start, tokens);
    }

    /// <summary>The keys of the vocabulary: sorted (key, entry) pairs become one array of entries and, per key, where
    /// its entries are in it (start in the high half, count in the low half), with no object per key.</summary>
    private static (Dictionary<ulong, long> Probes, int[] Tokens) Probes(NamePart[] vocabulary)
    {
        ulong[][] keysOf = new ulong[vocabulary.Length][];
        Parallel.For(0, vocabulary.Length, () => new List<ulong>(), (t, _, keys) =>
        {
            keys.Clear();
            NamePart part = vocabulary[t];
            if (!part.IsParticle)
            {
                Keys.Of(part, keys);
                foreach ((string text, string key) in part.Variants)
                {
                    Keys.Of(text, key, keys);
                }
            }

            keysOf[t] = [.. keys];
            return keys;
        }, _ => { });

        long total = 0;
        foreach (ulong[] keys in keysOf)
        {
            total += keys.Length;
        }

        ulong[] pairKeys = new ulong[total];
        int[] pairTokens = new int[total];
        int at = 0;
        for (int t = 0; t < keysOf.Length; t++)
        {
            keysOf[t].CopyTo(pairKeys, at);
            pairTokens.AsSpan(at, keysOf[t].Length).Fill(t);
            at += keysOf[t].Length;
            keysOf[t] = [];
        }

        Array.Sort(pairKeys, pairTokens);
        int distinct = 0;
        for (int k = 0; k < pairKeys.Length; k++)
        {
            if (k == 0 || pairKeys[k] != pairKeys[k - 1])
            {
                distinct++;
            }
        }

        Dictionary<ulong, long> probes = new(distinct);
        int count = 0;
        for (int k = 0; k < pairKeys.Length;)
        {
            ulong key = pairKeys[k];
            int end = k;
            while (end < pairKeys.Length && pairKeys[end] == key)
            {
                end++;
            }

            // The entries of one key in order, each once (a part may give the same key twice).
            Span<int> group = pairTokens.AsSpan(k, end - k);
            group.Sort();
            int start = count;
            for (int g = 0; g < group.Length; g++)
            {
                if (g == 0 || group[g] != group[g - 1])
                {
                    pairTokens[count++] = group[g];
                }
            }

            probes[key] = ((long)start << 32) | (uint)(count - start);
            k = end;
        }

        Array.Resize(ref pairTokens, count);
        return (probes, pairTokens);
    }

    /// <summary>The number of subjects indexed (persons).</summary>
    public int SubjectCount => _subjects.Length;

    /// <summary>The number of names indexed (primary names, aliases, original-script names).</summary>
    public int NameCount => _names.Length;

    /// <summary>The number of distinct name parts indexed.</summary>
    public int PartCount => _tokens.Length;

    /// <summary>The default review threshold: a traveler whose best hit scores at least this is sent for review.</summary>
    /// <remarks>Chosen on the innocent travelers of a development set (see README).</remarks>
    public double ReviewThreshold { get; } = ScoreModel.DefaultReviewThreshold;

    /// <summary>Builds the index of every name of every listed person. Uses every core to analyze the names.</summary>
    /// <remarks>Travelers are people: organizations, vessels and aircraft are left out, so that "Clara Price" is
    /// never sent for review because of a company called "Rise Glory".</remarks>
    public static WatchListIndex Build(IEnumerable<Subject> subjects)
    {
        ArgumentNullException.ThrowIfNull(subjects);
        Subject[] all = [.. subjects.Where(s => s.Kind == SubjectKind.Person)];
        Builder builder = new(all);
        const int block = 8192;
        NamePart[][][] analyzed = new NamePart[Math.Min(block, all.Length)][][];
        for (int start = 0; start < all.Length; start += block)
        {
            int count = Math.Min(block, all.Length - start);
            Parallel.For(0, count, i =>
            {
                Subject subject = all[start + i];
                NamePart[][] names = new NamePart[subject.Names.Length][];
                for (int k = 0; k < names.Length; k++)
                {
                    names[k] = NameAnalyzer.Analyze(subject.Names[k].Full);
                }

                analyzed[i] = names;
            });
            for (int i = 0; i < count; i++)
            {
                builder.Add(start + i, analyzed[i]);
            }
        }

        builder.Finish();
        if (builder.Names.Count >= CompactAfterAnalysisNames)
        {
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        }

        return new WatchListIndex(builder);
    }

    private static float Idf(int df, int names) => MathF.Log((names + 1f) / (df + 0.5f)) + 1f;

    /// <summary>Collects the index while names are added, subject by subject.</summary>
    private sealed class Builder(Subject[] subjects)
    {
        private readonly Dictionary<string, int> _tokenIds = new(StringComparer.Ordinal);
        private readonly HashSet<string> _keysOfName = new(StringComparer.Ordinal);

        public Subject[] Subjects { get; } = subjects;

        public List<int> SubjectNameStart { get; } = [];

        public List<PersonName> Names { get; } = [];

        public List<int> NameSubject { get; } = [];

        public List<int> NameTokenStart { get; } = [0];

        public List<int> NameTokens { get; } = [];

        public List<NamePart> Tokens { get; } = [];

        public List<List<int>> TokenNames { get; } = [];

        public Dictionary<string, int> KeyFrequency { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, List<int>> Documents { get; } = new(StringComparer.Ordinal);

        public void Add(int subject, NamePart[][] names)
        {
            SubjectNameStart.Add(Names.Count);
            Subject s = Subjects[subject];
            for (int k = 0; k < names.Length; k++)
            {
                NamePart[] parts = names[k];
                if (parts.Length == 0)
                {
                    continue;
                }

                int name = Names.Count;
                Names.Add(s.Names[k]);
                NameSubject.Add(subject);
                _keysOfName.Clear();
                foreach (NamePart part in parts)
                {
                    int token = Intern(part);
                    NameTokens.Add(token);
                    // A name holding a part twice is listed twice (next to each other): "Hassan Hassan".
                    TokenNames[token].Add(name);

                    if (_keysOfName.Add(part.Key))
                    {
                        KeyFrequency[part.Key] = KeyFrequency.GetValueOrDefault(part.Key) + 1;
                    }
                }

                NameTokenStart.Add(NameTokens.Count);
            }

            foreach (TravelDocument document in s.Documents)
            {
                string key = Evidence.DocumentKey(document.Number);
                if (key.Length >= 4)
                {
                    if (!Documents.TryGetValue(key, out List<int>? holders))
                    {
                        Documents[key] = holders = [];
                    }

                    if (holders.Count == 0 || holders[^1] != subject)
                    {
                        holders.Add(subject);
                    }
                }
            }
        }

        public void Finish() => SubjectNameStart.Add(Names.Count);

        /// <summary>The items of a list as an array; the list is emptied and its memory released.</summary>
        public static T[] Take<T>(List<T> list)
        {
            T[] items = [.. list];
            list.Clear();
            list.TrimExcess();
            return items;
        }

        private int Intern(NamePart part)
        {
            string identity = part.Variants.Length == 0 && part.TailKey is null && !part.IsParticle
                ? part.Text
                : string.Join('\u0001', [part.Text, part.IsParticle ? "p" : string.Empty, part.TailKey ?? string.Empty, .. part.Variants.Select(v => v.Text)]);
            if (_tokenIds.TryGetValue(identity, out int id))
            {
                return id;
            }

            id = Tokens.Count;
            _tokenIds[identity] = id;
            Tokens.Add(part);
            TokenNames.Add([]);
            return id;
        }
    }
}
