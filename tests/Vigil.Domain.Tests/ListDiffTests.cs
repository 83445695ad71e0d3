using System.Collections.Immutable;
using Vigil.Domain;

namespace Vigil.Domain.Tests;

public sealed class ListDiffTests
{
    private static Subject Person(string sourceId, string name, string? dob = null) =>
        new(SubjectId.For("test", sourceId), SubjectKind.Person, new Listing("test", sourceId, ListingCategory.NoBoard))
        {
            Names = [PersonName.Whole(name, NameQuality.Primary)],
            DatesOfBirth = dob is null ? [] : [DateOfBirth.TryParse(dob, out DateOfBirth d) ? d : throw new FormatException(dob)],
        };

    [Fact]
    public void Pairs_subjects_by_source_id_and_lists_the_changed_fields()
    {
        Subject[] current = [Person("1", "Testperson One", "1980"), Person("2", "Testperson Two"), Person("3", "Testperson Three")];
        Subject[] incoming = [Person("1", "Testperson One", "1981"), Person("3", "Testperson Three"), Person("4", "Testperson Four")];

        ListDiff diff = ListDiff.Compute(current, incoming);

        Assert.Equal(["4"], diff.Added.Select(s => s.Listing.SourceId));
        Assert.Equal(["1"], diff.Changed.Select(c => c.After.Listing.SourceId));
        Assert.Equal(["datesOfBirth"], diff.Changed[0].Fields);
        Assert.Equal(["2"], diff.Removed.Select(s => s.Listing.SourceId));
        Assert.Equal(1, diff.Unchanged);
        Assert.False(diff.IsEmpty);
    }

    [Fact]
    public void The_same_subjects_in_another_order_and_with_another_provenance_are_no_change()
    {
        Provenance other = new("other.jsonl", "abc", DateTimeOffset.UnixEpoch);
        Subject[] current = [Person("1", "Testperson One"), Person("2", "Testperson Two")];
        Subject[] incoming = [.. current.Reverse().Select(s => s with { Listing = s.Listing with { Provenance = other } })];

        Assert.True(ListDiff.Compute(current, incoming).IsEmpty);
    }

    [Fact]
    public void Custody_entries_recorded_by_hand_are_not_list_content()
    {
        Subject listed = Person("1", "Testperson One") with
        {
            CustodyHistory = [new CustodyStatus(CustodyState.AtLarge, PartialDate.OfYear(2015))],
        };
        Subject withManual = listed with
        {
            CustodyHistory = listed.CustodyHistory.Add(new CustodyStatus(CustodyState.Detained, PartialDate.OfYear(2019)) { IsManual = true }),
        };
        Subject withListChange = listed with
        {
            CustodyHistory = [new CustodyStatus(CustodyState.AtLarge, PartialDate.OfYear(2015)) { Note = "new note" }],
        };

        Assert.Empty(SubjectDiff.ChangedFields(withManual, listed));
        Assert.Equal(["custody"], SubjectDiff.ChangedFields(listed, withListChange));
    }

    [Fact]
    public void Programmes_are_compared_by_value()
    {
        Subject a = Person("1", "Testperson One") with { Listing = new Listing("test", "1", ListingCategory.NoBoard) { Programmes = ImmutableArray.Create("SDGT") } };
        Subject b = a with { Listing = a.Listing with { Programmes = ImmutableArray.Create("SDGT") } };
        Subject c = a with { Listing = a.Listing with { Programmes = ImmutableArray.Create("SDGT", "IRAQ2"), Category = ListingCategory.Monitor } };

        Assert.Empty(SubjectDiff.ChangedFields(a, b));
        Assert.Equal(["category", "programmes"], SubjectDiff.ChangedFields(a, c));
    }

    [Fact]
    public void Two_incoming_subjects_with_one_source_id_are_refused()
    {
        Assert.Throws<ArgumentException>(() => ListDiff.Compute([], [Person("1", "A"), Person("1", "B")]));
    }
}
