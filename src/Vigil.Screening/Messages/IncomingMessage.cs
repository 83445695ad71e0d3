namespace Vigil.Screening.Messages;

/// <summary>A message as received, with what parsing it gave, to be recorded in the store.</summary>
/// <param name="Format">The format it was parsed as (see <see cref="MessageFormats"/>).</param>
/// <param name="SourceName">Where it came from: a file name or a channel.</param>
/// <param name="Content">The bytes exactly as received.</param>
/// <param name="Actor">Who or what received it (a user name, a gateway), for the history.</param>
/// <param name="Parse">What parsing the bytes gave.</param>
public sealed record IncomingMessage(string Format, string SourceName, ReadOnlyMemory<byte> Content, string Actor, MessageParse Parse);
