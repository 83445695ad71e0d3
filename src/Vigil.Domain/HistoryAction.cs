namespace Vigil.Domain;

/// <summary>What a history entry records.</summary>
/// <remarks>Values are stored; never renumber them.</remarks>
public enum HistoryAction
{
    /// <summary>The subject entered the list (import or manual entry).</summary>
    Added = 1,

    /// <summary>A new version of the list changed the subject.</summary>
    Changed = 2,

    /// <summary>A new version of the list no longer has the subject.</summary>
    Removed = 3,

    /// <summary>A custody or legal status entry was recorded.</summary>
    StatusChanged = 4,

    /// <summary>An analyst edited the subject by hand.</summary>
    Edited = 5,

    /// <summary>A relation to another subject was recorded or removed by hand.</summary>
    RelationsChanged = 6,
}
