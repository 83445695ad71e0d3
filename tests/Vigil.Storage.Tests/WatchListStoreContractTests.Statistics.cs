using Vigil.Domain;
using Vigil.Screening.Lists;
using Vigil.Screening.Statistics;
using Vigil.Testing;

namespace Vigil.Storage.Tests;

public abstract partial class WatchListStoreContractTests
{
    private static Subject Held(string sourceId, string listName = ListName) =>
        SubjectBuilder.For(sourceId, listName)
            .Name($"Invented Person {sourceId}")
            .Nationality("GBR")
            .Nationality("TUN")
            .Gender(Gender.Male)
            .Build() with
        {
            CustodyHistory =
            [
                new CustodyStatus(CustodyState.AtLarge, PartialDate.OfYear(2014)),
                new CustodyStatus(CustodyState.Detained, PartialDate.OfYearMonth(2019, 3)) { Authority = "Northern Guard", Place = "Camp Tamarisk", Country = CountryCode.Of("SYR") },
            ],
        };

    [Fact]
    public async Task Custody_records_carry_what_statistics_count_and_nothing_is_lost_on_the_way()
    {
        Subject held = Held("1");
        Subject woman = SubjectBuilder.For("2", ListName).Name("Invented Woman").Gender(Gender.Female).Category(ListingCategory.Monitor)
            .Custody(CustodyState.Repatriated).Build();
        Subject group = SubjectBuilder.For("3", ListName).Name("Invented Brigade").Kind(SubjectKind.Organization).Build();
        await ImportAsync("sha-1", held, woman, group);

        IReadOnlyList<CustodyRecord> records = await Store.GetCustodyRecordsAsync(new CustodyRecordQuery { Kind = null }, Ct);

        Assert.Equal(new[] { held.Id.Value, woman.Id.Value, group.Id.Value }.Order(StringComparer.Ordinal), records.Select(r => r.Id.Value).Order(StringComparer.Ordinal));
        CustodyRecord record = records.Single(r => r.Id == held.Id);
        Assert.Equal((ListName, SubjectKind.Person, ListingCategory.NoBoard, (DateOnly?)null), (record.ListName, record.Kind, record.Category, record.RemovedOn));
        Assert.Equal(["GBR", "TUN"], record.Nationalities.Select(c => c.Value));
        Assert.Equal(
            [(CustodyState.AtLarge, "2014", null, null, null), (CustodyState.Detained, "2019-03", "Northern Guard", "Camp Tamarisk", "SYR")],
            record.History.Select(e => (e.State, e.Since.ToString(), e.Authority, e.Place, e.Country?.Value)));
        CustodyRecord w = records.Single(r => r.Id == woman.Id);
        Assert.Equal(ListingCategory.Monitor, w.Category);
        // An undated entry takes effect on the day it was recorded: that day comes with it.
        CustodyStatus undated = Assert.Single(w.History);
        Assert.Equal((CustodyState.Repatriated, PartialDate.Unknown), (undated.State, undated.Since));
        Assert.Equal(new DateOnly(2026, 3, 1), DateOnly.FromDateTime(undated.RecordedAt.UtcDateTime));
        Assert.Empty(w.Nationalities);
        Assert.Equal(SubjectKind.Organization, records.Single(r => r.Id == group.Id).Kind);

        // Gender is read when a gender is asked for; nationalities unless the query says they are not needed.
        Assert.Equal(Gender.Male, Assert.Single(await Store.GetCustodyRecordsAsync(new CustodyRecordQuery { Gender = Gender.Male }, Ct)).Gender);
        Assert.Equal(Gender.Female, Assert.Single(await Store.GetCustodyRecordsAsync(new CustodyRecordQuery { Gender = Gender.Female }, Ct)).Gender);
        Assert.All(await Store.GetCustodyRecordsAsync(new CustodyRecordQuery { WithNationalities = false }, Ct), r => Assert.Empty(r.Nationalities));
    }

    [Fact]
    public async Task Custody_records_are_selected_by_kind_list_and_gender()
    {
        await ImportAsync("sha-1", Held("1"), SubjectBuilder.For("2", ListName).Name("Invented Woman").Gender(Gender.Female).Build(),
            SubjectBuilder.For("3", ListName).Name("Invented Brigade").Kind(SubjectKind.Organization).Build());
        await Store.ImportAsync(new ListImportRequest("family", "vigil-jsonl", new Provenance("family.jsonl", "sha-f", Time.GetUtcNow()), "alice", [Held("F1", "family")]), Ct);

        Assert.Equal(3, (await Store.GetCustodyRecordsAsync(new CustodyRecordQuery(), Ct)).Count);
        Assert.Equal(4, (await Store.GetCustodyRecordsAsync(new CustodyRecordQuery { Kind = null }, Ct)).Count);
        Assert.Equal(["family"], (await Store.GetCustodyRecordsAsync(new CustodyRecordQuery { Lists = ["family"] }, Ct)).Select(r => r.ListName));
        Assert.Equal(3, (await Store.GetCustodyRecordsAsync(new CustodyRecordQuery { Lists = ["family", ListName], Kind = SubjectKind.Person }, Ct)).Count);
        Assert.Equal([SubjectId.For(ListName, "2")], (await Store.GetCustodyRecordsAsync(new CustodyRecordQuery { Gender = Gender.Female }, Ct)).Select(r => r.Id));
        Assert.Empty(await Store.GetCustodyRecordsAsync(new CustodyRecordQuery { Lists = ["nowhere"] }, Ct));
    }

    [Fact]
    public async Task Custody_statistics_over_the_store_count_manual_entries_and_removals()
    {
        Subject held = Held("1");
        Subject leaving = Held("2");
        Subject quiet = SubjectBuilder.For("3", ListName).Name("Invented Quiet").Nationality("GBR").Build();
        await ImportAsync("sha-1", held, leaving, quiet);
        Time.Advance(TimeSpan.FromDays(10));
        await Store.AddCustodyStatusAsync(held.Id, new CustodyStatus(CustodyState.Repatriated, PartialDate.Of(2026, 2, 1)) { Country = CountryCode.Of("GBR") }, "analyst", Ct);
        await ImportAsync("sha-2", Held("1"), quiet);
        CustodyStatistics statistics = new(Store);
        CustodyGroupField[] by = [CustodyGroupField.Nationality, CustodyGroupField.Status];

        CustodyCount before = await statistics.CountAtAsync(new CustodyRecordQuery(), new DateOnly(2020, 1, 1), by, Ct);
        CustodyCount now = await statistics.CountAtAsync(new CustodyRecordQuery(), new DateOnly(2026, 3, 11), by, Ct);
        CustodySeries series = await statistics.ReplayAsync(new CustodyRecordQuery(), new DateOnly(2026, 1, 1), new DateOnly(2026, 3, 31), CustodyInterval.Month, [CustodyGroupField.Status], Ct);

        Assert.Equal(3, before.Total);
        Assert.Equal(
            [("GBR", "unknown", 1), ("GBR", "detained", 2), ("TUN", "detained", 2)],
            before.Groups.Select(g => (g.Keys[0], g.Keys[1], g.Count)));
        Assert.Equal(2, now.Total);
        Assert.Equal(
            [("GBR", "unknown", 1), ("GBR", "repatriated", 1), ("TUN", "repatriated", 1)],
            now.Groups.Select(g => (g.Keys[0], g.Keys[1], g.Count)));

        // Removed on 11 March 2026 (the second import): counted in January and February, not in March.
        Assert.Equal([3, 3, 2], series.Periods.Select(p => p.Count.Total));
        CustodyTransition move = Assert.Single(series.Periods[1].Transitions);
        Assert.Equal((CustodyState.Detained, CustodyState.Repatriated, held.Id), (move.From, move.To, Assert.Single(move.Subjects)));
    }

    [Fact]
    public async Task Custody_records_of_a_thousand_subjects_are_read_in_one_pass()
    {
        Subject[] many = [.. Enumerable.Range(0, 1000).Select(i => Held($"M{i:D4}"))];
        await ImportAsync("sha-1", many);

        IReadOnlyList<CustodyRecord> records = await Store.GetCustodyRecordsAsync(new CustodyRecordQuery(), Ct);

        Assert.Equal(1000, records.Count);
        Assert.Equal(2000, records.Sum(r => r.History.Length));
        CustodyCount count = CustodyStatistics.CountAt(records, new DateOnly(2019, 3, 1), [CustodyGroupField.Authority]);
        Assert.Equal([("Northern Guard", 1000)], count.Groups.Select(g => (g.Keys[0], g.Count)));
    }

    [Fact]
    public async Task Custody_rows_follow_the_documents_through_imports_and_custody_changes()
    {
        Subject held = Held("1");
        await ImportAsync("sha-1", held, Held("2"));
        await Store.AddCustodyStatusAsync(held.Id, new CustodyStatus(CustodyState.Released, PartialDate.OfYear(2024)) { Place = "Camp Tamarisk" }, "analyst", Ct);
        Subject changed = Held("2") with { CustodyHistory = [new CustodyStatus(CustodyState.Convicted, PartialDate.Of(2022, 5, 4)) { Authority = "High Court" }] };

        await ImportAsync("sha-2", Held("1"), changed);

        Assert.Equal(3, await QueryNumberAsync($"SELECT count(*) FROM subject_custody WHERE subject_id = '{held.Id}'"));
        Assert.Equal(1, await QueryNumberAsync($"SELECT count(*) FROM subject_custody WHERE subject_id = '{held.Id}' AND ordinal = 2 AND state = 3 AND since = '2024' AND place = 'Camp Tamarisk'"));
        Assert.Equal(1, await QueryNumberAsync($"SELECT count(*) FROM subject_custody WHERE subject_id = '{changed.Id}'"));
        Assert.Equal(1, await QueryNumberAsync($"SELECT count(*) FROM subject_custody WHERE subject_id = '{changed.Id}' AND ordinal = 0 AND state = 6 AND since = '2022-05-04' AND authority = 'High Court'"));
        IReadOnlyList<CustodyRecord> records = await Store.GetCustodyRecordsAsync(new CustodyRecordQuery(), Ct);
        foreach (Subject stored in await Store.GetSubjectsAsync(ListName, Ct))
        {
            CustodyRecord record = records.Single(r => r.Id == stored.Id);
            Assert.Equal(
                stored.CustodyHistory.Select(e => (e.State, e.Since, e.Authority, e.Place, e.Country)),
                record.History.Select(e => (e.State, e.Since, e.Authority, e.Place, e.Country)));
        }
    }

    [Fact]
    public async Task The_custody_table_is_filled_from_the_documents_when_a_database_is_migrated()
    {
        Subject held = Held("1");
        Subject undated = SubjectBuilder.For("2", ListName).Name("Invented Undated").Custody(CustodyState.Detained).Build();
        await ImportAsync("sha-1", held, undated, Person("3", "Invented Nobody"));
        IReadOnlyList<CustodyRecord> before = await Store.GetCustodyRecordsAsync(new CustodyRecordQuery(), Ct);

        // As a database of the version before the table: its rows gone, its migration not applied.
        await ExecuteSqlAsync("DROP TABLE subject_custody");
        await ExecuteSqlAsync("DELETE FROM schema_migrations WHERE version = 5");
        await using IWatchListStore reopened = await WatchListStores.OpenAsync(DatabaseSpec, Time, Ct);
        IReadOnlyList<CustodyRecord> after = await reopened.GetCustodyRecordsAsync(new CustodyRecordQuery(), Ct);

        Assert.Equal(3, await QueryNumberAsync("SELECT count(*) FROM subject_custody"));
        Assert.Equal(1, await QueryNumberAsync($"SELECT count(*) FROM subject_custody WHERE subject_id = '{held.Id}' AND ordinal = 1 AND state = 2 AND since = '2019-03' AND authority = 'Northern Guard' AND place = 'Camp Tamarisk' AND country = 'SYR'"));
        Assert.Equal(1, await QueryNumberAsync($"SELECT count(*) FROM subject_custody WHERE subject_id = '{undated.Id}' AND since IS NULL AND recorded_on IS NOT NULL"));
        Assert.Equal(
            before.OrderBy(r => r.Id.Value, StringComparer.Ordinal).SelectMany(r => r.History.Select(e => (r.Id, e.State, e.Since, e.Authority, e.Place, e.Country, e.RecordedAt))),
            after.OrderBy(r => r.Id.Value, StringComparer.Ordinal).SelectMany(r => r.History.Select(e => (r.Id, e.State, e.Since, e.Authority, e.Place, e.Country, e.RecordedAt))));
    }

    [Fact]
    public async Task The_entries_in_effect_on_a_day_count_as_the_whole_histories_do()
    {
        // Histories of every shape the replay orders: dates out of order, two entries of one day (the later in the
        // history wins), an undated entry (in effect from the day it was recorded), approximate, year and month dates.
        Subject Shaped(string id, params CustodyStatus[] history) =>
            SubjectBuilder.For(id, ListName).Name($"Invented Shape {id}").Build() with { CustodyHistory = [.. history] };
        CustodyStatus Entry(CustodyState state, string since, string? authority = null) =>
            new(state, PartialDate.Parse(since)) { Authority = authority, Place = authority is null ? null : "Invented Camp", Country = authority is null ? null : CountryCode.Of("SYR") };
        Subject[] subjects =
        [
            Held("1"),
            Shaped("2", Entry(CustodyState.Detained, "2019-05", "Guard A"), Entry(CustodyState.AtLarge, "2016")),
            Shaped("3", Entry(CustodyState.Detained, "2018-02-10", "Guard A"), Entry(CustodyState.Detained, "2018-02-10", "Guard B")),
            Shaped("4", Entry(CustodyState.AtLarge, "~2015"), Entry(CustodyState.Released, "~2020")),
            Shaped("5", Entry(CustodyState.Detained, "2017", "Guard B"), new CustodyStatus(CustodyState.Repatriated, PartialDate.Unknown)),
            Shaped("6"),
            Shaped("7", Entry(CustodyState.Convicted, "2021-12-31", "Court"), Entry(CustodyState.Detained, "2021-12", "Guard A")),
        ];
        await ImportAsync("sha-1", subjects);
        IReadOnlyList<CustodyRecord> whole = await Store.GetCustodyRecordsAsync(new CustodyRecordQuery(), Ct);
        CustodyGroupField[] by = [CustodyGroupField.Status, CustodyGroupField.Authority, CustodyGroupField.Place, CustodyGroupField.Country];

        foreach (string text in new[] { "2010-06-01", "2015-01-01", "2016-12-31", "2018-02-10", "2019-04-30", "2019-05-01", "2020-01-01", "2021-12-01", "2021-12-31", "2026-02-28", "2026-03-01", "2030-01-01" })
        {
            DateOnly day = DateOnly.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
            IReadOnlyList<CustodyRecord> inEffect = await Store.GetCustodyRecordsAsync(new CustodyRecordQuery { InEffectOn = day }, Ct);

            Assert.All(inEffect, r => Assert.True(r.History.IsDefaultOrEmpty || r.History.Length == 1, $"{r.Id} has {r.History.Length} entries"));
            CustodyCount expected = CustodyStatistics.CountAt(whole, day, by);
            CustodyCount actual = CustodyStatistics.CountAt(inEffect, day, by);
            Assert.Equal(Text(expected), Text(actual));
        }

        static string Text(CustodyCount count) =>
            $"{count.Total}: " + string.Join("; ", count.Groups.Select(g => $"{string.Join("|", g.Keys)}={g.Count}"));
    }
}
