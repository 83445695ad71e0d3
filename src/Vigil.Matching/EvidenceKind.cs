namespace Vigil.Matching;

/// <summary>What a piece of evidence beyond the name compares.</summary>
/// <remarks>The numbers are stable.</remarks>
public enum EvidenceKind
{
    /// <summary>The traveler's date of birth against the subject's listed dates of birth.</summary>
    DateOfBirth = 1,

    /// <summary>The traveler's nationality against the subject's listed nationalities.</summary>
    Nationality = 2,

    /// <summary>The traveler's gender against the subject's.</summary>
    Gender = 3,
}
