using System.Text;
using System.Text.Json;
using Vigil.Domain;
using Vigil.Formats.Edifact;
using Vigil.Formats.Travelers;
using Vigil.Matching;
using Vigil.Screening.Flights;
using Vigil.Screening.Relations;
using Vigil.Screening.Screen;
using Vigil.Testing;

namespace Vigil.Screening.Tests.Relations;

/// <summary>Hits carry their subject's relatives, and travelers of one booking or flight whose hits are related are told
/// of each other. Every person, booking and the carrier "VG" are invented.</summary>
public sealed class RelationScreeningTests
{
    private const string List = "fam";

    // A fighter, his wife (detained) and their son; the son's relation to his mother is recorded on the son.
    private static readonly Subject[] Family =
    [
        SubjectBuilder.For("F-1", List).Name("Quorvath Belstrane").Category(ListingCategory.NoBoard)
            .Related(RelationType.Spouse, "F-2").Related(RelationType.Child, "F-3").Build(),
        SubjectBuilder.For("F-2", List).Name("Yselda Marrowquint").Category(ListingCategory.Monitor)
            .Custody(CustodyState.Detained, PartialDate.OfYear(2019), "(camp)").Build(),
        SubjectBuilder.For("F-3", List).Name("Tobrin Belstrane").Category(ListingCategory.Monitor).Related(RelationType.Parent, "F-2").Build(),
        SubjectBuilder.For("U-9", List).Name("Haldecott Prymwell").Build(),
    ];

    private static readonly Lazy<WatchListIndex> Index = new(() => WatchListIndex.Build(Family));

    private static readonly RelationGraph Graph = RelationGraph.FromSubjects(Family);

    private static SubjectId Id(string sourceId) => SubjectId.For(List, sourceId);

    [Fact]
    public void The_graph_of_a_file_gives_each_subject_its_relatives_from_both_sides()
    {
        Assert.Equal(3, Graph.RelationCount);
        Assert.Equal([(RelationType.Spouse, Id("F-2")), (RelationType.Child, Id("F-3"))], Graph.Of(Id("F-1")).Select(r => (r.Type, r.SubjectId)));
        Assert.Equal([(RelationType.Spouse, Id("F-1")), (RelationType.Child, Id("F-3"))], Graph.Of(Id("F-2")).Select(r => (r.Type, r.SubjectId)));
        Assert.Equal([(RelationType.Parent, Id("F-1")), (RelationType.Parent, Id("F-2"))], Graph.Of(Id("F-3")).Select(r => (r.Type, r.SubjectId)));
        Assert.Empty(Graph.Of(Id("U-9")));
        Relative mother = Graph.Between(Id("F-3"), Id("F-2"))!;
        Assert.Equal((ListingCategory.Monitor, CustodyState.Detained, Id("F-3")), (mother.Category, mother.Custody, mother.RecordedOn));
        Assert.Null(Graph.Between(Id("F-1"), Id("U-9")));
    }

    [Fact]
    public void A_list_without_relations_gives_the_empty_graph()
    {
        Assert.Same(RelationGraph.Empty, RelationGraph.FromSubjects([SubjectBuilder.For("U-9", List).Name("Haldecott Prymwell").Build()]));
    }

    [Fact]
    public void Every_hit_of_a_batch_carries_its_subjects_relatives_with_list_category_and_custody()
    {
        BatchScreener screener = new(Index.Value, Index.Value.ReviewThreshold) { Relations = Graph };
        TravelerScreening wife = screener.Screen(TravelerLine.Of(1, new TravelerRecord("t1") { Name = "Yselda Marrowquint" }));
        TravelerScreening other = screener.Screen(TravelerLine.Of(2, new TravelerRecord("t2") { Name = "Haldecott Prymwell" }));

        JsonElement hit = Written(wife).GetProperty("hits")[0];
        JsonElement unrelated = Written(other).GetProperty("hits")[0];

        Assert.Equal("F-2", hit.GetProperty("sourceId").GetString());
        JsonElement[] relations = [.. hit.GetProperty("relations").EnumerateArray()];
        Assert.Equal(["spouse", "child"], relations.Select(r => r.GetProperty("type").GetString()));
        Assert.Equal(
            (Id("F-1").Value, List, "F-1", "no-board", "unknown"),
            (relations[0].GetProperty("subjectId").GetString(), relations[0].GetProperty("list").GetString(), relations[0].GetProperty("sourceId").GetString(),
                relations[0].GetProperty("category").GetString(), relations[0].GetProperty("custody").GetString()));
        Assert.Equal(JsonValueKind.Array, unrelated.GetProperty("relations").ValueKind);
        Assert.Equal(0, unrelated.GetProperty("relations").GetArrayLength());
    }

    [Fact]
    public void Travelers_of_one_booking_or_flight_whose_hits_are_related_are_told_of_each_other()
    {
        FlightScreener screener = new(Index.Value, Index.Value.ReviewThreshold) { Relations = Graph };
        FlightTraveler[] travelers =
        [
            Traveler("K4TR7Q/1", "Yselda", "Marrowquint", "K4TR7Q", "19"),
            Traveler("K4TR7Q/2", "Tobrin", "Belstrane", "K4TR7Q", "19"),
            Traveler("M8WX2P/1", "Quorvath", "Belstrane", "M8WX2P", "19"),
            Traveler("P3ZZ9L/1", "Haldecott", "Prymwell", "P3ZZ9L", "19"),
            Traveler("R7QQ4N/1", "Tobrin", "Belstrane", "R7QQ4N", "23"),
        ];

        IReadOnlyList<FlightScreening> results = screener.ScreenAll(travelers, TestContext.Current.CancellationToken);

        Assert.All(results, r => Assert.Equal(ScreeningStatus.Review, r.Status));
        Assert.Equal(
            [("K4TR7Q/2", Id("F-3"), RelationType.Child, Id("F-2"), true), ("M8WX2P/1", Id("F-1"), RelationType.Spouse, Id("F-2"), false)],
            results[0].RelatedHits.Select(r => (r.TravelerId, r.SubjectId, r.Relation, r.HitSubjectId, r.SameBooking)));
        Assert.Equal(
            [("K4TR7Q/1", Id("F-2"), RelationType.Parent, Id("F-3"), true), ("M8WX2P/1", Id("F-1"), RelationType.Parent, Id("F-3"), false)],
            results[1].RelatedHits.Select(r => (r.TravelerId, r.SubjectId, r.Relation, r.HitSubjectId, r.SameBooking)));
        Assert.Empty(results[3].RelatedHits);
        Assert.Empty(results[4].RelatedHits);

        using MemoryStream output = new();
        FlightScreener.Write([results[0]], output);
        JsonElement written = JsonDocument.Parse(output.ToArray()).RootElement;
        JsonElement related = written.GetProperty("relatedHits")[0];
        Assert.Equal(
            ("K4TR7Q/2", Id("F-3").Value, "child", Id("F-2").Value, true),
            (related.GetProperty("travelerId").GetString(), related.GetProperty("subjectId").GetString(), related.GetProperty("relation").GetString(),
                related.GetProperty("hitSubjectId").GetString(), related.GetProperty("sameBooking").GetBoolean()));
        Assert.Equal(2, written.GetProperty("hits")[0].GetProperty("relations").GetArrayLength());
    }

    [Fact]
    public void A_wife_and_a_child_whose_list_names_only_the_fighters_relations_are_linked_through_him()
    {
        Subject[] family =
        [
            SubjectBuilder.For("G-1", List).Name("Morvek Oldanstri").Category(ListingCategory.NoBoard)
                .Related(RelationType.Spouse, "G-2").Related(RelationType.Child, "G-3").Build(),
            SubjectBuilder.For("G-2", List).Name("Pellandra Voskuijl").Category(ListingCategory.Monitor).Build(),
            SubjectBuilder.For("G-3", List).Name("Tavish Oldanstri").Category(ListingCategory.Monitor).Build(),
        ];
        WatchListIndex index = WatchListIndex.Build(family);
        FlightScreener screener = new(index, index.ReviewThreshold) { Relations = RelationGraph.FromSubjects(family) };

        IReadOnlyList<FlightScreening> results = screener.ScreenAll(
            [Traveler("B2NN6T/1", "Pellandra", "Voskuijl", "B2NN6T", "19"), Traveler("B2NN6T/2", "Tavish", "Oldanstri", "B2NN6T", "19")],
            TestContext.Current.CancellationToken);

        RelatedHit child = Assert.Single(results[0].RelatedHits);
        Assert.Equal(
            ("B2NN6T/2", SubjectId.For(List, "G-3"), RelationType.Other, SubjectId.For(List, "G-1"), RelationType.Spouse, RelationType.Child),
            (child.TravelerId, child.SubjectId, child.Relation, child.Via!.SubjectId, child.Via.Type, child.RelationToVia));
        RelatedHit mother = Assert.Single(results[1].RelatedHits);
        Assert.Equal((RelationType.Parent, RelationType.Spouse), (mother.Via!.Type, mother.RelationToVia));

        using MemoryStream output = new();
        FlightScreener.Write([results[0]], output);
        JsonElement via = JsonDocument.Parse(output.ToArray()).RootElement.GetProperty("relatedHits")[0].GetProperty("via");
        Assert.Equal(("G-1", "spouse", "child", "Morvek Oldanstri"), (via.GetProperty("sourceId").GetString(), via.GetProperty("type").GetString(),
            via.GetProperty("relativeType").GetString(), via.GetProperty("name").GetString()));
    }

    private static FlightTraveler Traveler(string id, string given, string family, string recordLocator, string flight) =>
        new(id, "passenger")
        {
            Names = [new TravelerName(given, family)],
            RecordLocator = recordLocator,
            Flight = new FlightContext(
                "VG", flight, new FlightPoint("LHR", new LocalDateTime(new DateOnly(2025, 3, 15), new TimeOnly(9, 10))), new FlightPoint("JFK"), 1, 1),
        };

    private static JsonElement Written(TravelerScreening result)
    {
        using MemoryStream stream = new();
        using (Utf8JsonWriter writer = new(stream))
        {
            BatchScreener.WriteResult(writer, result);
        }

        return JsonDocument.Parse(Encoding.UTF8.GetString(stream.ToArray())).RootElement.Clone();
    }
}
