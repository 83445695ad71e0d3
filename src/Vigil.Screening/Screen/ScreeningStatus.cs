namespace Vigil.Screening.Screen;

/// <summary>What screening decided for one line of a traveler file.</summary>
public enum ScreeningStatus
{
    /// <summary>No hit reaches the review threshold: the traveler goes on.</summary>
    Clear = 0,

    /// <summary>The best hit reaches the review threshold: an analyst must look.</summary>
    Review = 1,

    /// <summary>The line could not be read as a traveler; it was not screened.</summary>
    Error = 2,
}
