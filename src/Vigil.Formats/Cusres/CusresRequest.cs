using Vigil.Formats.Edifact;
using Vigil.Formats.Paxlst;

namespace Vigil.Formats.Cusres;

/// <summary>What the answer needs of the request it answers: its interchange envelope and message identification.</summary>
/// <remarks>
/// <para>
/// The answer goes back the way the request came: <see cref="Sender"/> (the carrier) is the answer's recipient and
/// <see cref="Recipient"/> (the authority) its sender; it is written in the request's character set and syntax
/// version, with the request's service characters, application reference and test indicator, and in a functional
/// group when the request had one. Null values were not in the request.
/// </para>
/// <para>
/// The request is named three ways in the answer: its UNH message reference is the answer's (UNH and UNT element 1),
/// its interchange control reference is the answer's common access reference (UNH element 3), and its transaction
/// number is repeated in RFF+TN.
/// </para>
/// </remarks>
public sealed record CusresRequest
{
    /// <summary>The sender of the request (UNB element 2): the carrier, to whom the answer goes.</summary>
    public required CusresParty Sender { get; init; }

    /// <summary>The recipient of the request (UNB element 3): the authority, who sends the answer.</summary>
    public required CusresParty Recipient { get; init; }

    /// <summary>The request's interchange control reference (UNB element 5).</summary>
    public string? ControlReference { get; init; }

    /// <summary>The request's syntax identifier, such as <c>UNOA</c>, <c>UNOB</c> or <c>UNOC</c>. Null, or one Vigil
    /// cannot write, is answered in <c>UNOA</c>.</summary>
    public string? SyntaxIdentifier { get; init; }

    /// <summary>The request's syntax version number, such as <c>4</c>. Null, or not a number, is answered in version
    /// 4.</summary>
    public string? SyntaxVersion { get; init; }

    /// <summary>The service characters of the request, which the answer uses too.</summary>
    public ServiceCharacters ServiceCharacters { get; init; } = ServiceCharacters.Default;

    /// <summary>True when the request started with UNA: the answer does too. The answer also does when
    /// <see cref="ServiceCharacters"/> are not the defaults.</summary>
    public bool HasServiceStringAdvice { get; init; }

    /// <summary>The request's application reference (UNB element 7), such as <c>IAPI</c>, repeated in the answer.</summary>
    public string? ApplicationReference { get; init; }

    /// <summary>True when the request was a test interchange (UNB element 11 is 1): so is the answer.</summary>
    public bool IsTest { get; init; }

    /// <summary>True when the request's message was in a functional group (UNG ... UNE): so is the answer's.</summary>
    public bool HasFunctionalGroup { get; init; }

    /// <summary>The request's message reference (UNH element 1), or null.</summary>
    public string? MessageReference { get; init; }

    /// <summary>The request's transaction number (RFF+TN), or null.</summary>
    public string? TransactionReference { get; init; }

    /// <summary>The request as the PAXLST reader gave it.</summary>
    /// <param name="interchange">The request's UNB, read; its sender and recipient must be known.</param>
    /// <param name="message">The message answered, or null when none could be read.</param>
    /// <exception cref="ArgumentException">The interchange names no sender or no recipient.</exception>
    internal static CusresRequest From(EdifactInterchange interchange, PaxlstMessage? message)
    {
        if (interchange.Sender is null || interchange.Recipient is null)
        {
            throw new ArgumentException(
                "The request's UNB names no sender or no recipient: answer it with CusresAnswer.ForUnreadableRequest and the parties the connection gives.",
                nameof(interchange));
        }

        return From(interchange, message, new CusresParty(interchange.Sender, interchange.SenderQualifier),
            new CusresParty(interchange.Recipient, interchange.RecipientQualifier));
    }

    /// <summary>The request as the PAXLST reader gave it, with the parties given when UNB does not name them.</summary>
    internal static CusresRequest From(EdifactInterchange? interchange, PaxlstMessage? message, CusresParty carrier, CusresParty authority) => new()
    {
        Sender = interchange?.Sender is { } sender ? new CusresParty(sender, interchange.SenderQualifier) : carrier,
        Recipient = interchange?.Recipient is { } recipient ? new CusresParty(recipient, interchange.RecipientQualifier) : authority,
        ControlReference = interchange?.ControlReference,
        SyntaxIdentifier = interchange?.SyntaxIdentifier,
        SyntaxVersion = interchange?.SyntaxVersion,
        ServiceCharacters = interchange?.ServiceCharacters ?? ServiceCharacters.Default,
        HasServiceStringAdvice = interchange?.HasServiceStringAdvice ?? false,
        ApplicationReference = interchange?.ApplicationReference,
        IsTest = interchange?.IsTest ?? false,
        HasFunctionalGroup = message?.Header.GroupReference is not null,
        MessageReference = message?.Header.Reference,
        TransactionReference = message?.TransactionReference,
    };
}
