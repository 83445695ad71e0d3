namespace Vigil.Screening.Checks;

/// <summary>A review item moved (another decision was stored, or it was withdrawn) between reading it and storing a
/// decision on it: nothing was stored.</summary>
public sealed class ReviewConflictException : Exception
{
    /// <summary>Creates the exception.</summary>
    public ReviewConflictException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public ReviewConflictException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and its cause.</summary>
    public ReviewConflictException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception for one item.</summary>
    public ReviewConflictException(long reviewId)
        : base($"Review item {reviewId} was decided by someone else meanwhile.") => ReviewId = reviewId;

    /// <summary>The item.</summary>
    public long ReviewId { get; }
}
