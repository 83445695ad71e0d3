using System.Collections.Immutable;

namespace Vigil.Screening.Messages;

/// <summary>A stored message whole: its record, its bytes exactly as received, its issues and its history.</summary>
/// <param name="Message">The record.</param>
/// <param name="Content">The bytes as received.</param>
/// <param name="IssuesJson">The issues of the latest parse, as given to the store.</param>
/// <param name="History">Everything that happened to it, oldest first.</param>
public sealed record MessageDetail(MessageRecord Message, ReadOnlyMemory<byte> Content, string IssuesJson, ImmutableArray<MessageHistoryEntry> History);
