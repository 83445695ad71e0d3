using Vigil.Domain;

namespace Vigil.Storage.Tests;

public sealed class RelationMergeTests
{
    private static readonly DateTimeOffset Earlier = new(2025, 1, 10, 8, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Now = new(2026, 3, 1, 9, 0, 0, TimeSpan.Zero);

    private static SubjectRelation Spouse() => SubjectRelation.To(RelationType.Spouse, "fam", "F-2") with { Since = PartialDate.OfYear(2014) };

    [Fact]
    public void A_new_relation_of_the_file_is_stamped_with_the_import()
    {
        SubjectRelation merged = Assert.Single(RelationMerge.Merge([Spouse()], [], Now, "import:7"));

        Assert.Equal((Now, "import:7", false), (merged.RecordedAt, merged.RecordedBy, merged.IsManual));
    }

    [Fact]
    public void A_relation_already_stored_keeps_the_import_that_first_recorded_it()
    {
        SubjectRelation stored = Spouse() with { RecordedAt = Earlier, RecordedBy = "import:1" };

        SubjectRelation merged = Assert.Single(RelationMerge.Merge([Spouse()], [stored], Now, "import:7"));

        Assert.Equal((Earlier, "import:1"), (merged.RecordedAt, merged.RecordedBy));
    }

    [Fact]
    public void Relations_recorded_by_hand_are_kept_after_the_files_and_those_the_file_dropped_are_not()
    {
        SubjectRelation dropped = SubjectRelation.To(RelationType.Child, "fam", "F-3") with { RecordedAt = Earlier, RecordedBy = "import:1" };
        SubjectRelation manual = SubjectRelation.To(RelationType.Associate, "un", "QDi.901") with { RecordedAt = Earlier, RecordedBy = "analyst", IsManual = true };

        var merged = RelationMerge.Merge([Spouse()], [dropped, manual], Now, "import:7");

        Assert.Equal([(RelationType.Spouse, "F-2", false), (RelationType.Associate, "QDi.901", true)], merged.Select(r => (r.Type, r.RelativeSourceId, r.IsManual)));
    }

    [Fact]
    public void A_relation_whose_since_changed_is_a_new_one()
    {
        SubjectRelation stored = Spouse() with { RecordedAt = Earlier, RecordedBy = "import:1" };

        SubjectRelation merged = Assert.Single(RelationMerge.Merge([Spouse() with { Since = PartialDate.OfYear(2015) }], [stored], Now, "import:7"));

        Assert.Equal(("import:7", PartialDate.OfYear(2015)), (merged.RecordedBy, merged.Since));
    }
}
