namespace Vigil.Matching.Indexing;

/// <summary>The index keys of a sound skeleton: the skeleton itself and, when it is long enough for a typo to
/// leave it recognisable, each form of it with one letter deleted.</summary>
/// <remarks>Two skeletons one substitution, insertion, deletion or adjacent swap apart always share a key.</remarks>
internal static class Keys
{
    /// <summary>Every key a part is posted under or looked up by: its skeleton's neighbourhood, the one-deletion
    /// neighbourhood of its spelling (a typo that changes the skeleton by more than one sound, such as a swap of
    /// two consonants written with digraphs), and the key of the name after an "Abd" prefix.</summary>
    public static IEnumerable<string> Of(NamePart part)
    {
        foreach (string key in Neighbourhood(part.Key))
        {
            yield return key;
        }

        if (part.Text.Length >= 5)
        {
            yield return "#" + part.Text;
            for (int i = 0; i < part.Text.Length; i++)
            {
                yield return "#" + string.Concat(part.Text.AsSpan(0, i), part.Text.AsSpan(i + 1));
            }
        }

        if (part.TailKey is { Length: >= 3 } tail)
        {
            yield return tail;
        }
    }

    public static IEnumerable<string> Neighbourhood(string key)
    {
        if (key.Length == 0)
        {
            yield break;
        }

        yield return key;
        if (key.Length < 4)
        {
            yield break;
        }

        for (int i = 0; i < key.Length; i++)
        {
            yield return string.Concat(key.AsSpan(0, i), key.AsSpan(i + 1));
        }
    }
}
