namespace Vigil.Formats.Edifact;

/// <summary>The interchange header (UNB), with the service characters in force.</summary>
/// <remarks>Values are as sent, trimmed; null when absent.</remarks>
public sealed record EdifactInterchange
{
    /// <summary>The syntax identifier: the character set, such as <c>UNOA</c>, <c>UNOC</c>, <c>UNOW</c> or <c>IATA</c>.</summary>
    public string? SyntaxIdentifier { get; init; }

    /// <summary>The syntax version number, such as <c>4</c> (or <c>1</c> for IATA).</summary>
    public string? SyntaxVersion { get; init; }

    /// <summary>The sender identification.</summary>
    public string? Sender { get; init; }

    /// <summary>The sender's identification code qualifier (<c>ZZ</c> mutually defined...).</summary>
    public string? SenderQualifier { get; init; }

    /// <summary>The recipient identification.</summary>
    public string? Recipient { get; init; }

    /// <summary>The recipient's identification code qualifier.</summary>
    public string? RecipientQualifier { get; init; }

    /// <summary>The interchange control reference, repeated in UNZ.</summary>
    public string? ControlReference { get; init; }

    /// <summary>The date and time of preparation, local to the sender.</summary>
    public LocalDateTime? PreparedAt { get; init; }

    /// <summary>The application reference (UNB element 7), such as <c>APIS</c>.</summary>
    public string? ApplicationReference { get; init; }

    /// <summary>True when the test indicator (UNB element 11) is 1.</summary>
    public bool IsTest { get; init; }

    /// <summary>The service characters in force.</summary>
    public ServiceCharacters ServiceCharacters { get; init; } = ServiceCharacters.Default;

    /// <summary>True when the interchange started with a UNA segment.</summary>
    public bool HasServiceStringAdvice { get; init; }

    /// <summary>The UNZ message (or group) count as sent, or null when absent.</summary>
    public int? DeclaredCount { get; init; }
}
