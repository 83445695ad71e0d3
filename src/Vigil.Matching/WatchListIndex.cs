using System.Collections.Frozen;
using Vigil.Domain;
using Vigil.Matching.Indexing;
using Vigil.Matching.Scoring;
using PartSimilarity = Vigil.Matching.Scoring.PartSimilarity;

namespace Vigil.Matching;

/// <summary>An immutable in-memory index of watch-list names, searched per traveler. Safe to share between threads.</summary>
/// <remarks>
/// Every list name is analyzed once at build: normalized, romanized, split into parts with particles marked,
/// and each part reduced to its sound skeleton (see <c>Text/README.md</c>). Candidates come from a map from
/// skeleton keys, and from every key with one letter deleted (so one typo on either side still meets), to the
/// names holding them; they are ranked by the rarity of the parts they share, and only the best few are scored.
/// A part's weight is its inverse document frequency over the list's names: frequent parts (Mohammed, Ali,
/// bin) weigh little, rare parts much.
/// </remarks>
public sealed class WatchListIndex
{
    private const int CandidatesScored = 64;
    private const float ParticleWeight = 0.35f;
    private const int FrequentPosting = 1500;

    private readonly Subject[] _subjects;
    private readonly IndexedName[] _names;
    private readonly FrozenDictionary<string, int[]> _postings;
    private readonly FrozenDictionary<string, int> _documentFrequency;
    private readonly FrozenDictionary<string, int[]> _documents;
    private readonly float _maxWeight;
    private readonly int[][] _subjectNames;

    private WatchListIndex(Subject[] subjects, IndexedName[] names, FrozenDictionary<string, int[]> postings,
        FrozenDictionary<string, int> documentFrequency, FrozenDictionary<string, int[]> documents)
    {
        _subjects = subjects;
        _names = names;
        _postings = postings;
        _documentFrequency = documentFrequency;
        _documents = documents;
        _maxWeight = Idf(1, names.Length);
        List<int>[] bySubject = new List<int>[subjects.Length];
        for (int n = 0; n < names.Length; n++)
        {
            (bySubject[names[n].Subject] ??= []).Add(n);
        }

        _subjectNames = [.. bySubject.Select(l => l is null ? [] : l.ToArray())];
    }

    /// <summary>The number of subjects indexed.</summary>
    public int SubjectCount => _subjects.Length;

    /// <summary>The number of names indexed (primary names, aliases, original-script names).</summary>
    public int NameCount => _names.Length;

    /// <summary>The default review threshold: a traveler whose best hit scores at least this is sent for review.</summary>
    /// <remarks>Chosen on the innocent travelers of a development set so that about 0.3 % of them alert (see README).</remarks>
    public double ReviewThreshold { get; } = ScoreModel.DefaultReviewThreshold;

    /// <summary>Builds the index of every name of every subject.</summary>
    public static WatchListIndex Build(IEnumerable<Subject> subjects)
    {
        ArgumentNullException.ThrowIfNull(subjects);
        Subject[] all = [.. subjects];
        List<(int Subject, PersonName Name, NamePart[] Parts)> analyzed = [];
        Dictionary<string, int> df = new(StringComparer.Ordinal);
        HashSet<string> seen = new(StringComparer.Ordinal);
        Dictionary<string, List<int>> documents = new(StringComparer.Ordinal);
        for (int s = 0; s < all.Length; s++)
        {
            foreach (PersonName name in all[s].Names)
            {
                NamePart[] parts = NameAnalyzer.Analyze(name.Full);
                if (parts.Length == 0)
                {
                    continue;
                }

                analyzed.Add((s, name, parts));
                seen.Clear();
                foreach (NamePart part in parts)
                {
                    if (seen.Add(part.Key))
                    {
                        df[part.Key] = df.GetValueOrDefault(part.Key) + 1;
                    }
                }
            }

            foreach (TravelDocument document in all[s].Documents)
            {
                string key = Scoring.Evidence.DocumentKey(document.Number);
                if (key.Length >= 4)
                {
                    if (!documents.TryGetValue(key, out List<int>? holders))
                    {
                        documents[key] = holders = [];
                    }

                    holders.Add(s);
                }
            }
        }

        int count = analyzed.Count;
        IndexedName[] names = new IndexedName[count];
        Dictionary<string, List<int>> postings = new(StringComparer.Ordinal);
        for (int n = 0; n < count; n++)
        {
            (int subject, PersonName name, NamePart[] parts) = analyzed[n];
            float[] weights = new float[parts.Length];
            float total = 0;
            for (int p = 0; p < parts.Length; p++)
            {
                weights[p] = parts[p].IsParticle ? ParticleWeight : Idf(df[parts[p].Key], count);
                total += weights[p];
                if (!parts[p].IsParticle)
                {
                    foreach (string key in Keys.Of(parts[p]))
                    {
                        if (!postings.TryGetValue(key, out List<int>? list))
                        {
                            postings[key] = list = [];
                        }

                        if (list.Count == 0 || list[^1] != n)
                        {
                            list.Add(n);
                        }
                    }
                }
            }

            names[n] = new IndexedName(subject, name, parts, weights, total);
        }

        return new WatchListIndex(
            all,
            names,
            postings.ToFrozenDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal),
            df.ToFrozenDictionary(StringComparer.Ordinal),
            documents.ToFrozenDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal));
    }

    /// <summary>The subjects that may be the traveler, best first, at most <paramref name="maxHits"/>.</summary>
    /// <remarks>Only hits with some real name or document evidence are returned; the caller compares the best score
    /// with <see cref="ReviewThreshold"/>.</remarks>
    public IReadOnlyList<MatchHit> Match(MatchQuery query, int maxHits = 10)
    {
        ArgumentNullException.ThrowIfNull(query);
        string raw = query.FullName is { Length: > 0 } full ? full : $"{query.GivenNames} {query.FamilyName}";
        NamePart[] parts = NameAnalyzer.Analyze(raw);
        float[] weights = new float[parts.Length];
        for (int p = 0; p < parts.Length; p++)
        {
            weights[p] = parts[p].IsParticle ? ParticleWeight : Weight(parts[p]);
        }

        Dictionary<int, MatchHit> best = [];
        foreach (int n in Candidates(parts, weights))
        {
            IndexedName name = _names[n];
            NameAlignment alignment = NameAlignment.Align(parts, weights, name.Parts, name.Weights);
            if (alignment.UnmatchedQuery.Count > 0 && alignment.MatchedQueryParts > 0)
            {
                alignment = AlsoInOtherNames(alignment, parts, weights, n);
            }

            Subject subject = _subjects[name.Subject];
            ScoredHit scored = ScoreModel.Score(alignment, name.Name, subject, query, _maxWeight);
            if (scored.Score < ScoreModel.ReportFloor)
            {
                continue;
            }

            if (!best.TryGetValue(name.Subject, out MatchHit? current) || current.Score < scored.Score)
            {
                best[name.Subject] = new MatchHit(subject, scored.Score, name.Name.Full, scored.Explanation);
            }
        }

        if (query.Document is { } document && _documents.TryGetValue(Scoring.Evidence.DocumentKey(document.Number), out int[]? holders))
        {
            foreach (int s in holders)
            {
                Subject subject = _subjects[s];
                if (Scoring.Evidence.SameDocument(document, subject, out string why))
                {
                    double score = Math.Max(best.TryGetValue(s, out MatchHit? hit) ? hit.Score : 0, ScoreModel.DocumentMatchScore);
                    string explanation = hit is null ? why : hit.Explanation + "; " + why;
                    best[s] = new MatchHit(subject, score, hit?.MatchedName ?? subject.PrimaryName?.Full ?? string.Empty, explanation);
                }
            }
        }

        List<MatchHit> hits = [.. best.Values];
        hits.Sort((a, b) => b.Score.CompareTo(a.Score));
        if (hits.Count > maxHits)
        {
            hits.RemoveRange(maxHits, hits.Count - maxHits);
        }

        return hits;
    }

    /// <summary>Traveler parts that this name lacks but another name of the same subject has count too, a little
    /// less: aliases of one person share their parts (a document may carry the given names of one alias and the
    /// family name of another).</summary>
    private NameAlignment AlsoInOtherNames(NameAlignment alignment, NamePart[] parts, float[] weights, int nameIndex)
    {
        double extraWeight = 0;
        int extraParts = 0;
        List<PartPair> extraPairs = [];
        List<int> still = [];
        foreach (int i in alignment.UnmatchedQuery)
        {
            (double sim, string how, string list) = (0, string.Empty, string.Empty);
            foreach (int other in _subjectNames[_names[nameIndex].Subject])
            {
                if (other == nameIndex)
                {
                    continue;
                }

                foreach (NamePart part in _names[other].Parts)
                {
                    (double s, string h) = PartSimilarity.Compare(parts[i], part);
                    if (s > sim)
                    {
                        (sim, how, list) = (s, h, part.Original);
                    }
                }
            }

            if (sim >= 0.85)
            {
                extraWeight += 0.85 * sim * weights[i];
                extraParts += parts[i].IsParticle ? 0 : 1;
                extraPairs.Add(new PartPair(parts[i].Original, list, sim, how + ", in another name of the subject"));
            }
            else
            {
                still.Add(i);
            }
        }

        return extraPairs.Count == 0 ? alignment : alignment.WithAlsoMatched(extraWeight, extraParts, extraPairs, still);
    }

    private float Weight(NamePart part)
    {
        float weight = _documentFrequency.TryGetValue(part.Key, out int df) ? Idf(df, _names.Length) : _maxWeight;
        foreach ((string _, string key) in part.Variants)
        {
            if (_documentFrequency.TryGetValue(key, out int vdf))
            {
                weight = Math.Min(weight, Idf(vdf, _names.Length));
            }
        }

        return weight;
    }

    private static float Idf(int df, int names) => MathF.Log((names + 1f) / (df + 0.5f)) + 1f;

    /// <summary>The names sharing at least one part key (or a one-deletion neighbour of it) with the query, ranked
    /// by the weight of what they share.</summary>
    private List<int> Candidates(NamePart[] parts, float[] weights)
    {
        Dictionary<int, float> accumulated = [];
        HashSet<int> thisPart = [];

        // Parts so frequent that thousands of names hold them add no candidate the rarer parts would not find;
        // they are used only when the traveler's name has nothing rarer.
        bool[] frequent = new bool[parts.Length];
        bool anyRare = false;
        for (int p = 0; p < parts.Length; p++)
        {
            frequent[p] = _postings.TryGetValue(parts[p].Key, out int[]? exact) && exact.Length > FrequentPosting;
            anyRare |= !parts[p].IsParticle && !frequent[p];
        }

        for (int p = 0; p < parts.Length; p++)
        {
            if (parts[p].IsParticle || (anyRare && frequent[p]))
            {
                continue;
            }

            thisPart.Clear();
            Collect(Keys.Of(parts[p]), thisPart);
            foreach ((string text, string key) in parts[p].Variants)
            {
                Collect(Keys.Of(parts[p] with { Text = text, Key = key, Variants = [] }), thisPart);
            }

            foreach (int n in thisPart)
            {
                accumulated[n] = accumulated.GetValueOrDefault(n) + weights[p];
            }
        }

        // Rank by what is shared, less a part of what the list name has besides: among the many names that share a
        // frequent part, the ones with little else come first.
        List<KeyValuePair<int, float>> ranked = new(accumulated.Count);
        foreach ((int n, float shared) in accumulated)
        {
            ranked.Add(new(n, shared - (0.3f * Math.Max(0, _names[n].TotalWeight - shared))));
        }

        ranked.Sort((a, b) => b.Value.CompareTo(a.Value));
        List<int> result = new(Math.Min(ranked.Count, CandidatesScored));
        for (int i = 0; i < ranked.Count && i < CandidatesScored; i++)
        {
            result.Add(ranked[i].Key);
        }

        return result;
    }

    private void Collect(IEnumerable<string> probes, HashSet<int> into)
    {
        foreach (string probe in probes)
        {
            if (_postings.TryGetValue(probe, out int[]? names))
            {
                into.UnionWith(names);
            }
        }
    }
}
