using Vigil.Domain;
using Vigil.Matching;
using Vigil.Screening.Screen;

namespace Vigil.Storage.Tests;

public abstract partial class WatchListStoreContractTests
{
    [Fact]
    public async Task The_index_of_the_lists_is_reused_until_a_list_changes()
    {
        Subject first = Person("1", "Harith Nabil QASSIMANI");
        await ImportAsync("sha-1", first);
        using WatchListIndexCache cache = new(Store, Time);

        CachedIndex built = await cache.GetAsync([ListName], Ct);
        CachedIndex again = await cache.GetAsync([ListName], Ct);
        await ImportAsync("sha-1b", first);
        CachedIndex afterNoOp = await cache.GetAsync([ListName], Ct);

        Assert.True(built.Rebuilt);
        Assert.False(again.Rebuilt);
        Assert.Same(built.Index, again.Index);
        Assert.Same(built.Index, afterNoOp.Index);
        Assert.Empty(built.Index.Match(new MatchQuery("Tamim Fawaz BURQANI", null, null)));

        await ImportAsync("sha-2", first, Person("2", "Tamim Fawaz BURQANI"));
        CachedIndex afterImport = await cache.GetAsync([ListName], Ct);

        Assert.True(afterImport.Rebuilt);
        Assert.NotSame(built.Index, afterImport.Index);
        Assert.Equal("2", afterImport.Index.Match(new MatchQuery("Tamim Fawaz BURQANI", null, null))[0].Subject.Listing.SourceId);

        await Store.AddCustodyStatusAsync(first.Id, new CustodyStatus(CustodyState.Detained, PartialDate.OfYear(2025)), "analyst", Ct);
        CachedIndex afterCustody = await cache.GetAsync([ListName], Ct);

        Assert.True(afterCustody.Rebuilt);
        Assert.Equal(CustodyState.Detained, afterCustody.Index.Match(new MatchQuery("Harith Nabil QASSIMANI", null, null))[0].Subject.CustodyHistory[^1].State);
    }

    [Fact]
    public async Task A_list_version_moves_with_every_change_and_only_then()
    {
        Subject first = Person("1", "Harith Nabil QASSIMANI");
        Assert.Empty(await Store.GetVersionsAsync(Ct));

        await ImportAsync("sha-1", first);
        long imported = (await Store.GetVersionsAsync(Ct))[ListName];
        await ImportAsync("sha-1b", first);
        long afterNoOp = (await Store.GetVersionsAsync(Ct))[ListName];
        await Store.AddCustodyStatusAsync(first.Id, new CustodyStatus(CustodyState.Released, PartialDate.OfYear(2026)), "analyst", Ct);
        long afterCustody = (await Store.GetVersionsAsync(Ct))[ListName];

        Assert.True(imported > 0);
        Assert.Equal(imported, afterNoOp);
        Assert.True(afterCustody > imported);
        IReadOnlyList<HistoryEntry> newest = await Store.GetHistoryAsync(new Screening.Lists.HistoryQuery(ListName, null, Limit: 1), Ct);
        Assert.Equal(newest[0].Id, afterCustody);
    }

    [Fact]
    public async Task The_index_cache_rejects_a_list_the_store_does_not_hold()
    {
        using WatchListIndexCache cache = new(Store, Time);

        ArgumentException e = await Assert.ThrowsAsync<ArgumentException>(() => cache.GetAsync(["missing"], Ct));

        Assert.Contains("'missing'", e.Message, StringComparison.Ordinal);
    }
}
