using Vigil.Screening.Flights;

namespace Vigil.Screening.Messages;

/// <summary>What taking in one message gave.</summary>
/// <param name="Message">What reading it gave: outcome, issues, travelers.</param>
/// <param name="Disposition">What became of it.</param>
public sealed record MessageIntakeResult(ReadMessage Message, IntakeDisposition Disposition)
{
    /// <summary>The message as stored, or null when it was not recorded.</summary>
    public MessageRecord? Stored { get; init; }

    /// <summary>For a duplicate, the message it repeats.</summary>
    public MessageRecord? Original { get; init; }

    /// <summary>The screened travelers, in message order; empty unless <see cref="IntakeDisposition.Screened"/>.</summary>
    public IReadOnlyList<ScreenedTraveler> Travelers { get; init; } = [];

    /// <summary>Travelers sent for review (best hit at or above the threshold).</summary>
    public int Review { get; init; }

    /// <summary>Travelers cleared.</summary>
    public int Clear { get; init; }

    /// <summary>The review threshold used.</summary>
    public double Threshold { get; init; }

    /// <summary>How long reading the bytes took.</summary>
    public TimeSpan ParseTime { get; init; }

    /// <summary>How long screening the travelers took.</summary>
    public TimeSpan ScreenTime { get; init; }

    /// <summary>Errors among the issues.</summary>
    public int ErrorCount => Message.Issues.Count(i => i.IsError);
}
