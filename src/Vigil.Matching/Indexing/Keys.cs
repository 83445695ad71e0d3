namespace Vigil.Matching.Indexing;

/// <summary>The index keys of a name part: its sound skeleton and, when it is long enough for a typo to leave it
/// recognisable, each form of it with one letter deleted; the same for its spelling; and the key of the name after
/// an "Abd" prefix or before an "-ullah" ending.</summary>
/// <remarks>
/// Two skeletons one substitution, insertion, deletion or adjacent swap apart always share a key (the deletion
/// neighbourhood of each holds the other's). Keys are 64-bit hashes of the text, computed without building strings;
/// a collision only adds a candidate that the similarity then rejects.
/// </remarks>
internal static class Keys
{
    private const ulong SkeletonSeed = 14695981039346656037UL;
    private const ulong SpellingSeed = 10995116282211UL ^ 14695981039346656037UL;
    private const ulong Prime = 1099511628211UL;

    /// <summary>Adds every key a part is posted under or looked up by to <paramref name="into"/>.</summary>
    public static void Of(NamePart part, List<ulong> into)
    {
        Of(part, into, into);
    }

    /// <summary>Adds the keys of a part: the whole skeleton, spelling, Abd tail and -ullah head to
    /// <paramref name="whole"/>, the forms with one letter deleted to <paramref name="deletions"/>.</summary>
    public static void Of(NamePart part, List<ulong> whole, List<ulong> deletions)
    {
        Of(part.Text, part.Key, whole, deletions);
        List<ulong> into = whole;
        if (part.TailKey is { Length: >= 3 } tail)
        {
            into.Add(Hash(tail, -1, SkeletonSeed));
        }

        if (part.HeadKey is { Length: >= 2 } head)
        {
            into.Add(Hash(head, -1, SkeletonSeed));
        }
    }

    /// <summary>Adds the keys of one spelling and its skeleton.</summary>
    public static void Of(string text, string key, List<ulong> into) => Of(text, key, into, into);

    /// <summary>Adds the keys of one spelling and its skeleton: whole ones to <paramref name="whole"/>, those with a
    /// letter deleted to <paramref name="deletions"/>.</summary>
    public static void Of(string text, string key, List<ulong> whole, List<ulong> deletions)
    {
        if (key.Length > 0)
        {
            whole.Add(Hash(key, -1, SkeletonSeed));
            if (key.Length >= 5)
            {
                for (int i = 0; i < key.Length; i++)
                {
                    deletions.Add(Hash(key, i, SkeletonSeed));
                }
            }
        }

        // The spelling's neighbourhood catches a typo that changes the skeleton by more than one sound, such as a
        // swap of two consonants written with digraphs.
        if (text.Length >= 4)
        {
            whole.Add(Hash(text, -1, SpellingSeed));
            for (int i = 0; i < text.Length; i++)
            {
                deletions.Add(Hash(text, i, SpellingSeed));
            }
        }
    }

    /// <summary>FNV-1a over the characters of <paramref name="text"/>, leaving out the one at <paramref name="skip"/>.</summary>
    private static ulong Hash(ReadOnlySpan<char> text, int skip, ulong seed)
    {
        ulong hash = seed;
        for (int i = 0; i < text.Length; i++)
        {
            if (i != skip)
            {
                hash = (hash ^ text[i]) * Prime;
            }
        }

        // Mark the length so that "ab" with a skip never equals "ab" without.
        return (hash ^ (ulong)(text.Length - (skip >= 0 ? 1 : 0))) * Prime;
    }
}
