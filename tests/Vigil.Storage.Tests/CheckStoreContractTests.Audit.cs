using System.Globalization;
using Vigil.Screening.Audit;

namespace Vigil.Storage.Tests;

public abstract partial class CheckStoreContractTests
{
    [Fact]
    public async Task Appended_entries_come_back_in_order_and_the_chain_verifies()
    {
        AuditEntry[] entries =
        [
            new("cli:alice", "list.import", "list:un"),
            new("key:vg1", "check.create", "chk_0001") { Detail = """{"travelers":1}""" },
            new("cli:bob", "subject.read", ""),
        ];
        foreach (AuditEntry entry in entries)
        {
            await Audit.AppendAsync(entry, Ct);
            Time.Advance(TimeSpan.FromSeconds(1));
        }

        IReadOnlyList<AuditRecord> rows = await Audit.ReadAsync(new AuditQuery(), Ct);
        AuditVerification verification = await Audit.VerifyAsync(Ct);

        Assert.Equal(entries, rows.Select(r => r.Entry));
        Assert.Equal([1L, 2L, 3L], rows.Select(r => r.Sequence));
        Assert.Equal([Start, Start.AddSeconds(1), Start.AddSeconds(2)], rows.Select(r => r.At));
        Assert.Equal([AuditChain.Genesis, rows[0].Hash, rows[1].Hash], rows.Select(r => r.PreviousHash));
        Assert.All(rows, r => Assert.Equal(AuditChain.HashOf(r.Sequence, r.At, r.Entry, r.PreviousHash), r.Hash));
        Assert.Equal((3L, rows[2].Hash, (AuditFault?)null), (verification.RowsVerified, verification.HeadHash, verification.Fault));
    }

    [Fact]
    public async Task Empty_chain_verifies_with_the_genesis_hash()
    {
        AuditVerification verification = await Audit.VerifyAsync(Ct);

        Assert.Equal((0L, AuditChain.Genesis, true), (verification.RowsVerified, verification.HeadHash, verification.IsIntact));
    }

    [Fact]
    public async Task Audit_time_is_kept_to_the_microsecond_so_its_hash_verifies_after_a_round_trip()
    {
        // 7 ticks below the microsecond: kept by SQLite's text, not by PostgreSQL's timestamptz.
        Time.SetUtcNow(Start.AddTicks(12_345_677));

        await Audit.AppendAsync(Entry("subject:V1", "subject.read"), Ct);

        AuditRecord row = Assert.Single(await Audit.ReadAsync(new AuditQuery(), Ct));
        Assert.Equal(Start.AddTicks(12_345_670), row.At);
        Assert.True((await Audit.VerifyAsync(Ct)).IsIntact);
    }

    [Fact]
    public async Task Audit_rows_are_read_by_time_and_actor_the_newest_when_more_match()
    {
        string[] actors = ["cli:alice", "cli:bob", "cli:alice", "cli:alice"];
        foreach (string actor in actors)
        {
            await Audit.AppendAsync(Entry("subject:V1", "subject.read", actor), Ct);
            Time.Advance(TimeSpan.FromMinutes(1));
        }

        async Task<long[]> SequencesAsync(AuditQuery query) => [.. (await Audit.ReadAsync(query, Ct)).Select(r => r.Sequence)];

        Assert.Equal(new long[] { 2, 3, 4 }, await SequencesAsync(new AuditQuery(Since: Start.AddMinutes(1))));
        Assert.Equal(new long[] { 1, 3, 4 }, await SequencesAsync(new AuditQuery(Actor: "cli:alice")));
        Assert.Equal(new long[] { 3, 4 }, await SequencesAsync(new AuditQuery(Actor: "cli:alice", Limit: 2)));
        Assert.Equal(new long[] { 4 }, await SequencesAsync(new AuditQuery(Limit: 1)));
        Assert.Empty(await SequencesAsync(new AuditQuery(Since: Start.AddMinutes(2), Actor: "cli:bob")));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => Audit.ReadAsync(new AuditQuery(Limit: 0), Ct));
    }

    [Fact]
    public async Task Edited_row_is_named_as_edited()
    {
        IReadOnlyList<AuditRecord> rows = await AppendRowsAsync(5);

        await ExecuteSqlAsync("UPDATE audit_log SET actor = 'cli:mallory' WHERE sequence = 3");

        AssertFault(await Audit.VerifyAsync(Ct), rows[1], 3, AuditTamper.Edited);
    }

    [Fact]
    public async Task Deleted_middle_row_is_named_at_the_row_after_the_gap()
    {
        IReadOnlyList<AuditRecord> rows = await AppendRowsAsync(5);

        await ExecuteSqlAsync("DELETE FROM audit_log WHERE sequence = 3");

        AssertFault(await Audit.VerifyAsync(Ct), rows[1], 4, AuditTamper.Deleted);
    }

    [Fact]
    public async Task Forged_row_before_the_first_is_named_as_inserted()
    {
        await AppendRowsAsync(3);
        AuditEntry forged = new("cli:mallory", "key.create", "key:backdoor");

        await InsertRowAsync(0, Start, forged, AuditChain.Genesis, AuditChain.HashOf(0, Start, forged, AuditChain.Genesis));

        AuditVerification verification = await Audit.VerifyAsync(Ct);
        Assert.Equal((0L, AuditChain.Genesis), (verification.RowsVerified, verification.HeadHash));
        Assert.Equal((0L, AuditTamper.Inserted), (verification.Fault?.Sequence, verification.Fault?.Kind));
    }

    [Fact]
    public async Task Forged_row_slipped_between_two_rows_breaks_the_chain_at_the_row_after_it()
    {
        IReadOnlyList<AuditRecord> rows = await AppendRowsAsync(5);
        AuditEntry forged = new("cli:mallory", "key.create", "key:backdoor");

        // A careful forger: later rows move up to make room, and the forged row links to row 2 with a valid hash.
        await ExecuteSqlAsync("UPDATE audit_log SET sequence = -sequence WHERE sequence >= 3");
        await ExecuteSqlAsync("UPDATE audit_log SET sequence = 1 - sequence WHERE sequence < 0");
        string forgedHash = AuditChain.HashOf(3, Start.AddSeconds(2), forged, rows[1].Hash);
        await InsertRowAsync(3, Start.AddSeconds(2), forged, rows[1].Hash, forgedHash);

        AuditVerification verification = await Audit.VerifyAsync(Ct);

        // The forged row itself cannot be told from a real one; the row it pushed down no longer links.
        Assert.Equal((3L, forgedHash), (verification.RowsVerified, verification.HeadHash));
        Assert.Equal((4L, AuditTamper.Edited), (verification.Fault?.Sequence, verification.Fault?.Kind));
    }

    [Fact]
    public async Task Swapped_rows_are_named_at_the_first_moved_row()
    {
        IReadOnlyList<AuditRecord> rows = await AppendRowsAsync(5);

        await SwapRowsAsync(3, 4);

        // Each row's hash covers its sequence: a moved row no longer matches it.
        AssertFault(await Audit.VerifyAsync(Ct), rows[1], 3, AuditTamper.Edited);
    }

    [Fact]
    public async Task Swapped_and_rehashed_rows_are_named_as_reordered()
    {
        IReadOnlyList<AuditRecord> rows = await AppendRowsAsync(5);

        // A forger who rehashes each moved row for its new place, but cannot relink the chain without rewriting
        // every later row.
        await SwapRowsAsync(3, 4);
        await ExecuteSqlAsync($"UPDATE audit_log SET hash = '{AuditChain.HashOf(3, rows[3].At, rows[3].Entry, rows[3].PreviousHash)}' WHERE sequence = 3");
        await ExecuteSqlAsync($"UPDATE audit_log SET hash = '{AuditChain.HashOf(4, rows[2].At, rows[2].Entry, rows[2].PreviousHash)}' WHERE sequence = 4");

        AssertFault(await Audit.VerifyAsync(Ct), rows[1], 3, AuditTamper.Reordered);
    }

    private static void AssertFault(AuditVerification verification, AuditRecord lastGood, long sequence, AuditTamper kind)
    {
        Assert.False(verification.IsIntact);
        Assert.Equal((lastGood.Sequence, lastGood.Hash), (verification.RowsVerified, verification.HeadHash));
        Assert.Equal((sequence, kind), (verification.Fault?.Sequence, verification.Fault?.Kind));
    }

    /// <summary>Appends rows one second apart, each naming its subject, and reads them back.</summary>
    private async Task<IReadOnlyList<AuditRecord>> AppendRowsAsync(int count)
    {
        for (int i = 1; i <= count; i++)
        {
            await Audit.AppendAsync(Entry($"subject:V{i}", "subject.read", "cli:alice"), Ct);
            Time.Advance(TimeSpan.FromSeconds(1));
        }

        IReadOnlyList<AuditRecord> rows = await Audit.ReadAsync(new AuditQuery(), Ct);
        Assert.True((await Audit.VerifyAsync(Ct)).IsIntact);
        return rows;
    }

    /// <summary>Exchanges the places of two rows, as direct SQL on the database would.</summary>
    private async Task SwapRowsAsync(long first, long second)
    {
        await ExecuteSqlAsync($"UPDATE audit_log SET sequence = -1 WHERE sequence = {first}");
        await ExecuteSqlAsync($"UPDATE audit_log SET sequence = {first} WHERE sequence = {second}");
        await ExecuteSqlAsync($"UPDATE audit_log SET sequence = {second} WHERE sequence = -1");
    }

    private Task InsertRowAsync(long sequence, DateTimeOffset at, AuditEntry entry, string previousHash, string hash) =>
        // The time is written as both engines read it: fixed-width UTC text, which PostgreSQL parses as timestamptz.
        ExecuteSqlAsync(
            $"INSERT INTO audit_log (sequence, at, actor, action, records, detail, previous_hash, hash) VALUES ({sequence}, "
            + $"'{at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture)}', "
            + $"'{entry.Actor}', '{entry.Action}', '{entry.Records}', NULL, '{previousHash}', '{hash}')");
}
