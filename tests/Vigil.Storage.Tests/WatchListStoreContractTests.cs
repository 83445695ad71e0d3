using Microsoft.Extensions.Time.Testing;
using Vigil.Domain;
using Vigil.Formats.Json;
using Vigil.Screening.Lists;
using Vigil.Testing;

namespace Vigil.Storage.Tests;

/// <summary>What every <see cref="IWatchListStore"/> must do, run against each engine by a subclass.</summary>
/// <remarks>Each test gets a new, empty database.</remarks>
public abstract partial class WatchListStoreContractTests : IAsyncLifetime
{
    protected const string ListName = "test";

    private static readonly DateTimeOffset Start = new(2026, 3, 1, 9, 0, 0, TimeSpan.Zero);

    // The newest schema version: both engines have the same migrations (see MigrationScriptsTests).
    private static readonly int SchemaVersion = Vigil.Storage.Migrations.MigrationScripts.For(DatabaseEngine.Sqlite).Count;

    private IWatchListStore? _store;

    protected FakeTimeProvider Time { get; } = new(Start);

    protected IWatchListStore Store => _store ?? throw new InvalidOperationException("Not initialized.");

    /// <summary>The specification of the test's database, as given to <see cref="WatchListStores.OpenAsync"/>.</summary>
    protected string DatabaseSpec { get; private set; } = string.Empty;

    protected static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        DatabaseSpec = await CreateDatabaseAsync();
        _store = await WatchListStores.OpenAsync(DatabaseSpec, Time, Ct);
    }

    public virtual async ValueTask DisposeAsync()
    {
        if (_store is not null)
        {
            await _store.DisposeAsync();
        }

        GC.SuppressFinalize(this);
    }

    /// <summary>Creates an empty database and returns its specification.</summary>
    protected abstract Task<string> CreateDatabaseAsync();

    /// <summary>Runs SQL straight against the database, bypassing the store.</summary>
    protected abstract Task ExecuteSqlAsync(string sql);

    /// <summary>Reads one number straight from the database.</summary>
    protected abstract Task<long> QueryNumberAsync(string sql);

    protected ListImportRequest Request(string sha256, params Subject[] subjects) =>
        new(ListName, "vigil-jsonl", new Provenance("test.jsonl", sha256, Time.GetUtcNow()), "alice", [.. subjects]);

    protected Task<ListImportOutcome> ImportAsync(string sha256, params Subject[] subjects) =>
        Store.ImportAsync(Request(sha256, subjects), Ct);

    protected static Subject Person(string sourceId, string name) => SubjectBuilder.For(sourceId, ListName).Name(name).Build();

    private static string Json(Subject subject) => SubjectJson.Serialize(subject);

    [Fact]
    public async Task Import_into_an_empty_list_adds_every_subject_with_a_history_entry_each()
    {
        Subject a = Person("1", "Abu Harith al-Qasimi");
        Subject b = Person("2", "Nabil Fares al-Rashidi");

        ListImportOutcome outcome = await ImportAsync("sha-1", b, a);

        Assert.False(outcome.IsNoOp);
        Assert.Null(outcome.AlreadyImported);
        Assert.Equal(["1", "2"], outcome.Diff.Added.Select(s => s.Listing.SourceId));
        ImportRecord import = Assert.IsType<ImportRecord>(outcome.Import);
        Assert.Equal((2, 0, 0, 0), (import.Added, import.Changed, import.Removed, import.Unchanged));
        Assert.Equal(("test", "vigil-jsonl", "alice", "sha-1", "test.jsonl"), (import.ListName, import.Format, import.Actor, import.Provenance.Sha256, import.Provenance.SourceFile));

        IReadOnlyList<Subject> stored = await Store.GetSubjectsAsync(ListName, Ct);
        Assert.Equal(["1", "2"], stored.Select(s => s.Listing.SourceId));
        Assert.Equal("Abu Harith al-Qasimi", stored[0].PrimaryName?.Full);

        IReadOnlyList<HistoryEntry> changes = await Store.GetImportChangesAsync(import.Id, Ct);
        Assert.Equal(["1", "2"], changes.Select(h => h.SourceId));
        Assert.All(changes, h =>
        {
            Assert.Equal(HistoryAction.Added, h.Action);
            Assert.Equal($"import:{import.Id}", h.Actor);
            Assert.Equal(import.Id, h.ImportId);
            Assert.Equal(Start, h.At);
            Assert.Null(h.Before);
            Assert.Empty(h.Fields);
        });
        Assert.Equal(Json(a with { Listing = a.Listing with { Provenance = import.Provenance } }), Json(changes[0].After!));

        WatchListSummary list = Assert.IsType<WatchListSummary>(await Store.GetListAsync(ListName, Ct));
        Assert.Equal(("test", "vigil-jsonl", Start, 2, import.Id), (list.Name, list.Format, list.CreatedAt, list.SubjectCount, list.LastImport?.Id));
    }

    [Fact]
    public async Task Reimport_reports_exactly_the_subjects_added_changed_and_removed()
    {
        await ImportAsync("sha-1", Person("1", "Same Person"), Person("2", "Old Name"), Person("3", "Leaving Person"));
        Time.Advance(TimeSpan.FromDays(1));
        Subject changed = SubjectBuilder.For("2", ListName).Name("New Name").Passport("P 123-456", "IRQ").Build();
        Subject added = Person("4", "New Person");

        ListImportOutcome outcome = await ImportAsync("sha-2", Person("1", "Same Person"), changed, added);

        Assert.Equal(["4"], outcome.Diff.Added.Select(s => s.Listing.SourceId));
        SubjectChange change = Assert.Single(outcome.Diff.Changed);
        Assert.Equal("2", change.After.Listing.SourceId);
        Assert.Equal(["names", "documents"], change.Fields);
        Assert.Equal(["3"], outcome.Diff.Removed.Select(s => s.Listing.SourceId));
        Assert.Equal(1, outcome.Diff.Unchanged);
        ImportRecord import = outcome.Import!;
        Assert.Equal((1, 1, 1, 1), (import.Added, import.Changed, import.Removed, import.Unchanged));

        IReadOnlyList<HistoryEntry> changes = await Store.GetImportChangesAsync(import.Id, Ct);
        Assert.Equal(
            [("2", HistoryAction.Changed), ("3", HistoryAction.Removed), ("4", HistoryAction.Added)],
            changes.Select(h => (h.SourceId, h.Action)));
        Assert.Equal(["names", "documents"], changes[0].Fields);
        Assert.Equal("Old Name", changes[0].Before?.PrimaryName?.Full);
        Assert.Equal("New Name", changes[0].After?.PrimaryName?.Full);
        Assert.Equal("Leaving Person", changes[1].Before?.PrimaryName?.Full);
        Assert.Null(changes[1].After);
        Assert.Equal(Start.AddDays(1), changes[1].At);

        Assert.Equal(["1", "2", "4"], (await Store.GetSubjectsAsync(ListName, Ct)).Select(s => s.Listing.SourceId));

        // The lookup tables follow the documents.
        Assert.Equal(1, await QueryNumberAsync($"SELECT count(*) FROM subject_names WHERE subject_id = '{changed.Id}' AND full_name = 'New Name'"));
        Assert.Equal(0, await QueryNumberAsync($"SELECT count(*) FROM subject_names WHERE full_name = 'Old Name'"));
        Assert.Equal(1, await QueryNumberAsync($"SELECT count(*) FROM subject_documents WHERE number_key = 'P123456' AND country = 'IRQ' AND subject_id = '{changed.Id}'"));
    }

    [Fact]
    public async Task Removed_subject_is_still_found_and_marked_removed()
    {
        Subject leaving = Person("QDi.1", "Leaving Person");
        await ImportAsync("sha-1", leaving, Person("QDi.2", "Staying Person"));
        Time.Advance(TimeSpan.FromHours(5));

        await ImportAsync("sha-2", Person("QDi.2", "Staying Person"));

        SubjectRecord found = Assert.Single(await Store.FindSubjectsAsync("QDi.1", null, Ct));
        Assert.True(found.IsRemoved);
        Assert.Equal(Start.AddHours(5), found.RemovedAt);
        Assert.Equal(Start, found.CreatedAt);
        Assert.Equal(Json(leaving), Json(found.Subject with { Listing = found.Subject.Listing with { Provenance = null } }));
        WatchListSummary list = (await Store.GetListAsync(ListName, Ct))!;
        Assert.Equal(1, list.SubjectCount);
    }

    [Fact]
    public async Task Readded_subject_is_listed_again_with_its_row_reused()
    {
        await ImportAsync("sha-1", Person("1", "Comes Back"), Person("2", "Stays"));
        await ImportAsync("sha-2", Person("2", "Stays"));
        Time.Advance(TimeSpan.FromDays(2));

        ListImportOutcome outcome = await ImportAsync("sha-3", Person("1", "Comes Back"), Person("2", "Stays"));

        Assert.Equal(["1"], outcome.Diff.Added.Select(s => s.Listing.SourceId));
        SubjectRecord found = Assert.Single(await Store.FindSubjectsAsync("1", ListName, Ct));
        Assert.False(found.IsRemoved);
        Assert.Equal((Start, Start.AddDays(2)), (found.CreatedAt, found.UpdatedAt));
        Assert.Equal(2, (await Store.GetListAsync(ListName, Ct))!.SubjectCount);
    }

    [Fact]
    public async Task Reimport_of_the_same_file_is_a_no_op_that_names_the_earlier_import()
    {
        ListImportOutcome first = await ImportAsync("sha-1", Person("1", "A"), Person("2", "B"));

        ListImportOutcome again = await ImportAsync("sha-1", Person("1", "Different content, same hash"));

        Assert.True(again.IsNoOp);
        Assert.Equal(first.Import, again.AlreadyImported);
        Assert.True(again.Diff.IsEmpty);
        Assert.Equal(2, again.Diff.Unchanged);
        Assert.Single(await Store.GetImportsAsync(ListName, Ct));
        Assert.Equal(2, await QueryNumberAsync("SELECT count(*) FROM history"));
    }

    [Fact]
    public async Task Reimport_of_the_same_content_under_another_hash_writes_nothing()
    {
        await ImportAsync("sha-1", Person("1", "A"), Person("2", "B"));

        ListImportOutcome again = await ImportAsync("sha-2", Person("2", "B"), Person("1", "A"));

        Assert.True(again.IsNoOp);
        Assert.Null(again.AlreadyImported);
        Assert.Equal(2, again.Diff.Unchanged);
        Assert.Single(await Store.GetImportsAsync(ListName, Ct));
        Assert.Equal(2, await QueryNumberAsync("SELECT count(*) FROM history"));
    }

    [Fact]
    public async Task Dry_run_returns_the_diff_and_writes_nothing()
    {
        await ImportAsync("sha-1", Person("1", "A"), Person("2", "B"));

        ListImportOutcome dry = await Store.ImportAsync(Request("sha-2", Person("2", "B changed"), Person("3", "C")) with { DryRun = true }, Ct);

        Assert.True(dry.IsNoOp);
        Assert.Equal(["3"], dry.Diff.Added.Select(s => s.Listing.SourceId));
        Assert.Equal(["2"], dry.Diff.Changed.Select(c => c.After.Listing.SourceId));
        Assert.Equal(["1"], dry.Diff.Removed.Select(s => s.Listing.SourceId));
        Assert.Equal(["A", "B"], (await Store.GetSubjectsAsync(ListName, Ct)).Select(s => s.PrimaryName!.Full));
        Assert.Single(await Store.GetImportsAsync(ListName, Ct));
        Assert.Equal(2, await QueryNumberAsync("SELECT count(*) FROM history"));
    }

    [Fact]
    public async Task Dry_run_of_a_new_list_creates_nothing()
    {
        ListImportOutcome dry = await Store.ImportAsync(Request("sha-1", Person("1", "A")) with { DryRun = true }, Ct);

        Assert.Single(dry.Diff.Added);
        Assert.Empty(await Store.GetListsAsync(Ct));
        Assert.Equal(0, await QueryNumberAsync("SELECT count(*) FROM subjects"));
    }

    [Fact]
    public async Task Cancelled_import_leaves_the_store_as_it_was()
    {
        await ImportAsync("sha-1", Person("1", "A"));
        Subject[] many = [.. Enumerable.Range(100, 2000).Select(i => Person(i.ToString(System.Globalization.CultureInfo.InvariantCulture), $"Person {i}"))];
        using CancellationTokenSource cancel = new();
        CancellingProgress progress = new(cancel);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => Store.ImportAsync(Request("sha-2", many) with { Progress = progress }, cancel.Token));

        Assert.True(progress.Reported > 0);
        Assert.Equal(["1"], (await Store.GetSubjectsAsync(ListName, Ct)).Select(s => s.Listing.SourceId));
        Assert.Single(await Store.GetImportsAsync(ListName, Ct));
        Assert.Equal(1, await QueryNumberAsync("SELECT count(*) FROM subjects"));
        Assert.Equal(1, await QueryNumberAsync("SELECT count(*) FROM subject_names"));
        Assert.Equal(1, await QueryNumberAsync("SELECT count(*) FROM history"));
    }

    [Fact]
    public async Task Import_reports_progress_up_to_the_number_of_subjects_written()
    {
        List<int> reported = [];
        SynchronousProgress progress = new(reported.Add);

        await Store.ImportAsync(Request("sha-1", [.. Enumerable.Range(0, 600).Select(i => Person($"S{i:D4}", $"Person {i}"))]) with { Progress = progress }, Ct);

        Assert.Equal([250, 500, 600], reported);
    }

    [Fact]
    public async Task Subject_with_every_field_comes_back_as_it_was_stored()
    {
        Subject full = SubjectBuilder.For("QDi.99", ListName)
            .Name("Mohammed Ahmed")
            .Name("محمد أحمد", NameQuality.OriginalScript)
            .Name("Abu Ahmed", NameQuality.WeakAlias)
            .Kind(SubjectKind.Person)
            .Category(ListingCategory.SecondaryScreening)
            .BornOn(PartialDate.OfYear(1979, approximate: true))
            .Nationality("IRQ")
            .Gender(Gender.Male)
            .Passport("A1234567", "IRQ")
            .Document(DocumentType.NationalId, "00-11-22")
            .Programme("Al-Qaida")
            .Remarks("Reportedly in Syria.")
            .Custody(CustodyState.Detained, PartialDate.OfYearMonth(2019, 3), "al-Hol camp")
            .Build();

        await ImportAsync("sha-1", full);

        Subject stored = Assert.Single(await Store.GetSubjectsAsync(ListName, Ct));
        Assert.Empty(SubjectDiff.ChangedFields(full, stored));
        CustodyStatus custody = Assert.Single(stored.CustodyHistory);
        Assert.Equal((Start, "import:1", false), (custody.RecordedAt, custody.RecordedBy, custody.IsManual));
    }

    [Fact]
    public async Task Manual_custody_entry_survives_reimports()
    {
        Subject subject = SubjectBuilder.For("1", ListName).Name("Held Person").Custody(CustodyState.AtLarge, PartialDate.OfYear(2015)).Build();
        await ImportAsync("sha-1", subject);
        Time.Advance(TimeSpan.FromDays(1));
        CustodyStatus detained = new(CustodyState.Detained, PartialDate.Of(2019, 3, 23)) { Authority = "Syrian Democratic Forces", Place = "al-Hol camp" };
        await Store.AddCustodyStatusAsync(subject.Id, detained, "analyst", Ct);
        Time.Advance(TimeSpan.FromDays(1));

        // The list gains a custody entry dated before the manual one, and changes the name.
        Subject relisted = SubjectBuilder.For("1", ListName).Name("Held Person Renamed")
            .Custody(CustodyState.AtLarge, PartialDate.OfYear(2015))
            .Custody(CustodyState.UnderProsecution, PartialDate.OfYear(2018))
            .Build();
        ListImportOutcome outcome = await ImportAsync("sha-2", relisted);
        await ImportAsync("sha-3", relisted, Person("2", "Someone Else"));

        Assert.Equal(["names", "custody"], Assert.Single(outcome.Diff.Changed).Fields);
        Subject stored = Assert.Single(await Store.FindSubjectsAsync(subject.Id.Value, null, Ct)).Subject;
        Assert.Equal(
            [(CustodyState.AtLarge, false, "import:1"), (CustodyState.UnderProsecution, false, "import:2"), (CustodyState.Detained, true, "analyst")],
            stored.CustodyHistory.Select(c => (c.State, c.IsManual, c.RecordedBy)));
        Assert.Equal(CustodyState.Detained, stored.CurrentCustody);
        Assert.Equal("al-Hol camp", stored.CustodyHistory[2].Place);
        Assert.Equal(Start.AddDays(1), stored.CustodyHistory[2].RecordedAt);
        Assert.Equal(1, (await Store.GetListAsync(ListName, Ct))!.ByCustody[CustodyState.Detained]);
    }

    [Fact]
    public async Task Adding_a_custody_status_appends_a_manual_entry_and_records_it_in_history()
    {
        Subject subject = Person("1", "A");
        await ImportAsync("sha-1", subject);
        Time.Advance(TimeSpan.FromMinutes(30));

        Subject updated = await Store.AddCustodyStatusAsync(subject.Id, new CustodyStatus(CustodyState.DeceasedReported, PartialDate.OfYear(2024)), "bob", Ct);

        CustodyStatus entry = Assert.Single(updated.CustodyHistory);
        Assert.Equal((CustodyState.DeceasedReported, Start.AddMinutes(30), "bob", true), (entry.State, entry.RecordedAt, entry.RecordedBy, entry.IsManual));
        HistoryEntry latest = (await Store.GetHistoryAsync(new HistoryQuery(null, subject.Id), Ct))[0];
        Assert.Equal((HistoryAction.StatusChanged, "bob", (long?)null, Start.AddMinutes(30)), (latest.Action, latest.Actor, latest.ImportId, latest.At));
        Assert.Equal(["custody"], latest.Fields);
        Assert.Empty(latest.Before!.CustodyHistory);
        Assert.Equal(CustodyState.DeceasedReported, latest.After!.CurrentCustody);
        Assert.Equal(CustodyState.DeceasedReported, Assert.Single(await Store.GetSubjectsAsync(ListName, Ct)).CurrentCustody);
        Assert.Equal((long)CustodyState.DeceasedReported, await QueryNumberAsync($"SELECT custody_state FROM subjects WHERE subject_id = '{subject.Id}'"));
    }

    [Fact]
    public async Task Adding_a_custody_status_to_an_unknown_subject_throws_KeyNotFoundException()
    {
        await Assert.ThrowsAsync<KeyNotFoundException>(
            () => Store.AddCustodyStatusAsync(SubjectId.For(ListName, "nobody"), new CustodyStatus(CustodyState.Detained, default), "bob", Ct));
    }

    [Fact]
    public async Task Finds_a_subject_by_its_vigil_id_in_any_case()
    {
        Subject subject = Person("QDi.1", "A");
        await ImportAsync("sha-1", subject, Person("QDi.2", "B"));

        IReadOnlyList<SubjectRecord> found = await Store.FindSubjectsAsync(subject.Id.Value.ToLowerInvariant(), null, Ct);

        Assert.Equal([subject.Id], found.Select(r => r.Subject.Id));
    }

    [Fact]
    public async Task Finds_subjects_by_source_id_in_every_list_or_in_one()
    {
        await ImportAsync("sha-1", Person("123", "On test"));
        Subject other = SubjectBuilder.For("123", "other").Name("On other").Build();
        await Store.ImportAsync(new ListImportRequest("other", "ofac-csv", new Provenance("sdn.csv", "sha-x", Start), "alice", [other]), Ct);

        IReadOnlyList<SubjectRecord> everywhere = await Store.FindSubjectsAsync("123", null, Ct);
        IReadOnlyList<SubjectRecord> inOther = await Store.FindSubjectsAsync("123", "other", Ct);
        IReadOnlyList<SubjectRecord> inMissing = await Store.FindSubjectsAsync("123", "missing", Ct);

        Assert.Equal(["other", "test"], everywhere.Select(r => r.Subject.Listing.ListName));
        Assert.Equal(["On other"], inOther.Select(r => r.Subject.PrimaryName!.Full));
        Assert.Empty(inMissing);
    }

    [Fact]
    public async Task Finds_a_source_id_typed_in_another_case_when_none_matches_exactly()
    {
        await ImportAsync("sha-1", Person("QDi.123", "A"), Person("qdi.124", "B"));

        Assert.Equal(["QDi.123"], (await Store.FindSubjectsAsync("qdi.123", null, Ct)).Select(r => r.Subject.Listing.SourceId));
        Assert.Equal(["qdi.124"], (await Store.FindSubjectsAsync("qdi.124", ListName, Ct)).Select(r => r.Subject.Listing.SourceId));
        Assert.Empty(await Store.FindSubjectsAsync("QDi.125", null, Ct));
    }

    [Fact]
    public async Task History_is_newest_first_and_filters_by_subject_list_and_limit()
    {
        Subject a = Person("1", "A");
        await ImportAsync("sha-1", a, Person("2", "B"));
        Time.Advance(TimeSpan.FromDays(1));
        await ImportAsync("sha-2", Person("1", "A changed"));
        await Store.ImportAsync(new ListImportRequest("other", "ofac-csv", new Provenance("sdn.csv", "sha-x", Start), "alice", [SubjectBuilder.For("9", "other").Build()]), Ct);

        IReadOnlyList<HistoryEntry> all = await Store.GetHistoryAsync(new HistoryQuery(null, null), Ct);
        IReadOnlyList<HistoryEntry> ofList = await Store.GetHistoryAsync(new HistoryQuery(ListName, null), Ct);
        IReadOnlyList<HistoryEntry> ofSubject = await Store.GetHistoryAsync(new HistoryQuery(ListName, a.Id), Ct);
        IReadOnlyList<HistoryEntry> latestTwo = await Store.GetHistoryAsync(new HistoryQuery(null, null, Limit: 2), Ct);

        Assert.Equal(
            [("other", "9", HistoryAction.Added), ("test", "2", HistoryAction.Removed), ("test", "1", HistoryAction.Changed), ("test", "2", HistoryAction.Added), ("test", "1", HistoryAction.Added)],
            all.Select(h => (h.ListName, h.SourceId, h.Action)));
        Assert.Equal(all.Skip(1).Select(h => h.Id), ofList.Select(h => h.Id));
        Assert.Equal([HistoryAction.Changed, HistoryAction.Added], ofSubject.Select(h => h.Action));
        Assert.Equal(all.Take(2).Select(h => h.Id), latestTwo.Select(h => h.Id));
    }

    [Fact]
    public async Task Imports_are_listed_newest_first()
    {
        await ImportAsync("sha-1", Person("1", "A"));
        Time.Advance(TimeSpan.FromDays(1));
        await ImportAsync("sha-2", Person("1", "A"), Person("2", "B"));

        IReadOnlyList<ImportRecord> imports = await Store.GetImportsAsync(ListName, Ct);

        Assert.Equal(["sha-2", "sha-1"], imports.Select(i => i.Provenance.Sha256));
        Assert.Equal([Start.AddDays(1), Start], imports.Select(i => i.Provenance.ImportedAt));
        Assert.Empty(await Store.GetImportsAsync("missing", Ct));
    }

    [Fact]
    public async Task Lists_count_current_subjects_by_custody_and_category()
    {
        await ImportAsync(
            "sha-1",
            SubjectBuilder.For("1", ListName).Category(ListingCategory.NoBoard).Custody(CustodyState.Detained).Build(),
            SubjectBuilder.For("2", ListName).Category(ListingCategory.NoBoard).Build(),
            SubjectBuilder.For("3", ListName).Category(ListingCategory.Monitor).Custody(CustodyState.Detained).Build());
        await Store.ImportAsync(new ListImportRequest("other", "ofac-csv", new Provenance("sdn.csv", "sha-x", Start), "alice", [SubjectBuilder.For("9", "other").Build()]), Ct);

        IReadOnlyList<WatchListSummary> lists = await Store.GetListsAsync(Ct);

        Assert.Equal(["other", "test"], lists.Select(l => l.Name));
        WatchListSummary test = lists[1];
        Assert.Equal(3, test.SubjectCount);
        Assert.Equal(new Dictionary<CustodyState, int> { [CustodyState.Detained] = 2, [CustodyState.Unknown] = 1 }, test.ByCustody);
        Assert.Equal(new Dictionary<ListingCategory, int> { [ListingCategory.NoBoard] = 2, [ListingCategory.Monitor] = 1 }, test.ByCategory);
        Assert.Equal("sha-1", test.LastImport?.Provenance.Sha256);
        Assert.Equal("ofac-csv", lists[0].Format);
        Assert.Null(await Store.GetListAsync("missing", Ct));
    }

    [Fact]
    public async Task Import_rejects_a_subject_of_another_list()
    {
        Subject stranger = SubjectBuilder.For("1", "other").Build();

        ArgumentException error = await Assert.ThrowsAsync<ArgumentException>(() => ImportAsync("sha-1", stranger));

        Assert.Contains("belongs to list 'other'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Opening_the_database_again_applies_no_migration_twice()
    {
        await ImportAsync("sha-1", Person("1", "A"));

        await using (IWatchListStore again = await WatchListStores.OpenAsync(DatabaseSpec, Time, Ct))
        {
            Assert.Single(await again.GetSubjectsAsync(ListName, Ct));
        }

        Assert.Equal(SchemaVersion, await QueryNumberAsync("SELECT count(*) FROM schema_migrations"));
        Assert.Equal(SchemaVersion, await QueryNumberAsync("SELECT max(version) FROM schema_migrations"));
    }

    [Fact]
    public async Task Several_processes_opening_a_database_at_once_all_succeed()
    {
        string spec = await CreateDatabaseAsync();

        IWatchListStore[] stores = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() => WatchListStores.OpenAsync(spec, Time, Ct), Ct)));

        foreach (IWatchListStore store in stores)
        {
            Assert.Empty(await store.GetListsAsync(Ct));
            await store.DisposeAsync();
        }
    }

    [Fact]
    public async Task Concurrent_imports_of_one_list_run_one_after_the_other()
    {
        await using IWatchListStore second = await WatchListStores.OpenAsync(DatabaseSpec, Time, Ct);
        Subject[] first = [.. Enumerable.Range(0, 300).Select(i => Person($"A{i:D3}", $"Person {i}"))];
        Subject[] other = [.. Enumerable.Range(0, 300).Select(i => Person($"B{i:D3}", $"Person {i}"))];

        ListImportOutcome[] outcomes = await Task.WhenAll(
            Task.Run(() => Store.ImportAsync(Request("sha-a", first), Ct), Ct),
            Task.Run(() => second.ImportAsync(Request("sha-b", other), Ct), Ct));

        // Whichever ran second saw the first one's subjects and removed them all.
        ListImportOutcome later = outcomes.MaxBy(o => o.Import!.Id)!;
        Assert.Equal((300, 300), (later.Diff.Added.Length, later.Diff.Removed.Length));
        Assert.Equal(300, (await Store.GetListAsync(ListName, Ct))!.SubjectCount);
        Assert.Equal(900, await QueryNumberAsync("SELECT count(*) FROM history"));
    }

    [Fact]
    public async Task Database_written_by_a_newer_vigil_is_refused_with_both_versions()
    {
        await ExecuteSqlAsync("INSERT INTO schema_migrations (version, name, applied_at) VALUES (99, '0099_future', '2030-01-01T00:00:00.0000000Z')");

        SchemaVersionException error = await Assert.ThrowsAsync<SchemaVersionException>(() => WatchListStores.OpenAsync(DatabaseSpec, Time, Ct));

        Assert.Equal((99, SchemaVersion), (error.DatabaseVersion, error.SupportedVersion));
        Assert.Contains("newer version of Vigil", error.Message, StringComparison.Ordinal);
    }

    /// <summary>Cancels the import from its first progress report, as Ctrl+C in the middle of it would.</summary>
    private sealed class CancellingProgress(CancellationTokenSource cancel) : IProgress<int>
    {
        public int Reported { get; private set; }

        public void Report(int value)
        {
            Reported = value;
            cancel.Cancel();
        }
    }

    /// <summary>Unlike <see cref="Progress{T}"/>, reports on the calling thread, so a test sees every value in order.</summary>
    private sealed class SynchronousProgress(Action<int> report) : IProgress<int>
    {
        public void Report(int value) => report(value);
    }
}
