namespace Vigil.Domain;

/// <summary>How much a listed name can be relied on to identify the subject.</summary>
public enum NameQuality
{
    /// <summary>The name the list files the subject under.</summary>
    Primary = 1,

    /// <summary>An alias the list deems sufficient to identify (UN "Good", OFAC aka/fka/nka).</summary>
    StrongAlias = 2,

    /// <summary>A weak alias or a.k.a. (UN "Low", OFAC weak aka), often a nickname or kunya.</summary>
    WeakAlias = 3,

    /// <summary>The name in its original script, as the list gives it (UN NAME_ORIGINAL_SCRIPT).</summary>
    OriginalScript = 4,
}
