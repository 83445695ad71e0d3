using System.Data.Common;
using Vigil.Screening.Access;
using Vigil.Screening.Audit;
using Vigil.Screening.Checks;
using Vigil.Screening.Messages;

namespace Vigil.Storage.Tests;

public abstract partial class CheckStoreContractTests
{
    [Fact]
    public async Task Fifty_concurrent_single_check_writes_are_all_stored_in_one_contiguous_chain()
    {
        NewCheck[] checks = [.. Enumerable.Range(0, 50).Select(i => Check($"PAX-{i:D2}", i % 5 == 0 ? Contact : null))];
        TaskCompletionSource start = new(TaskCreationOptions.RunContinuationsAsynchronously);
        Task[] writes = [.. checks.Select(async check =>
        {
            await start.Task;
            await Checks.RecordAsync([check], Entry(check.CheckId), Ct);
        })];

        start.SetResult();
        await Task.WhenAll(writes);

        Assert.Equal(50, await QueryNumberAsync("SELECT count(*) FROM checks"));
        Assert.Equal(10, await QueryNumberAsync("SELECT count(*) FROM review_items"));
        IReadOnlyList<AuditRecord> rows = await Audit.ReadAsync(new AuditQuery(), Ct);
        Assert.Equal(Enumerable.Range(1, 50).Select(i => (long)i), rows.Select(r => r.Sequence));
        Assert.Equal(checks.Select(c => c.CheckId).Order(StringComparer.Ordinal), rows.Select(r => r.Entry.Records).Order(StringComparer.Ordinal));
        AuditVerification verification = await Audit.VerifyAsync(Ct);
        Assert.Equal((50L, rows[^1].Hash, (AuditFault?)null), (verification.RowsVerified, verification.HeadHash, verification.Fault));
    }

    [Fact]
    public async Task A_failing_write_fails_alone_while_the_writes_committed_with_it_succeed()
    {
        NewCheck taken = Check("PAX-TAKEN");
        await RecordAsync(taken);
        MessageRecord quarantined = await ReceiveMessageAsync("REF0001", readable: false);
        NewCheck[] good = [.. Enumerable.Range(0, 30).Select(i => Check($"PAX-{i:D2}"))];
        TaskCompletionSource start = new(TaskCreationOptions.RunContinuationsAsynchronously);
        async Task Gated(Func<Task> write)
        {
            await start.Task;
            await write();
        }

        Task[] goodWrites = [.. good.Select(check => Gated(() => Checks.RecordAsync([check], Entry(check.CheckId), Ct)))];

        // The same check id again: refused by the database, at the insert or at the commit.
        Task duplicate = Gated(() => Checks.RecordAsync([taken with { TravelerId = "PAX-AGAIN" }], Entry("duplicate"), Ct));

        // A message that is not to be screened: refused by the store's own check.
        Task screening = Gated(() => Checks.RecordScreenedMessageAsync(quarantined.Id, Summary, [Check("PAX-Q")], Entry("screening"), Ct));
        start.SetResult();

        await Task.WhenAll(goodWrites);
        await Assert.ThrowsAnyAsync<DbException>(() => duplicate);
        await Assert.ThrowsAsync<MessageStateException>(() => screening);
        Assert.Equal(31, await QueryNumberAsync("SELECT count(*) FROM checks"));
        Assert.Equal(0, await QueryNumberAsync("SELECT count(*) FROM checks WHERE traveler_id IN ('PAX-AGAIN', 'PAX-Q')"));
        IReadOnlyList<AuditRecord> rows = await Audit.ReadAsync(new AuditQuery(), Ct);
        Assert.Equal(Enumerable.Range(1, 31).Select(i => (long)i), rows.Select(r => r.Sequence));
        Assert.DoesNotContain(rows, r => r.Entry.Records is "duplicate" or "screening");
        Assert.True((await Audit.VerifyAsync(Ct)).IsIntact);
    }

    [Fact]
    public async Task Two_processes_appending_at_once_keep_one_valid_chain()
    {
        await using VigilStoreSet other = await VigilStores.OpenAsync(DatabaseSpec, Time, Ct);
        TaskCompletionSource start = new(TaskCreationOptions.RunContinuationsAsynchronously);
        Task[] writes = [.. Enumerable.Range(0, 80).Select(async i =>
        {
            VigilStoreSet process = i % 2 == 0 ? Stores : other;
            await start.Task;
            if (i % 4 < 2)
            {
                await process.Audit.AppendAsync(Entry($"subject:{i}", "subject.read", $"cli:node{i % 2}"), Ct);
            }
            else
            {
                NewCheck check = Check($"PAX-{i:D2}");
                await process.Checks.RecordAsync([check], Entry(check.CheckId, actor: $"key:node{i % 2}"), Ct);
            }
        })];

        start.SetResult();
        await Task.WhenAll(writes);

        IReadOnlyList<AuditRecord> rows = await other.Audit.ReadAsync(new AuditQuery(), Ct);
        Assert.Equal(Enumerable.Range(1, 80).Select(i => (long)i), rows.Select(r => r.Sequence));
        Assert.Equal(["cli:node0", "cli:node1", "key:node0", "key:node1"], rows.Select(r => r.Entry.Actor).Distinct().Order(StringComparer.Ordinal));
        AuditVerification verification = await Audit.VerifyAsync(Ct);
        Assert.Equal((80L, rows[^1].Hash, (AuditFault?)null), (verification.RowsVerified, verification.HeadHash, verification.Fault));
    }

    [Fact]
    public async Task Writes_queued_when_the_stores_are_disposed_are_committed_first()
    {
        VigilStoreSet other = await VigilStores.OpenAsync(DatabaseSpec, Time, Ct);
        NewCheck[] checks = [.. Enumerable.Range(0, 20).Select(i => Check($"PAX-{i:D2}"))];
        Task[] writes = [.. checks.Select(check => other.Checks.RecordAsync([check], Entry(check.CheckId), Ct))];

        await other.DisposeAsync();

        // Counted before the writes are awaited: disposing returned once they were committed.
        Assert.Equal(20, await QueryNumberAsync("SELECT count(*) FROM checks"));
        await Task.WhenAll(writes);
        await Assert.ThrowsAsync<ObjectDisposedException>(() => other.Checks.RecordAsync([Check("PAX-LATE")], Entry("late"), Ct));
    }

    [Fact]
    public async Task Write_cancelled_before_it_starts_is_not_stored()
    {
        using CancellationTokenSource cancelled = new();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Checks.RecordAsync([Check("PAX-1")], Entry("cancelled"), cancelled.Token));
        await Audit.AppendAsync(Entry("after"), Ct);

        Assert.Equal(0, await QueryNumberAsync("SELECT count(*) FROM checks"));
        Assert.Equal(["after"], (await Audit.ReadAsync(new AuditQuery(), Ct)).Select(r => r.Entry.Records));
    }

    [Fact]
    public async Task Stores_opened_one_by_one_write_to_the_same_chain()
    {
        await using ICheckStore checks = await CheckStores.OpenAsync(DatabaseSpec, Time, Ct);
        await using IAuditLog audit = await AuditLogs.OpenAsync(DatabaseSpec, Time, Ct);
        await using IAccessKeyStore keys = await AccessKeyStores.OpenAsync(DatabaseSpec, Time, Ct);
        NewCheck check = Check("PAX-1");

        await checks.RecordAsync([check], Entry(check.CheckId), Ct);
        await audit.AppendAsync(Entry("subject:V1", "subject.read"), Ct);
        await keys.CreateAsync(Key("vg1"), Entry("key:vg1", "key.create", "cli:admin"), Ct);

        Assert.Equal("PAX-1", (await Checks.GetAsync(check.CheckId, Ct))?.TravelerId);
        Assert.Equal("Vigil Air gateway", (await Keys.FindAsync("vg1", Ct))?.Key.Name);
        Assert.Equal([check.CheckId, "subject:V1", "key:vg1"], (await Audit.ReadAsync(new AuditQuery(), Ct)).Select(r => r.Entry.Records));
        Assert.Equal(3L, (await audit.VerifyAsync(Ct)).RowsVerified);
    }
}
