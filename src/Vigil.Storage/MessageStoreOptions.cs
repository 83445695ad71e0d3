using Vigil.Screening.Messages;

namespace Vigil.Storage;

/// <summary>Settings of a message store.</summary>
public sealed record MessageStoreOptions
{
    /// <summary>The largest message accepted, in bytes: 10 MiB by default (<see cref="MessageContent.DefaultMaxBytes"/>).</summary>
    public long MaxMessageBytes { get; init; } = MessageContent.DefaultMaxBytes;
}
