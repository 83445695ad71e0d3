using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Runtime.InteropServices;
using Vigil.Domain;
using Vigil.Matching.Indexing;
using Vigil.Matching.Scoring;
using Vigil.Matching.Text;

namespace Vigil.Matching;

public sealed partial class WatchListIndex
{
    /// <summary>Traveler names longer than this are cut: no travel document has more parts.</summary>
    private const int MaxQueryParts = 24;

    /// <summary>A traveler part found in another name of the same subject counts this share of its weight.</summary>
    private const double OtherNameShare = 0.5;

    /// <summary>Similar vocabulary entries remembered for traveler name parts by each search's working memory, at
    /// most (about 12 bytes each).</summary>
    private const int SimilarCacheSize = 1_000_000;

    /// <summary>Words whose parts each search's working memory keeps, at most (see <see cref="SearchScratch.Words"/>).</summary>
    private const int WordCacheSize = 200_000;

    /// <summary>A deletion key held by more vocabulary entries than this is not looked up.</summary>
    private const int DenseKey = 256;

    /// <summary>The least similarity of a part found in another name of the subject.</summary>
    private const float OtherNameMinimum = 0.9f;

    /// <summary>Up to this many names reached, their unmatched parts are looked at for typos of unknown traveler
    /// parts (see <see cref="SameShapeWeight"/>).</summary>
    private const int ShapedCandidates = 4000;

    /// <summary>What a listed year of birth within a year of the traveler's adds to a candidate's rank (and one three or
    /// more years away takes off), as a share of the weight of the rarest part.</summary>
    private const float BirthYearRank = 0.15f;

    /// <summary>The share of a list name's weight that retrieval must have found in the traveler's name for the name
    /// to be complete: every part there, allowing for near spellings.</summary>
    private const float CompleteShare = 0.98f;

    /// <summary>At most this many complete names are scored beyond the cap (a traveler's long name may hold many
    /// short list names made of its frequent parts).</summary>
    private const int MaxCompleteNames = 64;

    /// <summary>Two frequent traveler parts are intersected through a bit set of names unless the second is held by
    /// this many times more names than the first (see <see cref="Intersect"/>).</summary>
    private const int MarkedIntersection = 16;

    /// <summary>The candidates, best by rank, whose every pair of parts is compared.</summary>
    private const int DirectlyCompared = 12;

    /// <summary>The subjects that may be the traveler, best first, at most <paramref name="maxHits"/>.</summary>
    /// <remarks>Only hits with some real name or document evidence are returned; the caller compares the best score
    /// with <see cref="ReviewThreshold"/>.</remarks>
    public IReadOnlyList<MatchHit> Match(MatchQuery query, int maxHits = 10)
    {
        ArgumentNullException.ThrowIfNull(query);
        SearchScratch scratch = Rent();
        try
        {
            Query analyzed = Analyze(query, scratch);
            CollectCandidates(analyzed, scratch);
            List<Found> found = ScoreCandidates(analyzed, query, scratch);
            AddDocumentMatches(query, found);
            found.Sort((a, b) => b.Score != a.Score ? b.Score.CompareTo(a.Score) : a.Subject.CompareTo(b.Subject));
            List<MatchHit> hits = new(Math.Min(found.Count, maxHits));
            for (int i = 0; i < found.Count && i < maxHits; i++)
            {
                hits.Add(ToHit(found[i], analyzed, query, scratch));
            }

            return hits;
        }
        finally
        {
            Return(scratch);
        }
    }

    /// <summary>The number of list names a traveler's name reaches before ranking (for benchmarks).</summary>
    internal int CountCandidates(MatchQuery query)
    {
        SearchScratch scratch = Rent();
        try
        {
            CollectCandidates(Analyze(query, scratch), scratch);
            return scratch.Touched.Count;
        }
        finally
        {
            Return(scratch);
        }
    }

    /// <summary>The number of subjects a traveler's name scores above the report floor, without explanations
    /// (for benchmarks: retrieval and scoring, not the explanation text).</summary>
    internal int CountScored(MatchQuery query)
    {
        SearchScratch scratch = Rent();
        try
        {
            Query analyzed = Analyze(query, scratch);
            CollectCandidates(analyzed, scratch);
            return ScoreCandidates(analyzed, query, scratch).Count;
        }
        finally
        {
            Return(scratch);
        }
    }

    /// <summary>Working memory for one search, taken from those of finished searches; given back when the search
    /// ends. As many exist as searches ever ran at once (the cores of a batch), however many threads ran them.</summary>
    /// <remarks>A fixed row of slots taken and filled with atomic exchanges: no lock, so that searches on every core
    /// never wait for each other. A scratch given back when every slot is full is left to the collector.</remarks>
    private SearchScratch Rent()
    {
        for (int i = 0; i < _scratches.Length; i++)
        {
            if (Volatile.Read(ref _scratches[i]) is not null && Interlocked.Exchange(ref _scratches[i], null) is { } scratch)
            {
                return scratch;
            }
        }

        return new SearchScratch(_names.Length, _tokens.Length);
    }

    private void Return(SearchScratch scratch)
    {
        for (int i = 0; i < _scratches.Length; i++)
        {
            if (Volatile.Read(ref _scratches[i]) is null && Interlocked.CompareExchange(ref _scratches[i], scratch, null) is null)
            {
                return;
            }
        }
    }

    private Query Analyze(MatchQuery query, SearchScratch scratch)
    {
        string raw = query.FullName is { Length: > 0 } full ? full : $"{query.GivenNames} {query.FamilyName}";
        if (scratch.Words.Count > WordCacheSize || scratch.PairCredits.Count > WordCacheSize)
        {
            scratch.Words.Clear();
            scratch.KnownParts.Clear();
            scratch.PairCredits.Clear();
        }

        NamePart[] parts = NameAnalyzer.Analyze(raw, scratch.Words);
        if (parts.Length > MaxQueryParts)
        {
            parts = parts[..MaxQueryParts];
        }

        float[] weights = new float[parts.Length];
        for (int p = 0; p < parts.Length; p++)
        {
            weights[p] = parts[p].IsParticle ? ParticleWeight : Known(parts[p], scratch).Weight;
        }

        return new Query(parts, weights);
    }

    /// <summary>What this working memory knows of a traveler part: found in <see cref="SearchScratch.KnownParts"/>
    /// when the part is a word met before, else learnt now (and kept when the part is such a word).</summary>
    private KnownPart Known(NamePart part, SearchScratch scratch)
    {
        if (scratch.KnownParts.TryGetValue(part, out KnownPart? known))
        {
            return known;
        }

        known = new KnownPart(Weight(part));
        if (IsKnown(part, scratch))
        {
            scratch.KnownParts[part] = known;
        }

        return known;
    }

    /// <summary>The weight of a traveler part: of its most frequent spelling when it has several; the weight of a
    /// part found in one name when the list does not have it.</summary>
    private float Weight(NamePart part)
    {
        float weight = _keyFrequency.TryGetValue(part.Key, out int df) ? Idf(df, _names.Length) : _maxWeight;
        foreach ((string _, string key) in part.Variants)
        {
            if (_keyFrequency.TryGetValue(key, out int vdf))
            {
                weight = Math.Min(weight, Idf(vdf, _names.Length));
            }
        }

        return weight;
    }

    /// <summary>Finds the vocabulary entries similar to each traveler part, then the names holding them, each with
    /// the weight of the traveler parts it holds (<see cref="NameState.Bound"/>).</summary>
    private void CollectCandidates(Query query, SearchScratch scratch)
    {
        NamePart[] parts = query.Parts;
        int search = scratch.NextSearch();
        scratch.Touched.Clear();
        scratch.Matches.Clear();
        Span<(int Start, int End)> ranges = scratch.PartRanges;
        for (int p = 0; p < parts.Length; p++)
        {
            int start = scratch.Matches.Count;
            if (!parts[p].IsParticle)
            {
                FindSimilarTokens(parts[p], p, scratch);
            }

            ranges[p] = (start, scratch.Matches.Count);
        }

        // Rarer parts first: once they have found names, a frequent part only adds its weight to those.
        Span<int> order = stackalloc int[parts.Length];
        for (int p = 0; p < parts.Length; p++)
        {
            order[p] = p;
        }

        float[] weights = query.Weights;
        Span<TokenMatch> matches = CollectionsMarshal.AsSpan(scratch.Matches);

        // A part is frequent when the names holding its similar entries are many (Mohammed, Ali on a large list).
        long[] held = new long[parts.Length];
        int[] repeats = new int[parts.Length];
        int frequentParts = 0;
        for (int p = 0; p < parts.Length; p++)
        {
            (int start, int end) = ranges[p];
            foreach (TokenMatch match in matches[start..end])
            {
                held[p] += _tokenNames[match.Token].Length;
            }

            // Best similarity first, so that a name holding several similar entries keeps the best.
            matches[start..end].Sort((a, b) => b.Match.Similarity.CompareTo(a.Match.Similarity));
            repeats[p] = Repeats(parts, p);
            frequentParts += held[p] > FrequentPosting && repeats[p] == 0 ? 1 : 0;
        }

        // Rare parts first, heaviest first; then frequent parts, least held first.
        order.Sort((a, b) =>
        {
            bool fa = held[a] > FrequentPosting, fb = held[b] > FrequentPosting;
            return fa != fb ? fa.CompareTo(fb)
                : fa ? held[a].CompareTo(held[b])
                : weights[b] != weights[a] ? weights[b].CompareTo(weights[a])
                : a.CompareTo(b);
        });
        int seeded = -1;
        foreach (int p in order)
        {
            (int start, int end) = ranges[p];
            if (end == start || p == seeded)
            {
                continue;
            }

            Span<TokenMatch> ofPart = matches[start..end];
            int repeat = repeats[p];
            bool frequent = held[p] > FrequentPosting;
            if (frequent && repeat == 0 && scratch.Touched.Count == 0 && frequentParts >= 2 && seeded < 0)
            {
                // Nothing rarer found a name: the candidates are the names holding both of the two least frequent
                // parts, not every name holding one of them.
                int other = -1;
                foreach (int q in order)
                {
                    if (q != p && held[q] > FrequentPosting && repeats[q] == 0 && ranges[q].End > ranges[q].Start)
                    {
                        other = q;
                        break;
                    }
                }

                if (other >= 0)
                {
                    Intersect(ofPart, weights[p], matches[ranges[other].Start..ranges[other].End], weights[other], search, scratch);
                    seeded = other;
                    continue;
                }
            }

            int partStamp = scratch.NextStamp();
            bool addsNames = !frequent || (scratch.Touched.Count == 0 && seeded < 0);
            if (!addsNames && repeat == 0 && scratch.Touched.Count * 4 < held[p])
            {
                // A frequent part adds no name: look for its entries in the few names found, not for those names
                // among the many holding the entries.
                CreditFound(ofPart, weights[p], partStamp, scratch);
                continue;
            }

            foreach (TokenMatch match in ofPart)
            {
                int[] holders = _tokenNames[match.Token];
                float gain = weights[p] * match.Match.Similarity;
                bool addNew = !frequent || (scratch.Touched.Count == 0 && seeded < 0);
                if (repeat > 0)
                {
                    // The second "Hassan" of "Hassan Hassan" counts only for names that have it twice.
                    CreditRepeated(holders, repeat, gain, partStamp, search, scratch);
                    continue;
                }

                if (!addNew && scratch.Touched.Count * 16 < holders.Length)
                {
                    foreach (int n in scratch.Touched)
                    {
                        if (scratch.Names[n].PartStamp != partStamp && Array.BinarySearch(holders, n) >= 0)
                        {
                            scratch.Names[n].PartStamp = partStamp;
                            scratch.Names[n].Bound += gain;
                        }
                    }

                    continue;
                }

                foreach (int n in holders)
                {
                    if (scratch.Names[n].PartStamp == partStamp || (!addNew && scratch.Names[n].Search != search))
                    {
                        continue;
                    }

                    scratch.Names[n].PartStamp = partStamp;
                    Credit(n, gain, search, scratch);
                }
            }
        }

        AddCompoundCandidates(query, search, scratch);

        // Re-link the matches by vocabulary entry, now that sorting has moved them.
        for (int i = 0; i < matches.Length; i++)
        {
            int token = matches[i].Token;
            matches[i].Next = scratch.TokenSearch[token] == search ? scratch.TokenFirstMatch[token] : -1;
            scratch.TokenSearch[token] = search;
            scratch.TokenFirstMatch[token] = i;
        }
    }

    /// <summary>Adds a traveler part's weight, times the best similarity, to each name found so far that holds one of
    /// the part's similar entries.</summary>
    private void CreditFound(ReadOnlySpan<TokenMatch> ofPart, float weight, int partStamp, SearchScratch scratch)
    {
        int entryStamp = MarkEntries(ofPart, scratch);
        foreach (int n in scratch.Touched)
        {
            float best = BestMarked(n, entryStamp, scratch);
            if (best > 0 && scratch.Names[n].PartStamp != partStamp)
            {
                scratch.Names[n].PartStamp = partStamp;
                scratch.Names[n].Bound += weight * best;
            }
        }
    }

    /// <summary>How many earlier traveler parts are spelt as part <paramref name="p"/>.</summary>
    private static int Repeats(NamePart[] parts, int p)
    {
        int repeat = 0;
        for (int earlier = 0; earlier < p; earlier++)
        {
            repeat += string.Equals(parts[earlier].Text, parts[p].Text, StringComparison.Ordinal) ? 1 : 0;
        }

        return repeat;
    }

    /// <summary>Makes candidates of the names holding a similar entry of both traveler parts, with both weights.</summary>
    /// <remarks>The names holding the first (less frequent) part are marked in a bit set small enough to stay in the
    /// processor's cache; the second part's holders are then read in order and only those marked are visited. When the
    /// second part is held by far more names than the first, the first part's holders are visited instead, and their
    /// own parts looked up among the entries similar to the second.</remarks>
    private void Intersect(ReadOnlySpan<TokenMatch> first, float firstWeight, ReadOnlySpan<TokenMatch> second, float secondWeight, int search, SearchScratch scratch)
    {
        long firstHeld = 0, secondHeld = 0;
        foreach (TokenMatch match in first)
        {
            firstHeld += _tokenNames[match.Token].Length;
        }

        foreach (TokenMatch match in second)
        {
            secondHeld += _tokenNames[match.Token].Length;
        }

        if (secondHeld > MarkedIntersection * firstHeld)
        {
            VisitHolders(first, firstWeight, second, secondWeight, search, scratch);
            return;
        }

        ulong[] marked = scratch.NameBits;
        foreach (TokenMatch match in first)
        {
            foreach (int n in _tokenNames[match.Token])
            {
                marked[n >> 6] |= 1UL << n;
            }
        }

        try
        {
            int entryStamp = MarkEntries(first, scratch);
            int pairStamp = scratch.NextStamp();
            foreach (TokenMatch match in second)
            {
                // Matches come best first: a name already made a candidate kept its best similarity.
                float gain = secondWeight * match.Match.Similarity;
                foreach (int n in _tokenNames[match.Token])
                {
                    if ((marked[n >> 6] & (1UL << n)) == 0)
                    {
                        continue;
                    }

                    ref NameState state = ref scratch.Names[n];
                    if (state.Search != search)
                    {
                        state.Search = search;
                        state.PartStamp = pairStamp;
                        state.Bound = gain + (firstWeight * BestMarked(n, entryStamp, scratch));
                        scratch.Touched.Add(n);
                    }
                }
            }
        }
        finally
        {
            // Every word set above is cleared whole (its other bits were set by the same holders), whatever happened:
            // the next search on this working memory needs the set empty.
            foreach (TokenMatch match in first)
            {
                foreach (int n in _tokenNames[match.Token])
                {
                    marked[n >> 6] = 0;
                }
            }
        }
    }

    /// <summary>The other way of <see cref="Intersect"/>: the names holding the first part are visited once each, and
    /// their own parts are looked up among the entries similar to the second.</summary>
    private void VisitHolders(ReadOnlySpan<TokenMatch> first, float firstWeight, ReadOnlySpan<TokenMatch> second, float secondWeight, int search, SearchScratch scratch)
    {
        int entryStamp = MarkEntries(second, scratch);
        int pairStamp = scratch.NextStamp();
        foreach (TokenMatch match in first)
        {
            float gain = firstWeight * match.Match.Similarity;
            foreach (int n in _tokenNames[match.Token])
            {
                // Matches come best first: a name already made a candidate kept its best similarity.
                if (scratch.Names[n].Search == search)
                {
                    continue;
                }

                float best = BestMarked(n, entryStamp, scratch);
                if (best > 0)
                {
                    scratch.Names[n].Search = search;
                    scratch.Names[n].PartStamp = pairStamp;
                    scratch.Names[n].Bound = gain + (secondWeight * best);
                    scratch.Touched.Add(n);
                }
            }
        }
    }

    /// <summary>Marks the vocabulary entries of one traveler part's matches with their best similarity; returns the
    /// stamp that marks them.</summary>
    private static int MarkEntries(ReadOnlySpan<TokenMatch> ofPart, SearchScratch scratch)
    {
        int entryStamp = scratch.NextStamp();
        foreach (TokenMatch match in ofPart)
        {
            if (scratch.TokenPart[match.Token] != entryStamp)
            {
                // Sorted best first: the first similarity met for an entry is its best.
                scratch.TokenPart[match.Token] = entryStamp;
                scratch.TokenSimilarity[match.Token] = match.Match.Similarity;
            }
        }

        return entryStamp;
    }

    /// <summary>The best similarity among the parts of name <paramref name="n"/> marked by <see cref="MarkEntries"/>,
    /// or 0.</summary>
    private float BestMarked(int n, int entryStamp, SearchScratch scratch)
    {
        float best = 0;
        foreach (int token in _nameTokens.AsSpan(_nameTokenStart[n], _nameTokenStart[n + 1] - _nameTokenStart[n]))
        {
            if (scratch.TokenPart[token] == entryStamp)
            {
                best = Math.Max(best, scratch.TokenSimilarity[token]);
            }
        }

        return best;
    }

    /// <summary>Adds a repeated traveler part's weight to the names already found that hold the entry more than
    /// <paramref name="repeat"/> times.</summary>
    private static void CreditRepeated(int[] holders, int repeat, float gain, int partStamp, int search, SearchScratch scratch)
    {
        int run = 0;
        for (int k = 0; k < holders.Length; k++)
        {
            int n = holders[k];
            run = k > 0 && holders[k - 1] == n ? run + 1 : 0;
            if (run == repeat && scratch.Names[n].Search == search && scratch.Names[n].PartStamp != partStamp)
            {
                scratch.Names[n].PartStamp = partStamp;
                scratch.Names[n].Bound += gain;
            }
        }
    }

    /// <summary>Compares a traveler part with every vocabulary entry sharing a key with it; keeps the similar ones.</summary>
    private void FindSimilarTokens(NamePart part, int p, SearchScratch scratch)
    {
        KnownPart known = Known(part, scratch);
        known.Similar ??= Similar(part, scratch);
        foreach ((int token, PartMatch match) in known.Similar)
        {
            scratch.Matches.Add(new TokenMatch(p, token, match, -1));
        }
    }

    /// <summary>The vocabulary entries similar to a part, from the cache or compared now.</summary>
    private (int Token, PartMatch Match)[] Similar(NamePart part, SearchScratch scratch)
    {
        // Name parts repeat from traveler to traveler (Mohammed, Maria, Khan): their similar entries are kept, under
        // everything the comparison reads, so that two parts spelt alike but analysed apart never share an entry.
        string identity = part.Variants.Length == 0 && part.TailKey is null && part.HeadKey is null && part.OcrReading is null
            ? string.Concat(part.Text, "\u0001", part.Key)
            : string.Join('\u0001', [part.Text, part.Key, part.TailKey ?? string.Empty, part.HeadKey ?? string.Empty, part.OcrReading?.Text ?? string.Empty, .. part.Variants.Select(v => v.Text)]);

        // Each search's working memory keeps its own: searches running at once never wait on a shared cache.
        Dictionary<string, (int Token, PartMatch Match)[]> cache = scratch.Similar;
        if (!cache.TryGetValue(identity, out (int Token, PartMatch Match)[]? similar))
        {
            similar = CompareWithVocabulary(part, scratch);
            scratch.SimilarHeld += similar.Length + 1;
            if (scratch.SimilarHeld > SimilarCacheSize)
            {
                // Full: start again rather than track what was used least (the frequent parts come back first).
                cache.Clear();
                scratch.KnownParts.Clear();
                scratch.PairCredits.Clear();
                scratch.SimilarHeld = similar.Length + 1;
            }

            cache[identity] = similar;
        }

        return similar;
    }

    /// <summary>Finds the names that write as one part what the traveler writes as two ("Fakhr Zadeh" /
    /// "Fakhrzadeh"), and those that write as two or three parts what the traveler writes as one ("Safieddine" /
    /// "Safi al-Din"): retrieval by part misses them, the alignment pairs them (see <see cref="NameAlignment"/>).</summary>
    private void AddCompoundCandidates(Query query, int search, SearchScratch scratch)
    {
        NamePart[] parts = query.Parts;
        float[] weights = query.Weights;
        for (int i = 0; i + 1 < parts.Length; i++)
        {
            // The next non-particle part, a particle between them dropped ("Jamal al Din" / "Jamaleddine").
            int j = i + 1 < parts.Length && parts[i + 1].IsParticle ? i + 2 : i + 1;
            if (j >= parts.Length || parts[i].IsParticle || parts[j].IsParticle || parts[i].Text.Length < 2 || parts[j].Text.Length < 2)
            {
                continue;
            }

            // What a pair of words credits depends on the two words alone: worked out once, then replayed.
            (NamePart, NamePart) pair = (parts[i], parts[j]);
            bool known = IsKnown(parts[i], scratch) && IsKnown(parts[j], scratch);
            if (!known || !scratch.PairCredits.TryGetValue(pair, out (int Name, float Gain)[]? credits))
            {
                credits = JoinedCredits(parts[i], parts[j], weights[i] + weights[j], scratch);
                if (known && Hold(credits.Length, scratch))
                {
                    scratch.PairCredits[pair] = credits;
                }
            }

            Replay(credits, search, scratch);
        }

        for (int p = 0; p < parts.Length; p++)
        {
            NamePart part = parts[p];
            if (part.IsParticle || part.Text.Length < 6 || HasCloseEntry(scratch.PartRanges[p], scratch))
            {
                continue;
            }

            KnownPart? known = IsKnown(part, scratch) ? Known(part, scratch) : null;
            (int Name, float Gain)[] credits = known?.Splits ?? SplitCredits(part, weights[p], scratch);
            if (known is { Splits: null } && Hold(credits.Length, scratch))
            {
                known.Splits = credits;
            }

            Replay(credits, search, scratch);
        }
    }

    /// <summary>Counts <paramref name="entries"/> more kept by the working memory's caches; when they would hold
    /// more than <see cref="SimilarCacheSize"/>, empties them all and returns false (the caller keeps nothing).</summary>
    private static bool Hold(int entries, SearchScratch scratch)
    {
        scratch.SimilarHeld += entries + 1;
        if (scratch.SimilarHeld <= SimilarCacheSize)
        {
            return true;
        }

        scratch.Similar.Clear();
        scratch.KnownParts.Clear();
        scratch.PairCredits.Clear();
        scratch.SimilarHeld = 0;
        return false;
    }

    /// <summary>Whether a part is a word whose part <see cref="SearchScratch.KnownParts"/> may keep.</summary>
    private static bool IsKnown(NamePart part, SearchScratch scratch) =>
        scratch.Words.TryGetValue(part.Original, out NamePart? word) && ReferenceEquals(word, part);

    /// <summary>Credits names, in the order worked out.</summary>
    private static void Replay((int Name, float Gain)[] credits, int search, SearchScratch scratch)
    {
        foreach ((int n, float gain) in credits)
        {
            Credit(n, gain, search, scratch);
        }
    }

    /// <summary>The names holding a vocabulary entry that writes two traveler parts as one, with what each gains.</summary>
    private (int Name, float Gain)[] JoinedCredits(NamePart first, NamePart second, float gain, SearchScratch scratch)
    {
        // Only a vocabulary entry of the same skeleton can be alike enough: most pairs stop at this look-up.
        string text = string.Concat(first.Text, second.Text);
        string key = SoundSkeleton.Key(text);
        if (!_keyFrequency.ContainsKey(key))
        {
            return [];
        }

        List<(int Name, float Gain)> credits = scratch.Credits;
        credits.Clear();
        foreach ((int token, PartMatch match) in Similar(new NamePart(text, text, key, IsParticle: false), scratch))
        {
            if (match.Similarity >= CompoundSimilarity && _tokenNames[token].Length <= FrequentPosting)
            {
                foreach (int n in _tokenNames[token])
                {
                    credits.Add((n, gain * match.Similarity));
                }
            }
        }

        return [.. credits];
    }

    /// <summary>The names holding entries close to both halves of a traveler part split in two, with what each gains.</summary>
    private (int Name, float Gain)[] SplitCredits(NamePart part, float weight, SearchScratch scratch)
    {
        if (!SplitsIntoKnownKeys(part.Key))
        {
            return [];
        }

        List<(int Name, float Gain)> credits = scratch.Credits;
        credits.Clear();
        string text = part.Text;
        for (int k = 3; k + 3 <= text.Length; k++)
        {
            NamePart? left = InVocabulary(text[..k]);
            if (left is null)
            {
                continue;
            }

            // The second half, and the same without an article or "-ud-" assimilated to it ("eddine" → "din").
            string right = text[k..];
            SplitCredit(part.Key, left, InVocabulary(right), weight, credits, scratch);
            if (right.Length >= 5 && IsVowel(right[0]) && (right[1] == 'l' || right[1] == right[2]))
            {
                SplitCredit(part.Key, left, InVocabulary(right[2..]), weight, credits, scratch);
            }
        }

        return [.. credits];
    }

    /// <summary>The least similarity of a vocabulary entry met as half of a compound.</summary>
    private const float CompoundSimilarity = 0.9f;

    /// <summary>Whether a traveler part already found a vocabulary entry at least <see cref="CompoundSimilarity"/>
    /// alike.</summary>
    private static bool HasCloseEntry((int Start, int End) range, SearchScratch scratch)
    {
        for (int m = range.Start; m < range.End; m++)
        {
            if (scratch.Matches[m].Match.Similarity >= CompoundSimilarity)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A piece of a traveler part (already folded Latin) as a part of its own, when some vocabulary entry has
    /// its skeleton; otherwise null.</summary>
    private NamePart? InVocabulary(string text)
    {
        string key = SoundSkeleton.Key(text);
        return _keyFrequency.ContainsKey(key) ? new NamePart(text, text, key, IsParticle: false) : null;
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';

    /// <summary>Credits the names holding entries close to both halves of a split traveler part, when the halves'
    /// skeletons make the whole one's (a split through a sound, or one that drops a sound, is no compound).</summary>
    private void SplitCredit(string wholeKey, NamePart left, NamePart? right, float weight, List<(int Name, float Gain)> credits, SearchScratch scratch)
    {
        if (right is null || !MakeKey(wholeKey, left.Key, right.Key))
        {
            return;
        }

        (int Token, PartMatch Match)[] first = Similar(left, scratch);
        (int Token, PartMatch Match)[] second = Similar(right, scratch);
        foreach ((int a, PartMatch am) in first)
        {
            if (am.Similarity < CompoundSimilarity)
            {
                continue;
            }

            foreach ((int b, PartMatch bm) in second)
            {
                if (bm.Similarity < CompoundSimilarity || a == b)
                {
                    continue;
                }

                // The names holding both: the shorter list of holders is walked, the other searched. Two frequent
                // halves ("Mohammadali") are left to retrieval by part: their names are many and found anyway.
                int[] small = _tokenNames[a], large = _tokenNames[b];
                if (small.Length > large.Length)
                {
                    (small, large) = (large, small);
                }

                if (small.Length > FrequentPosting / 4)
                {
                    continue;
                }

                float gain = weight * Math.Min(am.Similarity, bm.Similarity);
                foreach (int n in small)
                {
                    if (Array.BinarySearch(large, n) >= 0)
                    {
                        credits.Add((n, gain));
                    }
                }
            }
        }
    }

    /// <summary>Whether a skeleton splits into two that vocabulary entries have (the second perhaps after a
    /// vowel): a cheap test before any spelling is split.</summary>
    private bool SplitsIntoKnownKeys(string key)
    {
        FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> known = _keyFrequency.GetAlternateLookup<ReadOnlySpan<char>>();
        Span<char> marked = stackalloc char[key.Length + 1];
        for (int j = 1; j < key.Length; j++)
        {
            if (!known.ContainsKey(key.AsSpan(0, j)))
            {
                continue;
            }

            ReadOnlySpan<char> second = key.AsSpan(j);
            marked[0] = 'a';
            second.CopyTo(marked[1..]);
            if (known.ContainsKey(second) || known.ContainsKey(marked[..(second.Length + 1)]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether two skeletons written one after the other are <paramref name="whole"/>: a sound doubled across
    /// the join is written once, and the mark of a vowel starting the second is dropped.</summary>
    private static bool MakeKey(string whole, string first, string second)
    {
        if (second.Length > 1 && second[0] == 'a')
        {
            second = second[1..];
        }

        if (first.Length == 0 || second.Length == 0 || !whole.StartsWith(first, StringComparison.Ordinal) || !whole.EndsWith(second, StringComparison.Ordinal))
        {
            return false;
        }

        int joined = first.Length + second.Length;
        return joined == whole.Length || (joined == whole.Length + 1 && first[^1] == second[0]);
    }

    /// <summary>Makes name <paramref name="n"/> a candidate, if it is not one, and adds to its bound.</summary>
    private static void Credit(int n, float gain, int search, SearchScratch scratch)
    {
        if (scratch.Names[n].Search != search)
        {
            scratch.Names[n].Search = search;
            scratch.Names[n].Bound = 0;
            scratch.Touched.Add(n);
        }

        scratch.Names[n].Bound += gain;
    }

    /// <summary>The vocabulary entries similar to a traveler part: each entry sharing a key with it, compared once.</summary>
    private (int Token, PartMatch Match)[] CompareWithVocabulary(NamePart part, SearchScratch scratch)
    {
        List<ulong> probes = scratch.Probes;
        List<ulong> deletions = scratch.DeletionProbes;
        probes.Clear();
        deletions.Clear();
        Keys.Of(part, probes, deletions);
        foreach ((string text, string key) in part.Variants)
        {
            Keys.Of(text, key, probes, deletions);
        }

        if (part.OcrReading is { } read)
        {
            Keys.Of(read.Text, read.Key, probes, deletions);
        }

        int whole = probes.Count;
        probes.AddRange(deletions);
        List<(int Token, PartMatch Match)> similar = [];
        int partStamp = scratch.NextStamp();
        for (int k = 0; k < probes.Count; k++)
        {
            // A short form with a letter deleted that thousands of entries share says little: on a large list it
            // would cost thousands of comparisons for the rare typo it catches.
            if (!_probes.TryGetValue(probes[k], out long range) || (k >= whole && (range & 0xFFFFFFFF) > DenseKey))
            {
                continue;
            }

            foreach (int t in _probeTokens.AsSpan((int)(range >> 32), (int)(range & 0xFFFFFFFF)))
            {
                if (scratch.TokenPart[t] == partStamp)
                {
                    continue;
                }

                scratch.TokenPart[t] = partStamp;
                PartMatch match = PartSimilarity.Compare(part, _tokens[t]);
                if (match.Similarity >= NameAlignment.MinimumSimilarity)
                {
                    similar.Add((t, match));
                }
            }
        }

        return [.. similar];
    }

    /// <summary>Ranks the names reached by their bound, less a part of what they hold besides, and scores the best
    /// few; keeps each subject's best name.</summary>
    private List<Found> ScoreCandidates(Query query, MatchQuery traveler, SearchScratch scratch)
    {
        PriorityQueue<int, CandidateRank> best = scratch.Best;
        best.Clear();

        // Traveler parts no vocabulary entry resembles by key (a name with two typos, or one the lists lack): a list
        // name with an unmatched part of the same first letter and about the same length may hold it, so it ranks
        // higher than one that cannot, and is more likely to have every pair of parts compared.
        Span<int> unknownShape = stackalloc int[4];
        Span<float> unknownWeight = stackalloc float[4];
        int unknown = 0;
        for (int p = 0; p < query.Parts.Length && unknown < unknownShape.Length; p++)
        {
            if (!query.Parts[p].IsParticle && query.Parts[p].Text.Length >= 3 && scratch.PartRanges[p].End == scratch.PartRanges[p].Start)
            {
                unknownShape[unknown] = Shape(query.Parts[p].Text);
                unknownWeight[unknown++] = query.Weights[p];
            }
        }

        bool lookAtShapes = unknown > 0 && scratch.Touched.Count <= ShapedCandidates;
        float mostBonus = 0;
        for (int u = 0; u < unknown; u++)
        {
            mostBonus += 0.5f * unknownWeight[u];
        }

        // A traveler's year of birth ranks the subjects born about then before those born years apart: with a
        // common name, more names share the traveler's parts than are scored. A list name whose every part is in
        // the traveler's name is not ranked down for its date, and is scored even beyond the cap: a forged date of
        // birth must not hide it.
        (int bornFrom, int bornTo) = traveler.DateOfBirth is { IsUnknown: false } born
            ? (born.EarliestDay!.Value.Year, born.LatestDay!.Value.Year)
            : (0, 0);
        float yearBonus = BirthYearRank * _maxWeight;
        List<int> completeNames = scratch.CompleteNames;
        completeNames.Clear();

        // A name holding every traveler part as written ranks before names holding only some, however long it is:
        // a traveler of two common parts is otherwise outranked by the many short names holding one of
        // them, and the long listed name holding both is never scored.
        float everyPart = 0;
        for (int p = 0; p < query.Parts.Length; p++)
        {
            everyPart += query.Parts[p].IsParticle || query.Parts[p].Text.Length == 1 ? 0 : query.Weights[p];
        }

        foreach (int n in scratch.Touched)
        {
            float shared = scratch.Names[n].Bound;
            float rank = shared - (0.3f * Math.Max(0, _nameWeight[n] - shared));
            bool complete = shared >= CompleteShare * _nameWeight[n] && _nameTokenStart[n + 1] - _nameTokenStart[n] >= 2;
            if (complete && completeNames.Count < MaxCompleteNames)
            {
                completeNames.Add(n);
            }

            if (everyPart > 0 && shared >= everyPart * 0.999f)
            {
                rank += everyPart;
            }

            int years = bornFrom > 0 ? _subjectYears[_nameSubject[n]] : 0;
            if (years != 0)
            {
                int gap = Math.Max((years >> 16) - bornTo, bornFrom - (years & 0xFFFF));
                rank += gap <= 1 ? yearBonus : gap >= 3 && !complete ? -yearBonus : 0;
            }

            if (lookAtShapes && (best.Count < CandidatesScored || (best.TryPeek(out _, out CandidateRank least) && rank + mostBonus >= least.Value)))
            {
                // (Only when the bonus could bring the name among the best.)
                rank += 0.5f * SameShapeWeight(n, unknownShape[..unknown], unknownWeight[..unknown], scratch);
            }

            if (best.Count < CandidatesScored)
            {
                best.Enqueue(n, new CandidateRank(rank, n));
            }
            else if (best.TryPeek(out _, out CandidateRank worst) && new CandidateRank(rank, n).CompareTo(worst) > 0)
            {
                best.EnqueueDequeue(n, new CandidateRank(rank, n));
            }
        }

        // The best by rank get every pair of parts compared; the others only the pairs retrieval found.
        List<int> candidates = scratch.Candidates;
        candidates.Clear();
        while (best.TryDequeue(out int n, out _))
        {
            candidates.Add(n);
        }

        // (Complete names the cap left out are scored after the others, their parts compared as retrieval found them.)
        int ranked = candidates.Count;
        foreach (int n in completeNames)
        {
            if (candidates.IndexOf(n, 0, ranked) < 0)
            {
                candidates.Insert(0, n);
                ranked++;
            }
        }

        List<Found> found = [];
        for (int c = candidates.Count - 1; c >= 0; c--)
        {
            int n = candidates[c];
            bool direct = candidates.Count - 1 - c < DirectlyCompared;
            NameAlignment alignment = Align(query, n, scratch, direct, null);
            double nameScore = ScoreModel.NameScore(alignment, _names[n].Quality, _maxWeight);
            if ((ScoreModel.NameShare * nameScore) + 0.11 < ScoreModel.ReportFloor)
            {
                continue;
            }

            int subject = _nameSubject[n];
            double score = ScoreModel.Score(nameScore, ScoreModel.IsDistinctive(alignment, nameScore, _maxWeight), _subjects[subject], traveler, null);
            if (score < ScoreModel.ReportFloor)
            {
                continue;
            }

            int existing = found.Count - 1;
            while (existing >= 0 && found[existing].Subject != subject)
            {
                existing--;
            }

            if (existing < 0)
            {
                found.Add(new Found(subject, n, score) { Direct = direct });
            }
            else if (found[existing].Score < score)
            {
                found[existing] = new Found(subject, n, score) { Direct = direct };
            }
        }

        return found;
    }

    /// <summary>The first letter and length of a spelling, packed: a cheap "could this be a typo of that?".</summary>
    private static int Shape(string text) => (text[0] << 8) | Math.Min(text.Length, 255);

    /// <summary>The weight of the unknown traveler parts that a part of name <paramref name="n"/> not matched in this
    /// search could be a typo of (same first letter, at most two letters longer or shorter).</summary>
    private float SameShapeWeight(int n, ReadOnlySpan<int> shapes, ReadOnlySpan<float> weights, SearchScratch scratch)
    {
        float total = 0;
        for (int u = 0; u < shapes.Length; u++)
        {
            for (int k = _nameTokenStart[n]; k < _nameTokenStart[n + 1]; k++)
            {
                int token = _nameTokens[k];
                int shape = _tokenShape[token];
                if (scratch.TokenSearch[token] != scratch.CurrentSearch && (shape >> 8) == (shapes[u] >> 8)
                    && Math.Abs((shape & 0xFF) - (shapes[u] & 0xFF)) <= 2)
                {
                    total += weights[u];
                    break;
                }
            }
        }

        return total;
    }

    /// <summary>Aligns the traveler's parts with list name <paramref name="n"/>, counting parts found in the
    /// subject's other names; fills <paramref name="pairs"/> when not null. <paramref name="direct"/>: compare every
    /// pair of parts, not only those retrieval found.</summary>
    private NameAlignment Align(Query query, int n, SearchScratch scratch, bool direct, List<AlignedPair>? pairs)
    {
        int start = _nameTokenStart[n];
        int length = _nameTokenStart[n + 1] - start;
        NamePart[] parts = query.Parts;
        scratch.EnsureCapacity(parts.Length, length);
        Span<PartMatch> matrix = scratch.Matrix.AsSpan(0, parts.Length * length);
        matrix.Clear();
        List<TokenMatch> matches = scratch.Matches;
        for (int j = 0; j < length; j++)
        {
            int token = _nameTokens[start + j];
            scratch.ListParts[j] = _tokens[token];
            scratch.ListWeights[j] = _tokenWeight[token];
            if (scratch.TokenSearch[token] == scratch.CurrentSearch)
            {
                for (int m = scratch.TokenFirstMatch[token]; m >= 0; m = matches[m].Next)
                {
                    matrix[(matches[m].Part * length) + j] = matches[m].Match;
                }
            }

            // Retrieval does not look up particles and initials, and misses a part with two typos.
            if (direct || _tokenDirect[token] || query.HasInitialOrParticle)
            {
                NamePart listed = _tokens[token];
                int row = -1;
                for (int i = 0; i < parts.Length; i++)
                {
                    // A particle pairs only with a particle: "Shaikh" is no initial S., "al" no "Allah".
                    if (matrix[(i * length) + j].Kind == PartMatchKind.None
                        && parts[i].IsParticle == listed.IsParticle
                        && (direct || parts[i].IsParticle || parts[i].Text.Length == 1 || listed.Text.Length == 1))
                    {
                        row = row >= 0 ? row : ComparedRow(token, scratch);
                        matrix[(i * length) + j] = Compared(row, i, parts[i], listed, scratch);
                    }
                }
            }
        }

        NameAlignment alignment = NameAlignment.Align(
            matrix, parts, query.Weights, scratch.ListParts.AsSpan(0, length), scratch.ListWeights.AsSpan(0, length), pairs);
        if (alignment.UnmatchedQuery != 0 && alignment.MatchedQueryParts > 0)
        {
            AlsoInOtherNames(ref alignment, query, n, scratch, pairs);
        }

        return alignment;
    }

    /// <summary>The row of <see cref="SearchScratch.Compared"/> of a vocabulary entry in the current search.</summary>
    private static int ComparedRow(int token, SearchScratch scratch)
    {
        Dictionary<int, int> rows = scratch.ComparedRow;
        if (scratch.ComparedRowsSearch != scratch.CurrentSearch)
        {
            scratch.ComparedRowsSearch = scratch.CurrentSearch;
            rows.Clear();
        }

        if (rows.TryGetValue(token, out int row))
        {
            return row;
        }

        row = rows.Count;
        if (scratch.ComparedParts.Length <= row)
        {
            scratch.ComparedParts = [.. scratch.ComparedParts, .. new ulong[scratch.ComparedParts.Length]];
            PartMatch[] grown = new PartMatch[scratch.ComparedParts.Length * MaxQueryParts];
            scratch.Compared.CopyTo(grown, 0);
            scratch.Compared = grown;
        }

        rows[token] = row;
        scratch.ComparedParts[row] = 0;
        return row;
    }

    /// <summary>Traveler part <paramref name="i"/> compared with a list part, once per search (see
    /// <see cref="ComparedRow"/>).</summary>
    private static PartMatch Compared(int row, int i, NamePart part, NamePart listed, SearchScratch scratch)
    {
        ulong bit = 1UL << i;
        int cell = (row * MaxQueryParts) + i;
        if ((scratch.ComparedParts[row] & bit) == 0)
        {
            scratch.Compared[cell] = PartSimilarity.Compare(part, listed);
            scratch.ComparedParts[row] |= bit;
        }

        return scratch.Compared[cell];
    }

    /// <summary>Traveler parts that this name lacks but another name of the same subject has count too, a little
    /// less: aliases of one person share their parts (a document may carry the given names of one alias and the
    /// family name of another).</summary>
    private void AlsoInOtherNames(ref NameAlignment alignment, Query query, int n, SearchScratch scratch, List<AlignedPair>? pairs)
    {
        int subject = _nameSubject[n];
        ReadOnlySpan<int> held = _subjectTokens.AsSpan(_subjectTokenStart[subject], _subjectTokenStart[subject + 1] - _subjectTokenStart[subject]);
        ReadOnlySpan<int> here = _nameTokens.AsSpan(_nameTokenStart[n], _nameTokenStart[n + 1] - _nameTokenStart[n]);
        double weight = 0;
        int parts = 0;
        ulong nowMatched = 0;
        for (int i = 0; i < query.Parts.Length; i++)
        {
            if ((alignment.UnmatchedQuery & (1UL << i)) == 0)
            {
                continue;
            }

            // The part's similar vocabulary entries, best first; the first the subject holds elsewhere wins.
            (int token, PartMatch best) = (-1, PartMatch.None);
            if (!query.Parts[i].IsParticle)
            {
                (int start, int end) = scratch.PartRanges[i];
                if (end - start <= held.Length)
                {
                    for (int m = start; m < end; m++)
                    {
                        TokenMatch match = scratch.Matches[m];
                        if (match.Match.Similarity >= OtherNameMinimum && held.BinarySearch(match.Token) >= 0 && !here.Contains(match.Token))
                        {
                            (token, best) = (match.Token, match.Match);
                            break;
                        }
                    }
                }
                else
                {
                    foreach (int t in held)
                    {
                        if (scratch.TokenSearch[t] != scratch.CurrentSearch)
                        {
                            continue;
                        }

                        for (int m = scratch.TokenFirstMatch[t]; m >= 0; m = scratch.Matches[m].Next)
                        {
                            TokenMatch match = scratch.Matches[m];
                            if (match.Part == i && match.Match.Similarity >= OtherNameMinimum && match.Match.Similarity > best.Similarity && !here.Contains(t))
                            {
                                (token, best) = (t, match.Match);
                            }
                        }
                    }
                }
            }

            if (token >= 0)
            {
                weight += OtherNameShare * best.Similarity * query.Weights[i];
                parts++;
                nowMatched |= 1UL << i;
                if (pairs is not null)
                {
                    (int other, int position) = FindToken(subject, n, token);
                    pairs.Add(new AlignedPair(i, -1, -1 - other, position, best));
                }
            }
        }

        if (nowMatched != 0)
        {
            alignment.AddAlsoMatched(weight, parts, nowMatched);
        }
    }

    /// <summary>The first name of the subject other than <paramref name="except"/> holding the vocabulary entry, and where.</summary>
    private (int Name, int Position) FindToken(int subject, int except, int token)
    {
        for (int other = _subjectNameStart[subject]; other < _subjectNameStart[subject + 1]; other++)
        {
            int position = other == except ? -1 : _nameTokens.AsSpan(_nameTokenStart[other], _nameTokenStart[other + 1] - _nameTokenStart[other]).IndexOf(token);
            if (position >= 0)
            {
                return (other, position);
            }
        }

        throw new InvalidOperationException("The subject does not hold the part.");
    }

    /// <summary>Subjects holding a document with the traveler's document number.</summary>
    private void AddDocumentMatches(MatchQuery query, List<Found> found)
    {
        if (query.Document is not { } document
            || !_documents.TryGetValue(Evidence.DocumentKey(document.Number), out int[]? holders))
        {
            return;
        }

        foreach (int s in holders)
        {
            if (!Evidence.SameDocument(document, _subjects[s], out _))
            {
                continue;
            }

            int existing = found.FindIndex(f => f.Subject == s);
            Found hit = existing >= 0 ? found[existing] : new Found(s, -1, 0);
            hit = hit with { Score = Math.Max(hit.Score, ScoreModel.DocumentMatchScore), ScoreBeforeDocument = hit.Score, Document = true };
            if (existing >= 0)
            {
                found[existing] = hit;
            }
            else
            {
                found.Add(hit);
            }
        }
    }

    /// <summary>The hit as reported, with its explanation (built only for reported hits).</summary>
    private MatchHit ToHit(Found found, Query query, MatchQuery traveler, SearchScratch scratch)
    {
        Subject subject = _subjects[found.Subject];
        string matchedName = subject.PrimaryName?.Full ?? string.Empty;
        double nameScore = 0;
        NameQuality? quality = null;
        ImmutableArray<NamePartPair> explained = [];
        ImmutableArray<EvidenceEffect> evidence = [];
        if (found.Name >= 0)
        {
            PersonName name = _names[found.Name];
            matchedName = name.Full;
            quality = name.Quality;
            List<AlignedPair> pairs = [];
            NameAlignment alignment = Align(query, found.Name, scratch, found.Direct, pairs);
            nameScore = ScoreModel.NameScore(alignment, name.Quality, _maxWeight);
            NamePart[] listParts = NameAnalyzer.Analyze(name.Full, scratch.Words);
            ImmutableArray<NamePartPair>.Builder made = ImmutableArray.CreateBuilder<NamePartPair>(pairs.Count);
            foreach (AlignedPair pair in pairs)
            {
                string travelerText = Text(query.Parts, pair.Query, pair.Query2);
                string listText;
                string? otherName = null;
                if (pair.List >= 0)
                {
                    listText = Text(listParts, pair.List, pair.List2);
                }
                else
                {
                    PersonName other = _names[-1 - pair.List];
                    listText = NameAnalyzer.Analyze(other.Full, scratch.Words)[pair.List2].Original;
                    otherName = other.Full;
                }

                made.Add(new NamePartPair(travelerText, listText, pair.Match.Kind, pair.Match.Similarity)
                {
                    EditDistance = pair.Match.Kind == PartMatchKind.EditDistance ? pair.Match.Distance : null,
                    OtherName = otherName,
                });
            }

            explained = made.MoveToImmutable();
            ImmutableArray<EvidenceEffect>.Builder why = ImmutableArray.CreateBuilder<EvidenceEffect>(3);
            ScoreModel.Score(nameScore, ScoreModel.IsDistinctive(alignment, nameScore, _maxWeight), subject, traveler, why);
            evidence = why.ToImmutable();
        }

        DocumentAgreement? agreement = null;
        if (found.Document && traveler.Document is { } document && Evidence.SameDocument(document, subject, out TravelDocument? listed))
        {
            agreement = new DocumentAgreement(document.Number, listed.TypeText ?? listed.Type.ToString(), listed.Number, ScoreModel.DocumentMatchScore);
        }

        MatchExplanation explanation = new(
            nameScore, found.Name >= 0 ? matchedName : null, quality, explained, evidence, agreement, found.Document ? found.ScoreBeforeDocument : found.Score);
        return new MatchHit(subject, found.Score, matchedName, explanation);
    }

    /// <summary>The parts <paramref name="first"/> to <paramref name="last"/> as written, with a space between them
    /// (<paramref name="last"/> is -1 for one part).</summary>
    private static string Text(NamePart[] parts, int first, int last) =>
        last <= first ? parts[first].Original : string.Join(' ', parts[first..(last + 1)].Select(p => p.Original));

    private sealed record Query(NamePart[] Parts, float[] Weights)
    {
        /// <summary>Whether a part is an initial or a particle (compared directly, not found by retrieval).</summary>
        public bool HasInitialOrParticle { get; } = Parts.Any(p => p.IsParticle || p.Text.Length == 1);
    }

    private readonly record struct Found(int Subject, int Name, double Score)
    {
        public bool Document { get; init; }

        /// <summary>With <see cref="Document"/>, the score the names and evidence gave before the document raised it.</summary>
        public double ScoreBeforeDocument { get; init; }

        /// <summary>Whether every pair of parts was compared (see <see cref="Align"/>).</summary>
        public bool Direct { get; init; }
    }
}
