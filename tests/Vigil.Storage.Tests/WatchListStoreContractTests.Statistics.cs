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
    public async Task Tallies_at_a_day_count_what_the_whole_histories_count_for_every_selection()
    {
        Subject leaving = Held("L2") with { Nationalities = [CountryCode.Of("FRA")] };
        Subject woman = SubjectBuilder.For("W3", ListName).Name("Invented Woman").Gender(Gender.Female).Category(ListingCategory.Monitor).Nationality("GBR").Build() with
        {
            CustodyHistory = [new CustodyStatus(CustodyState.Detained, PartialDate.OfYear(2019)) { Authority = " Northern Guard ", Place = "Camp Tamarisk" }],
        };
        Subject group = SubjectBuilder.For("G4", ListName).Name("Invented Brigade").Kind(SubjectKind.Organization).Custody(CustodyState.AtLarge).Build();
        await ImportAsync("sha-1", [Held("1"), leaving, woman, group, .. ShapedHistories().Skip(1)]);
        await Store.ImportAsync(new ListImportRequest("family", "vigil-jsonl", new Provenance("family.jsonl", "sha-f", Time.GetUtcNow()), "alice", [Held("F1", "family")]), Ct);
        Time.Advance(TimeSpan.FromDays(10));
        await Store.AddCustodyStatusAsync(woman.Id, new CustodyStatus(CustodyState.Repatriated, PartialDate.Of(2026, 3, 5)) { Country = CountryCode.Of("GBR") }, "analyst", Ct);
        await ImportAsync("sha-2", [Held("1"), woman, group, .. ShapedHistories().Skip(1)]);
        CustodyGroupField[] all = [CustodyGroupField.Status, CustodyGroupField.Nationality, CustodyGroupField.Authority, CustodyGroupField.Country, CustodyGroupField.Place, CustodyGroupField.Category, CustodyGroupField.List];
        CustodyRecordQuery[] queries =
        [
            new(), new() { Kind = null }, new() { Kind = SubjectKind.Organization }, new() { Lists = ["family"] }, new() { Lists = ["family", ListName] },
            new() { Gender = Gender.Female }, new() { Gender = Gender.Male }, new() { Gender = Gender.Unknown, Kind = null },
        ];
        IReadOnlyList<CustodyRecord> whole = await Store.GetCustodyRecordsAsync(new CustodyRecordQuery { Kind = null }, Ct);
        // The subjects' genders, for the query's filter: records carry one only when a gender is asked for.
        IReadOnlyList<CustodyRecord> female = await Store.GetCustodyRecordsAsync(new CustodyRecordQuery { Kind = null, Gender = Gender.Female }, Ct);
        IReadOnlyList<CustodyRecord> male = await Store.GetCustodyRecordsAsync(new CustodyRecordQuery { Kind = null, Gender = Gender.Male }, Ct);
        Gender GenderOf(CustodyRecord r) => female.Any(f => f.Id == r.Id) ? Gender.Female : male.Any(m => m.Id == r.Id) ? Gender.Male : Gender.Unknown;

        foreach (string text in new[] { "2014-06-01", "2019-03-01", "2026-03-05", "2026-03-10", "2026-03-11", "2027-01-01" })
        {
            DateOnly day = DateOnly.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
            foreach (CustodyRecordQuery query in queries)
            {
                foreach (IReadOnlyList<CustodyGroupField> by in new[] { all, [CustodyGroupField.Status], [CustodyGroupField.Place, CustodyGroupField.List] })
                {
                    CustodyRecordQuery asked = query with
                    {
                        WithNationalities = by.Contains(CustodyGroupField.Nationality),
                        WithCustodyPlaces = by.Contains(CustodyGroupField.Place),
                    };
                    CustodyCount expected = CustodyStatistics.CountAt(whole.Where(r => query.Admits(r with { Gender = GenderOf(r) })), day, by);
                    CustodyCount actual = CustodyStatistics.CountAt(await Store.TallyCustodyAsync(asked, day, Ct), day, by);
                    Assert.True(Text(expected) == Text(actual), $"{text}, {query}, by {string.Join(",", by)}: expected {Text(expected)}, got {Text(actual)}");
                }
            }
        }

        // Ten persons in both lists, one removed by the second import (11 March 2026).
        Assert.Equal(10, CustodyStatistics.CountAt(await Store.TallyCustodyAsync(new CustodyRecordQuery(), new DateOnly(2026, 3, 10), Ct), new DateOnly(2026, 3, 10), all).Total);
        Assert.Equal(9, CustodyStatistics.CountAt(await Store.TallyCustodyAsync(new CustodyRecordQuery(), new DateOnly(2026, 3, 11), Ct), new DateOnly(2026, 3, 11), all).Total);
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
        await DropStatisticsColumnsOfSubjectsAsync();
        await UndoLaterMigrationsAsync();
        await ExecuteSqlAsync("DELETE FROM schema_migrations WHERE version >= 5");
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
        await ImportAsync("sha-1", ShapedHistories());

        await AssertInEffectCountsAsWholeHistoriesAsync(Store);
    }

    [Fact]
    public async Task The_days_entries_are_in_effect_are_written_with_them_and_filled_in_when_a_database_is_migrated()
    {
        await ImportAsync("sha-1", ShapedHistories());
        Subject held = Held("1");
        await Store.AddCustodyStatusAsync(held.Id, new CustodyStatus(CustodyState.Released, PartialDate.Of(2018, 7, 1)), "analyst", Ct);

        // Written: out of order (2016 ends on 2019-05-01), superseded on its own day, approximate, undated, and an entry
        // added by hand dated between two others (it ends the 2014 entry, the 2019-03 one ends it).
        const string Still = "'9999-12-31'";
        async Task<long> PeriodAsync(string since, string from, string until) => await QueryNumberAsync(
            $"SELECT count(*) FROM subject_custody WHERE {(since == "NULL" ? "since IS NULL" : $"since = '{since}'")} AND in_effect_from = '{from}' AND coalesce(in_effect_until, {Still}) = {until}");
        Assert.Equal(13, await QueryNumberAsync("SELECT count(*) FROM subject_custody"));
        Assert.Equal(1, await PeriodAsync("2016", "2016-01-01", "'2019-05-01'"));
        Assert.Equal(1, await PeriodAsync("2019-05", "2019-05-01", Still));
        Assert.Equal(1, await PeriodAsync("2018-02-10", "2018-02-10", "'2018-02-10'"));
        Assert.Equal(1, await QueryNumberAsync($"SELECT count(*) FROM subject_custody WHERE since = '2018-02-10' AND ordinal = 1 AND in_effect_until IS NULL"));
        Assert.Equal(1, await PeriodAsync("~2015", "2015-01-01", "'2020-01-01'"));
        Assert.Equal(1, await PeriodAsync("NULL", Start.UtcDateTime.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), Still));
        Assert.Equal(1, await QueryNumberAsync($"SELECT count(*) FROM subject_custody WHERE subject_id = '{held.Id}' AND since = '2014' AND in_effect_until = '2018-07-01'"));
        Assert.Equal(1, await QueryNumberAsync($"SELECT count(*) FROM subject_custody WHERE subject_id = '{held.Id}' AND since = '2018-07-01' AND in_effect_until = '2019-03-01'"));

        // As a database of the version before the columns: written by that version, its migration not applied. The
        // migration fills in what the store writes.
        await ExecuteSqlAsync("CREATE TABLE custody_written AS SELECT subject_id, ordinal, in_effect_from, in_effect_until FROM subject_custody");
        await ExecuteSqlAsync("ALTER TABLE subject_custody DROP COLUMN in_effect_from");
        await ExecuteSqlAsync("ALTER TABLE subject_custody DROP COLUMN in_effect_until");
        await DropStatisticsColumnsOfSubjectsAsync();
        await UndoLaterMigrationsAsync();
        await ExecuteSqlAsync("DELETE FROM schema_migrations WHERE version >= 6");
        await using IWatchListStore reopened = await WatchListStores.OpenAsync(DatabaseSpec, Time, Ct);

        Assert.Equal(13, await QueryNumberAsync(
            $"SELECT count(*) FROM subject_custody c JOIN custody_written w ON w.subject_id = c.subject_id AND w.ordinal = c.ordinal "
            + $"AND w.in_effect_from = c.in_effect_from AND coalesce(w.in_effect_until, {Still}) = coalesce(c.in_effect_until, {Still})"));
        await AssertInEffectCountsAsWholeHistoriesAsync(reopened);
    }

    /// <summary>Histories of every shape the replay orders: dates out of order, two entries of one day (the later in
    /// the history wins), an undated entry (in effect from the day it was recorded), approximate, year and month dates.</summary>
    private static Subject[] ShapedHistories()
    {
        static Subject Shaped(string id, params CustodyStatus[] history) =>
            SubjectBuilder.For(id, ListName).Name($"Invented Shape {id}").Build() with { CustodyHistory = [.. history] };
        static CustodyStatus Entry(CustodyState state, string since, string? authority = null) =>
            new(state, PartialDate.Parse(since)) { Authority = authority, Place = authority is null ? null : "Invented Camp", Country = authority is null ? null : CountryCode.Of("SYR") };
        return
        [
            Held("1"),
            Shaped("2", Entry(CustodyState.Detained, "2019-05", "Guard A"), Entry(CustodyState.AtLarge, "2016")),
            Shaped("3", Entry(CustodyState.Detained, "2018-02-10", "Guard A"), Entry(CustodyState.Detained, "2018-02-10", "Guard B")),
            Shaped("4", Entry(CustodyState.AtLarge, "~2015"), Entry(CustodyState.Released, "~2020")),
            Shaped("5", Entry(CustodyState.Detained, "2017", "Guard B"), new CustodyStatus(CustodyState.Repatriated, PartialDate.Unknown)),
            Shaped("6"),
            Shaped("7", Entry(CustodyState.Convicted, "2021-12-31", "Court"), Entry(CustodyState.Detained, "2021-12", "Guard A")),
        ];
    }

    private static async Task AssertInEffectCountsAsWholeHistoriesAsync(IWatchListStore store)
    {
        IReadOnlyList<CustodyRecord> whole = await store.GetCustodyRecordsAsync(new CustodyRecordQuery(), Ct);
        CustodyGroupField[] by = [CustodyGroupField.Status, CustodyGroupField.Authority, CustodyGroupField.Place, CustodyGroupField.Country];

        foreach (string text in new[] { "2010-06-01", "2015-01-01", "2016-12-31", "2018-02-10", "2019-04-30", "2019-05-01", "2020-01-01", "2021-12-01", "2021-12-31", "2026-02-28", "2026-03-01", "2030-01-01" })
        {
            DateOnly day = DateOnly.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
            IReadOnlyList<CustodyTally> tallies = await store.TallyCustodyAsync(new CustodyRecordQuery(), day, Ct);

            Assert.All(tallies, t => Assert.True(t.Subjects > 0));
            CustodyCount expected = CustodyStatistics.CountAt(whole, day, by);
            CustodyCount actual = CustodyStatistics.CountAt(tallies, day, by);
            Assert.Equal(Text(expected), Text(actual));
        }

    }

    /// <summary>Takes out of the subjects what 0006_statistics adds to them.</summary>
    private async Task DropStatisticsColumnsOfSubjectsAsync()
    {
        await ExecuteSqlAsync("DROP INDEX subjects_for_statistics");
        await ExecuteSqlAsync("ALTER TABLE subjects DROP COLUMN gender_name");
        await ExecuteSqlAsync("ALTER TABLE subjects DROP COLUMN nationality_codes");
    }

    /// <summary>Undoes the migrations after 0006_statistics, so that the database is as that version wrote it and
    /// reopening it applies them again.</summary>
    private async Task UndoLaterMigrationsAsync()
    {
        await ExecuteSqlAsync("DROP TABLE users");
        await ExecuteSqlAsync("DROP TABLE review_decisions");
        await ExecuteSqlAsync("DROP TABLE server_keys");
        await ExecuteSqlAsync("ALTER TABLE review_items DROP COLUMN version");
    }

    private static string Text(CustodyCount count) =>
        $"{count.Total}: " + string.Join("; ", count.Groups.Select(g => $"{string.Join("|", g.Keys)}={g.Count}"));
}
