using System.Runtime.CompilerServices;
using Vigil.Matching.Indexing;

namespace Vigil.Matching.Scoring;

/// <summary>How the parts of a traveler's name pair with the parts of one list name, and how well.</summary>
/// <remarks>Parts pair one to one, greedily by similarity, whatever their order; a part may also pair with two
/// adjacent parts of the other side written as one (<c>Abdulrahman</c> / <c>Abdul Rahman</c>). Only the figures
/// are kept, unless the pairs are asked for (for an explanation).</remarks>
internal struct NameAlignment
{
    /// <summary>Pairs below this similarity are not made.</summary>
    public const float MinimumSimilarity = 0.72f;

    /// <summary>The similarity of a part and two or three adjacent parts of the other side written as one.</summary>
    private const float JoinedSimilarity = 0.95f;

    /// <summary>The similarity of an "Abd" name and a lone "Abdul" that stands for it (see <see cref="IsLoneAbd"/>).</summary>
    private const float AbdCutShort = 0.78f;

    /// <summary>Share of the traveler's name weight that found a partner (weighted by the square of the similarity).</summary>
    public double QueryCoverage;

    /// <summary>Share of the list name's weight that found a partner (weighted by the square of the similarity).</summary>
    public double ListCoverage;

    /// <summary>Weight (rarity) of the traveler's parts that matched: the absolute evidence.</summary>
    public double MatchedWeight;

    /// <summary>The total weight of the traveler's parts.</summary>
    public double QueryWeight;

    /// <summary>Non-particle parts of the traveler's name.</summary>
    public int QueryParts;

    /// <summary>Non-particle traveler parts that found a partner.</summary>
    public int MatchedQueryParts;

    /// <summary>Bit i set: traveler part i found no partner in this name.</summary>
    public ulong UnmatchedQuery;

    /// <summary>Aligns a traveler's name with a list name.</summary>
    /// <param name="matrix">The similarity of traveler part i and list part j at <c>i * list.Length + j</c>.</param>
    /// <param name="query">The traveler's parts (at most 64).</param>
    /// <param name="queryWeights">Their weights.</param>
    /// <param name="list">The list name's parts.</param>
    /// <param name="listWeights">Their weights.</param>
    /// <param name="pairs">Receives the pairs made, when not null.</param>
    public static NameAlignment Align(
        ReadOnlySpan<PartMatch> matrix,
        ReadOnlySpan<NamePart> query,
        ReadOnlySpan<float> queryWeights,
        ReadOnlySpan<NamePart> list,
        ReadOnlySpan<float> listWeights,
        List<AlignedPair>? pairs)
    {
        int q = query.Length;
        int l = list.Length;

        // Pairs of one part each, and parts written as one on one side and as two adjacent parts (or two around a
        // particle: "Safieddine" / "Safi al-Din") on the other. All compete by similarity, so that a part written
        // as two is joined even when one half alone resembles it ("Sajjadi Nia" / "Sajjadinia").
        int most = 5 * q * l;
        Span<Option> options = most <= 512 ? stackalloc Option[most] : new Option[most];
        int count = 0;
        Span<float> bestQuery = q <= 64 ? stackalloc float[q] : new float[q];
        Span<float> bestList = l <= 128 ? stackalloc float[l] : new float[l];
        bestQuery.Clear();
        bestList.Clear();
        for (int i = 0; i < q; i++)
        {
            for (int j = 0; j < l; j++)
            {
                float sim = matrix[(i * l) + j].Similarity;
                if (sim >= MinimumSimilarity)
                {
                    options[count++] = new Option(sim, queryWeights[i] + listWeights[j], i, i, j, j);
                    bestQuery[i] = Math.Max(bestQuery[i], sim);
                    bestList[j] = Math.Max(bestList[j], sim);
                }
            }
        }

        // (A part that pairs at least as well on its own is not looked at as written for two.)
        for (int i = 0; i < q; i++)
        {
            for (int j = 0; j + 1 < l && bestQuery[i] < JoinedSimilarity; j++)
            {
                if ((MayJoin(query[i], list[j], list[j + 1]) && Joined(query[i], list[j], list[j + 1])) || JoinedOtherwise(query[i], list[j], list[j + 1]))
                {
                    options[count++] = new Option(JoinedSimilarity, queryWeights[i] + listWeights[j] + listWeights[j + 1], i, i, j, j + 1);
                }

                if (j + 2 < l && list[j + 1].IsParticle && !query[i].IsParticle && StartsAlike(query[i], list[j]) && JoinedAround(query[i], list[j], list[j + 1], list[j + 2]))
                {
                    options[count++] = new Option(JoinedSimilarity, queryWeights[i] + listWeights[j] + listWeights[j + 1] + listWeights[j + 2], i, i, j, j + 2);
                }
            }
        }

        for (int j = 0; j < l; j++)
        {
            for (int i = 0; i + 1 < q && bestList[j] < JoinedSimilarity; i++)
            {
                if ((MayJoin(list[j], query[i], query[i + 1]) && Joined(list[j], query[i], query[i + 1])) || JoinedOtherwise(list[j], query[i], query[i + 1]))
                {
                    options[count++] = new Option(JoinedSimilarity, queryWeights[i] + queryWeights[i + 1] + listWeights[j], i, i + 1, j, j);
                }

                if (i + 2 < q && query[i + 1].IsParticle && !list[j].IsParticle && StartsAlike(list[j], query[i]) && JoinedAround(list[j], query[i], query[i + 1], query[i + 2]))
                {
                    options[count++] = new Option(JoinedSimilarity, queryWeights[i] + queryWeights[i + 1] + queryWeights[i + 2] + listWeights[j], i, i + 2, j, j);
                }
            }
        }

        options = options[..count];
        options.Sort();
        ulong usedQ = 0;
        Span<bool> usedList = l <= 128 ? stackalloc bool[l] : new bool[l];
        double matchedQ = 0, matchedL = 0;
        foreach (Option option in options)
        {
            if (option.I2 == option.I && option.J2 == option.J)
            {
                if ((usedQ & (1UL << option.I)) != 0 || usedList[option.J])
                {
                    continue;
                }

                usedQ |= 1UL << option.I;
                usedList[option.J] = true;

                // An initial confirms a letter, not a name: it weighs no more than the commonest part.
                bool initial = matrix[(option.I * l) + option.J].Kind == PartMatchKind.Initial;
                double credit = Credit(option.Similarity);
                matchedQ += credit * (initial ? Math.Min(queryWeights[option.I], 1f) : queryWeights[option.I]);
                matchedL += credit * (initial ? Math.Min(listWeights[option.J], 1f) : listWeights[option.J]);
                pairs?.Add(new AlignedPair(option.I, -1, option.J, -1, matrix[(option.I * l) + option.J]));

                // "Abdul Talhawi" on a document for "Abd al-Karim Talhawi": the second half of the compound given
                // name left out, the lone "Abdul" taken into the family name. Its rest found the family name; the
                // "Abdul" stands for the list's Abd name, as a part cut short. Only when the rest is the family name
                // as listed (spelt alike, one typo at most: "Abdul Hamir" is not "Hammara" cut from "Abdel-Latif
                // Hammara"), the traveler's last part, and first or last on the list. A document with a whole other
                // Abd name ("Abdul Wahhab Talhawi") keeps it as a part of its own, which must pair by itself.
                if (matrix[(option.I * l) + option.J].Kind == PartMatchKind.WithoutPrefix && IsLoneAbd(query[option.I]) && !IsAbdName(list[option.J])
                    && option.I == q - 1 && (option.J == 0 || option.J == l - 1)
                    && EditDistance.Bounded(query[option.I].Text.AsSpan(3), list[option.J].Text, 1) <= 1)
                {
                    for (int j = 0; j < l; j++)
                    {
                        if (!usedList[j] && IsAbdName(list[j]))
                        {
                            // Both halves of the traveler's part are now found: it counts as a joined pair does.
                            usedList[j] = true;
                            matchedL += Credit(AbdCutShort) * listWeights[j];
                            matchedQ += (JoinedSimilarity - Credit(option.Similarity)) * queryWeights[option.I];
                            pairs?.Add(new AlignedPair(option.I, -1, j, -1, new PartMatch(AbdCutShort, PartMatchKind.Shortened)));
                            break;
                        }
                    }
                }

                continue;
            }

            ulong queryMask = ((2UL << (option.I2 - option.I)) - 1) << option.I;
            if ((usedQ & queryMask) != 0 || usedList[option.J..(option.J2 + 1)].Contains(true))
            {
                continue;
            }

            usedQ |= queryMask;
            usedList[option.J..(option.J2 + 1)].Fill(true);

            // A joined pair counts its similarity, not its square: both spellings hold every letter.
            double queryWeight = 0, listWeight = 0;
            for (int i = option.I; i <= option.I2; i++)
            {
                queryWeight += queryWeights[i];
            }

            for (int j = option.J; j <= option.J2; j++)
            {
                listWeight += listWeights[j];
            }

            matchedQ += JoinedSimilarity * queryWeight;
            matchedL += JoinedSimilarity * listWeight;
            pairs?.Add(new AlignedPair(option.I, option.I2 > option.I ? option.I2 : -1, option.J, option.J2 > option.J ? option.J2 : -1, new PartMatch(JoinedSimilarity, PartMatchKind.Joined)));
        }

        double totalQ = 0, totalL = 0;
        int queryParts = 0, matchedParts = 0;
        ulong unmatched = 0;
        for (int i = 0; i < q; i++)
        {
            totalQ += queryWeights[i];
            bool used = (usedQ & (1UL << i)) != 0;
            unmatched |= used ? 0 : 1UL << i;
            if (!query[i].IsParticle)
            {
                queryParts++;
                matchedParts += used ? 1 : 0;
            }
        }

        for (int j = 0; j < l; j++)
        {
            totalL += listWeights[j];
        }

        return new NameAlignment
        {
            QueryCoverage = totalQ > 0 ? matchedQ / totalQ : 0,
            ListCoverage = totalL > 0 ? matchedL / totalL : 0,
            MatchedWeight = matchedQ,
            QueryWeight = totalQ,
            QueryParts = queryParts,
            MatchedQueryParts = matchedParts,
            UnmatchedQuery = unmatched,
        };
    }

    /// <summary>Counts traveler parts found in another name of the same subject (weighted, a little less).</summary>
    public void AddAlsoMatched(double weight, int parts, ulong nowMatched)
    {
        QueryCoverage = QueryWeight > 0 ? ((QueryCoverage * QueryWeight) + weight) / QueryWeight : 0;
        MatchedWeight += weight;
        MatchedQueryParts += parts;
        UnmatchedQuery &= ~nowMatched;
    }

    /// <summary>A part made of "Abd", "Abdul", "Abdel"... written apart and the word after it ("abdul talhawi").</summary>
    private static bool IsLoneAbd(NamePart part) =>
        part.TailKey is not null && part.Text.StartsWith("abd", StringComparison.Ordinal) && part.Original.Contains(' ', StringComparison.Ordinal);

    /// <summary>A compound Abd name ("abdkarim", from Abd al-Karim, Abdulkarim...).</summary>
    private static bool IsAbdName(NamePart part) =>
        !part.IsParticle && part.Text.Length > 4 && part.Text.StartsWith("abd", StringComparison.Ordinal);

    /// <summary>A cheap test that <see cref="Joined"/> needs to pass: lengths that add up, within three letters, and the
    /// same first letter or first sound.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool MayJoin(NamePart whole, NamePart first, NamePart second)
    {
        int gap = whole.Text.Length - first.Text.Length - second.Text.Length;
        return gap is >= -3 and <= 3 && StartsAlike(whole, first);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool StartsAlike(NamePart whole, NamePart first) =>
        (whole.Text.Length > 0 && first.Text.Length > 0 && whole.Text[0] == first.Text[0])
        || (whole.Key.Length > 0 && first.Key.Length > 0 && whole.Key[0] == first.Key[0]);

    /// <summary>Whether <paramref name="whole"/> is <paramref name="first"/> and <paramref name="second"/> written
    /// as one: the same spelling, the same sound skeleton, or one typo apart (for long names). Allocates nothing.</summary>
    private static bool Joined(NamePart whole, NamePart first, NamePart second)
    {
        string w = whole.Text, a = first.Text, b = second.Text;
        int gap = w.Length - a.Length - b.Length;
        if (a.Length < 2 || b.Length < 2 || gap > 3 || gap < -3)
        {
            return false;
        }

        if (gap == 0 && w.StartsWith(a, StringComparison.Ordinal) && w.EndsWith(b, StringComparison.Ordinal))
        {
            return true;
        }

        // Skeletons join as their names do, a consonant doubled across the join being written once.
        string wk = whole.Key, ak = first.Key, bk = second.Key;
        if (ak.Length > 0 && bk.Length > 0 && wk.StartsWith(ak, StringComparison.Ordinal) && wk.EndsWith(bk, StringComparison.Ordinal)
            && (wk.Length == ak.Length + bk.Length || (wk.Length == ak.Length + bk.Length - 1 && ak[^1] == bk[0]))
            && HalvesHeard(whole, first, second))
        {
            return true;
        }

        if (a.Length + b.Length < 7 || gap is > 1 or < -1 || w[0] != a[0])
        {
            return false;
        }

        Span<char> joined = stackalloc char[a.Length + b.Length];
        a.AsSpan().CopyTo(joined);
        b.AsSpan().CopyTo(joined[a.Length..]);
        return EditDistance.Bounded(w, joined, 1) <= 1;
    }

    /// <summary>Whether each half of a name joined by sound is heard in the whole: a half of one sound only ("Ko",
    /// "Lah", "Su": a consonant and vowels) must also be written there, at the start for the first half, at the end for
    /// the second.</summary>
    /// <remarks>A skeleton drops vowels, so a one-sound half is a single letter of the whole's skeleton, found in
    /// almost any name of the right beginning: "Doran Ko" would be "Dorang" (d r n k) and "Kubal al-Lah" would be
    /// "Kubali" (k b l), though neither whole holds the half at all. Spelt at its place ("Chulbong Su" /
    /// "Chulbongsu"), the half is there.</remarks>
    private static bool HalvesHeard(NamePart whole, NamePart first, NamePart second) =>
        (first.Key.Length >= 2 || whole.Text.StartsWith(first.Text, StringComparison.Ordinal))
        && (second.Key.Length >= 2 || whole.Text.EndsWith(second.Text, StringComparison.Ordinal));

    /// <summary>Whether <paramref name="whole"/> is <paramref name="first"/>, <paramref name="particle"/> and
    /// <paramref name="second"/> written as one, the particle's sound kept or assimilated ("Safieddine",
    /// "Saifuddin", "Nasrallah"): compared by sound skeleton.</summary>
    private static bool JoinedAround(NamePart whole, NamePart first, NamePart particle, NamePart second)
    {
        string wk = whole.Key, ak = first.Key, pk = particle.Key, bk = second.Key;
        if (ak.Length == 0 || bk.Length == 0 || !wk.StartsWith(ak, StringComparison.Ordinal) || !wk.EndsWith(bk, StringComparison.Ordinal)
            || !HalvesHeard(whole, first, second))
        {
            return false;
        }

        // The particle's key starts with the leading-vowel mark ("al" for ul): joined, its vowel may be heard as the
        // end of the first name's ("Ziaulqamar" = Zia ul Qamar keys as z l kmr).
        int middle = wk.Length - ak.Length - bk.Length;
        ReadOnlySpan<char> consonants = pk.Length > 1 && pk[0] == 'a' ? pk.AsSpan(1) : [];
        return middle == 0 || (middle > 0 && middle <= pk.Length && wk.AsSpan(ak.Length, middle).SequenceEqual(pk.AsSpan(0, middle)))
            || (middle > 0 && middle <= consonants.Length && wk.AsSpan(ak.Length, middle).SequenceEqual(consonants[..middle]))
            || (middle == -1 && ak[^1] == bk[0]);
    }

    /// <summary>Whether <paramref name="whole"/> is <paramref name="first"/> and <paramref name="second"/> written as one
    /// in a way <see cref="Joined"/> does not see: the Arabic article inside the second part, its vowel changed or its
    /// l assimilated when joined ("Salah" "aldin" = Salahuddin, Salaheddine; "Nasr" "allah" = Nasrullah), or a
    /// spelling variant of each half (Wade-Giles "Chien" "Hsin" = pinyin Jianxin). Allocates nothing.</summary>
    private static bool JoinedOtherwise(NamePart whole, NamePart first, NamePart second)
    {
        string w = whole.Text, a = first.Text, b = second.Text;
        if (b.Length >= 4 && b[1] == 'l' && b[0] is 'a' or 'e' && a.Length >= 2 && w.Length > a.Length + 3 && w.StartsWith(a, StringComparison.Ordinal))
        {
            ReadOnlySpan<char> rest = b.AsSpan(2);
            ReadOnlySpan<char> tail = w.AsSpan(a.Length);
            if (tail[^1] == 'e' && !tail.EndsWith(rest))
            {
                tail = tail[..^1]; // French -eddine
            }

            if (tail.Length > rest.Length && tail.EndsWith(rest))
            {
                ReadOnlySpan<char> middle = tail[..^rest.Length];
                if (middle.Length <= 2 && middle[0] is 'a' or 'e' or 'i' or 'o' or 'u' && (middle.Length == 1 || middle[1] == 'l' || middle[1] == rest[0]))
                {
                    return true;
                }
            }
        }

        // The same by sound skeleton, for the Arabic script's spelling without short vowels ("slah" "aldin" keys sl
        // and aldn, Salahuddin slhdn): the article's l may be heard or assimilated, and a final h the first key
        // drops (as it drops the silent h of Fatimah) is heard inside the joined name.
        string wk = whole.Key, ak = first.Key, bk = second.Key;
        if (b.Length >= 4 && b[1] == 'l' && b[0] is 'a' or 'e' && bk.StartsWith("al", StringComparison.Ordinal) && ak.Length >= 2 && w.Length >= a.Length + 3
            && wk.Length >= ak.Length + bk.Length - 2 && wk.StartsWith(ak, StringComparison.Ordinal) && wk.EndsWith(bk.AsSpan(2), StringComparison.Ordinal))
        {
            ReadOnlySpan<char> between = wk.AsSpan(ak.Length, wk.Length - ak.Length - (bk.Length - 2));
            if (a[^1] == 'h' && between.StartsWith('h'))
            {
                between = between[1..];
            }

            if (between.IsEmpty || between is "l")
            {
                return true;
            }
        }

        if (first.Variants.Length + second.Variants.Length == 0)
        {
            return false;
        }

        for (int x = -1; x < first.Variants.Length; x++)
        {
            string one = x < 0 ? a : first.Variants[x].Text;
            if (one.Length >= w.Length || !w.StartsWith(one, StringComparison.Ordinal))
            {
                continue;
            }

            for (int y = -1; y < second.Variants.Length; y++)
            {
                string two = y < 0 ? b : second.Variants[y].Text;
                if (one.Length + two.Length == w.Length && w.EndsWith(two, StringComparison.Ordinal))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>What a pair adds to the matched share: the square of its similarity, so that two weak pairs
    /// ("Menga" / "Maliq" at 0.75) count for much less than one exact part and a typo (0.85) for less than a
    /// transliteration (0.95).</summary>
    private static double Credit(float similarity) => (double)similarity * similarity;

    /// <summary>A possible pairing of traveler parts I..I2 with list parts J..J2 (one each, or a part and two or three
    /// joined).</summary>
    private readonly record struct Option(float Similarity, float Weight, int I, int I2, int J, int J2) : IComparable<Option>
    {
        public int CompareTo(Option other) =>
            other.Similarity != Similarity ? other.Similarity.CompareTo(Similarity) : other.Weight.CompareTo(Weight);
    }
}

/// <summary>A traveler name part (or two adjacent ones) paired with a list name part (or two adjacent ones).</summary>
internal readonly record struct AlignedPair(int Query, int Query2, int List, int List2, PartMatch Match);
