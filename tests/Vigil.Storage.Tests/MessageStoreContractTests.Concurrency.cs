using Vigil.Screening.Messages;

namespace Vigil.Storage.Tests;

public abstract partial class MessageStoreContractTests
{
    // Processes (stores with their own connection pools) and tasks per process racing to record one message.
    private const int Nodes = 4;
    private const int TasksPerNode = 3;
    private const int Rounds = 5;

    [Fact]
    public async Task Nodes_recording_the_same_message_at_once_store_exactly_one_that_is_not_a_duplicate()
    {
        await RaceAsync(round => (Paxlst($"RACE{round}"), Valid($"RACE{round}")));
    }

    [Fact]
    public async Task Nodes_recording_one_interchange_with_different_bytes_at_once_store_exactly_one_that_is_not_a_duplicate()
    {
        await RaceAsync(round =>
        {
            // Each racer gets its own bytes (a different traveler), under the same sender and control reference.
            string traveler = $"DOE:RACER{Guid.NewGuid():N}";
            return (Paxlst($"RACE{round}", traveler), Valid($"RACE{round}"));
        });
    }

    [Fact]
    public async Task Nodes_replaying_one_quarantined_message_at_once_record_each_attempt_or_refuse_it()
    {
        RecordedMessage quarantined = await RecordAsync(Paxlst("REF0001"), Unreadable());
        IMessageStore[] nodes = await OpenNodesAsync();
        try
        {
            TaskCompletionSource start = new(TaskCreationOptions.RunContinuationsAsynchronously);
            Task<RecordedMessage>[] replays = [.. nodes.Select(async node =>
            {
                await start.Task;
                return await node.ReplayCorrectedAsync(quarantined.Message.Id, Incoming(Paxlst("REF0001", $"DOE:FIX{Guid.NewGuid():N}"), Valid("REF0001")), Ct);
            })];
            start.SetResult();
            List<RecordedMessage> winners = [];
            int refused = 0;
            foreach (Task<RecordedMessage> replay in replays)
            {
                try
                {
                    winners.Add(await replay);
                }
                catch (MessageStateException)
                {
                    // The message was replayed by another node first.
                    refused++;
                }
            }

            // Exactly one correction wins; the others changed nothing.
            RecordedMessage winner = Assert.Single(winners);
            Assert.Equal(Nodes - 1, refused);
            MessageRecord original = (await Store.GetAsync(quarantined.Message.Id, Ct))!.Message;
            Assert.Equal((MessageState.Replayed, winner.Message.Id), (original.State, original.ReplacedBy));
            Assert.Equal(2, await QueryNumberAsync("SELECT count(*) FROM messages"));
            Assert.Equal(3, await QueryNumberAsync("SELECT count(*) FROM message_history"));
        }
        finally
        {
            foreach (IMessageStore node in nodes)
            {
                await node.DisposeAsync();
            }
        }
    }

    private async Task<IMessageStore[]> OpenNodesAsync() =>
        await Task.WhenAll(Enumerable.Range(0, Nodes).Select(_ => MessageStores.OpenAsync(DatabaseSpec, Time, Ct)));

    /// <summary>Several nodes record the messages of a round at the same moment; checks each round's outcome.</summary>
    private async Task RaceAsync(Func<int, (byte[] Content, MessageParse Parse)> message)
    {
        IMessageStore[] nodes = await OpenNodesAsync();
        try
        {
            for (int round = 0; round < Rounds; round++)
            {
                (byte[] Content, MessageParse Parse)[] copies = [.. Enumerable.Range(0, Nodes * TasksPerNode).Select(_ => message(round))];
                TaskCompletionSource start = new(TaskCreationOptions.RunContinuationsAsynchronously);
                Task<RecordedMessage>[] racers = [.. copies.Select(async (copy, i) =>
                {
                    // Released together, so the inserts really overlap.
                    await start.Task;
                    return await nodes[i % Nodes].RecordAsync(Incoming(copy.Content, copy.Parse), Ct);
                })];
                start.SetResult();
                RecordedMessage[] recorded = await Task.WhenAll(racers);

                RecordedMessage first = Assert.Single(recorded, r => !r.IsDuplicate);
                Assert.Equal(MessageState.Received, first.Message.State);
                Assert.All(recorded.Where(r => r.IsDuplicate), r =>
                {
                    Assert.Equal(first.Message.Id, r.Message.DuplicateOf);
                    Assert.Equal(first.Message.Id, r.Original?.Id);
                });
            }

            Assert.Equal(Rounds * Nodes * TasksPerNode, await QueryNumberAsync("SELECT count(*) FROM messages"));
            Assert.Equal(Rounds, await QueryNumberAsync("SELECT count(*) FROM messages WHERE duplicate_of IS NULL"));
            Assert.Equal(Rounds * Nodes * TasksPerNode, await QueryNumberAsync("SELECT count(*) FROM message_history"));
        }
        finally
        {
            foreach (IMessageStore node in nodes)
            {
                await node.DisposeAsync();
            }
        }
    }
}
