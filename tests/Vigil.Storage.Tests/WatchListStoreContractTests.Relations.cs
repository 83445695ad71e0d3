using System.Text;
using Vigil.Domain;
using Vigil.Formats.Diagnostics;
using Vigil.Screening.Lists;
using Vigil.Screening.Relations;
using Vigil.Screening.Screen;
using Vigil.Testing;

namespace Vigil.Storage.Tests;

public abstract partial class WatchListStoreContractTests
{
    private static Subject Fighter(params (RelationType Type, string Relative)[] relations)
    {
        SubjectBuilder builder = SubjectBuilder.For("F-1", ListName).Name("Karim Bashir HADDADI").Category(ListingCategory.NoBoard);
        foreach ((RelationType type, string relative) in relations)
        {
            builder.Related(type, relative);
        }

        return builder.Build();
    }

    private static Subject Wife() => SubjectBuilder.For("F-2", ListName).Name("Samira Wahbi TALEB").Category(ListingCategory.Monitor)
        .Custody(CustodyState.Detained, PartialDate.OfYear(2019), "(camp)").Build();

    private static Subject Son() => SubjectBuilder.For("F-3", ListName).Name("Idris Karim HADDADI").Category(ListingCategory.Monitor).Build();

    [Fact]
    public async Task Relations_of_a_file_are_stored_once_and_seen_from_both_sides_with_the_inverse()
    {
        await ImportAsync("sha-1", Fighter((RelationType.Spouse, "F-2"), (RelationType.Child, "F-3")), Wife(), Son());

        IReadOnlyList<RelationRecord> all = await Store.GetRelationsAsync(null, Ct);
        RelationGraph graph = RelationGraph.From(all);
        SubjectId fighter = SubjectId.For(ListName, "F-1"), wife = SubjectId.For(ListName, "F-2"), son = SubjectId.For(ListName, "F-3");

        Assert.Equal(2, all.Count);
        Assert.Equal(2, await QueryNumberAsync("SELECT count(*) FROM subject_relations"));
        Assert.Equal([(RelationType.Spouse, wife), (RelationType.Child, son)], graph.Of(fighter).Select(r => (r.Type, r.SubjectId)));
        Relative father = Assert.Single(graph.Of(son));
        Assert.Equal((RelationType.Parent, fighter, "F-1", ListingCategory.NoBoard, CustodyState.Unknown), (father.Type, father.SubjectId, father.SourceId, father.Category, father.Custody));
        Relative husbandSeenByWife = Assert.Single(graph.Of(wife));
        Assert.Equal(RelationType.Spouse, husbandSeenByWife.Type);
        Relative wifeSeenByHusband = graph.Of(fighter)[0];
        Assert.Equal((ListingCategory.Monitor, CustodyState.Detained, "Samira Wahbi TALEB"), (wifeSeenByHusband.Category, wifeSeenByHusband.Custody, wifeSeenByHusband.Name));
        Assert.Equal(
            [(RelationType.Parent, fighter)],
            (await new SubjectRelations(Store).ReadRelativesAsync(son, Ct)).Select(r => (r.Type, r.SubjectId)));
    }

    [Fact]
    public async Task A_reimport_that_drops_a_relation_removes_it_with_history_and_keeps_one_recorded_by_hand()
    {
        await ImportAsync("sha-1", Fighter((RelationType.Spouse, "F-2"), (RelationType.Child, "F-3")), Wife(), Son());
        Subject wife = Wife(), son = Son();
        await Store.AddRelationAsync(son.Id, SubjectRelation.To(RelationType.Parent, ListName, "F-2") with { Since = PartialDate.OfYear(2016) }, "analyst", Ct);

        ListImportOutcome outcome = await ImportAsync("sha-2", Fighter((RelationType.Spouse, "F-2")), wife, son);

        SubjectChange change = Assert.Single(outcome.Diff.Changed);
        Assert.Equal(["relations"], change.Fields);
        RelationGraph graph = RelationGraph.From(await Store.GetRelationsAsync(null, Ct));
        Relative mother = Assert.Single(graph.Of(son.Id));
        Assert.Equal((RelationType.Parent, wife.Id, true, PartialDate.OfYear(2016)), (mother.Type, mother.SubjectId, mother.IsManual, mother.Since));
        HistoryEntry changed = (await Store.GetHistoryAsync(new HistoryQuery(null, SubjectId.For(ListName, "F-1")), Ct))[0];
        Assert.Equal((HistoryAction.Changed, "import:2"), (changed.Action, changed.Actor));
        Assert.Equal(2, changed.Before!.Relations.Length);
        Assert.Single(changed.After!.Relations);

        // The manual relation is part of the son's document and survives a third import too.
        await ImportAsync("sha-3", Fighter(), wife, son);
        Subject stored = (await Store.GetSubjectsAsync(ListName, Ct)).Single(s => s.Id == son.Id);
        SubjectRelation kept = Assert.Single(stored.Relations);
        Assert.Equal((true, "analyst"), (kept.IsManual, kept.RecordedBy));
    }

    [Fact]
    public async Task Relating_by_hand_is_history_on_both_subjects_and_moves_the_relatives_list_version()
    {
        await ImportAsync("sha-1", Fighter(), Wife());
        Subject other = SubjectBuilder.For("Q-9", "other").Name("Walid Nasser ZAYANI").Build();
        await Store.ImportAsync(new ListImportRequest("other", "vigil-jsonl", new Provenance("other.jsonl", "sha-o", Time.GetUtcNow()), "alice", [other]), Ct);
        long before = (await Store.GetVersionsAsync(Ct))["other"];
        SubjectId fighter = SubjectId.For(ListName, "F-1");

        Time.Advance(TimeSpan.FromMinutes(5));
        Subject updated = await Store.AddRelationAsync(fighter, SubjectRelation.To(RelationType.Associate, "other", "Q-9") with { Source = "liaison report" }, "analyst", Ct);

        SubjectRelation relation = Assert.Single(updated.Relations);
        Assert.Equal((other.Id, "other", true, "analyst", Time.GetUtcNow()), (relation.RelativeId, relation.RelativeList, relation.IsManual, relation.RecordedBy, relation.RecordedAt));
        HistoryEntry mine = (await Store.GetHistoryAsync(new HistoryQuery(null, fighter), Ct))[0];
        HistoryEntry theirs = (await Store.GetHistoryAsync(new HistoryQuery(null, other.Id), Ct))[0];
        Assert.Equal((HistoryAction.RelationsChanged, "analyst", "relations"), (mine.Action, mine.Actor, mine.Fields.Single()));
        Assert.Empty(mine.Before!.Relations);
        Assert.Single(mine.After!.Relations);
        Assert.Equal((HistoryAction.RelationsChanged, "other"), (theirs.Action, theirs.ListName));
        Assert.True((await Store.GetVersionsAsync(Ct))["other"] > before);
        Relative seen = Assert.Single(RelationGraph.From(await Store.GetRelationsAsync(other.Id, Ct)).Of(other.Id));
        Assert.Equal((RelationType.Associate, fighter, ListName, ListingCategory.NoBoard), (seen.Type, seen.SubjectId, seen.List, seen.Category));
    }

    [Fact]
    public async Task Unrelating_removes_the_relation_from_whichever_side_records_it_and_says_when_there_is_none()
    {
        await ImportAsync("sha-1", Fighter((RelationType.Child, "F-3")), Wife(), Son());
        SubjectId fighter = SubjectId.For(ListName, "F-1"), son = SubjectId.For(ListName, "F-3"), wife = SubjectId.For(ListName, "F-2");

        // Asked from the son's side: the fighter is his parent; the relation is recorded on the fighter as child.
        IReadOnlyList<Subject> changed = await Store.RemoveRelationAsync(son, fighter, RelationType.Parent, "analyst", Ct);
        IReadOnlyList<Subject> none = await Store.RemoveRelationAsync(son, wife, RelationType.Parent, "analyst", Ct);

        Subject updated = Assert.Single(changed);
        Assert.Equal(fighter, updated.Id);
        Assert.Empty(updated.Relations);
        Assert.Empty(none);
        Assert.Empty(await Store.GetRelationsAsync(null, Ct));
        Assert.Equal(0, await QueryNumberAsync("SELECT count(*) FROM subject_relations"));
        Assert.Equal(HistoryAction.RelationsChanged, (await Store.GetHistoryAsync(new HistoryQuery(null, son), Ct))[0].Action);
    }

    [Fact]
    public async Task The_relations_service_refuses_a_subject_related_to_itself_and_does_not_record_a_known_relation_twice()
    {
        await ImportAsync("sha-1", Fighter((RelationType.Spouse, "F-2")), Wife());
        Subject fighter = Fighter((RelationType.Spouse, "F-2")), wife = Wife();
        SubjectRelations relations = new(Store);

        RelationChange self = await relations.RelateAsync(fighter, fighter, SubjectRelation.To(RelationType.Sibling, ListName, "F-1"), "analyst", "cli:analyst", Ct);
        RelationChange again = await relations.RelateAsync(wife, fighter, SubjectRelation.To(RelationType.Spouse, ListName, "F-1"), "analyst", "cli:analyst", Ct);

        Assert.Equal(RelationChangeOutcome.SameSubject, self.Outcome);
        Assert.Equal(RelationChangeOutcome.Unchanged, again.Outcome);
        Assert.Single(await Store.GetRelationsAsync(null, Ct));
    }

    [Fact]
    public async Task An_import_naming_a_relative_of_another_list_that_the_database_lacks_is_rejected_whole_with_its_position()
    {
        ListImportService service = new(Store, Time);
        await ImportJsonlAsync(service, "other", """{"id":"Q-1","names":[{"full":"Walid Nasser ZAYANI"}]}""");

        ListImportResult rejected = await ImportJsonlAsync(
            service,
            ListName,
            """
            {"id":"F-1","names":[{"full":"Karim Bashir HADDADI"}],"relations":[{"type":"associate","subject":"other:Q-1"}]}
            {"id":"F-2","names":[{"full":"Samira Wahbi TALEB"}],"relations":[{"type":"sibling","subject":"other:Q-404"}]}
            """);
        WatchListSummary? afterRejected = await Store.GetListAsync(ListName, Ct);
        ListImportResult accepted = await ImportJsonlAsync(
            service,
            ListName,
            """{"id":"F-1","names":[{"full":"Karim Bashir HADDADI"}],"relations":[{"type":"associate","subject":"other:Q-1"}]}""");

        Assert.True(rejected.IsRejected);
        Diagnostic error = Assert.Single(rejected.Diagnostics, d => d.IsError);
        Assert.Equal(("VGL-JSONL016", 2, 94, "$.relations[0].subject"), (error.Code, error.Position.Line, error.Position.Column, error.Position.Field));
        Assert.Contains("'Q-404' in list 'other'", error.Message, StringComparison.Ordinal);
        Assert.Null(afterRejected);
        Assert.False(accepted.IsRejected, string.Join("\n", accepted.Diagnostics));
        Relative relative = Assert.Single(RelationGraph.From(await Store.GetRelationsAsync(null, Ct)).Of(SubjectId.For("other", "Q-1")));
        Assert.Equal((RelationType.Associate, "F-1"), (relative.Type, relative.SourceId));
    }

    [Fact]
    public async Task The_index_cache_loads_every_relation_with_the_index_also_of_lists_not_screened()
    {
        await ImportAsync("sha-1", Fighter((RelationType.Spouse, "F-2")), Wife());
        using WatchListIndexCache cache = new(Store, Time);

        CachedIndex cached = await cache.GetAsync([ListName], Ct);

        Assert.Equal(1, cached.Relations.RelationCount);
        Assert.Equal(RelationType.Spouse, Assert.Single(cached.Relations.Of(SubjectId.For(ListName, "F-2"))).Type);
    }

    private static Task<ListImportResult> ImportJsonlAsync(ListImportService service, string list, string content) =>
        service.ImportAsync(
            new ListFile(list + ".jsonl", new MemoryStream(Encoding.UTF8.GetBytes(content))),
            new ListImportCommand(list, "vigil-jsonl", ListingCategory.SecondaryScreening, "alice"),
            Ct);
}
