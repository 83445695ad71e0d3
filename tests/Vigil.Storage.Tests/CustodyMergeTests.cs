using Vigil.Domain;

namespace Vigil.Storage.Tests;

public sealed class CustodyMergeTests
{
    private static readonly DateTimeOffset Earlier = new(2025, 1, 10, 8, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Now = new(2026, 3, 1, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void New_list_entries_are_stamped_with_the_import()
    {
        CustodyStatus detained = new(CustodyState.Detained, PartialDate.OfYear(2019));

        CustodyStatus merged = Assert.Single(CustodyMerge.Merge([detained], [], Now, "import:7"));

        Assert.Equal((CustodyState.Detained, Now, "import:7", false), (merged.State, merged.RecordedAt, merged.RecordedBy, merged.IsManual));
    }

    [Fact]
    public void List_entry_already_stored_keeps_the_import_that_first_recorded_it()
    {
        CustodyStatus detained = new(CustodyState.Detained, PartialDate.OfYear(2019));
        CustodyStatus stored = detained with { RecordedAt = Earlier, RecordedBy = "import:1" };

        CustodyStatus merged = Assert.Single(CustodyMerge.Merge([detained], [stored], Now, "import:7"));

        Assert.Equal((Earlier, "import:1"), (merged.RecordedAt, merged.RecordedBy));
    }

    [Fact]
    public void Manual_entries_are_kept_and_list_entries_dropped_by_the_list_are_not()
    {
        CustodyStatus dropped = new(CustodyState.AtLarge, PartialDate.OfYear(2010)) { RecordedAt = Earlier, RecordedBy = "import:1" };
        CustodyStatus manual = new(CustodyState.Convicted, PartialDate.OfYear(2021)) { RecordedAt = Earlier, RecordedBy = "analyst", IsManual = true };
        CustodyStatus incoming = new(CustodyState.Detained, PartialDate.OfYear(2019));

        var merged = CustodyMerge.Merge([incoming], [dropped, manual], Now, "import:7");

        Assert.Equal([(CustodyState.Detained, false), (CustodyState.Convicted, true)], merged.Select(e => (e.State, e.IsManual)));
    }

    [Fact]
    public void Entries_are_ordered_by_when_they_took_effect_and_an_unknown_date_by_when_it_was_recorded()
    {
        CustodyStatus manualOld = new(CustodyState.Detained, PartialDate.Of(2018, 6, 1)) { RecordedAt = Now, RecordedBy = "analyst", IsManual = true };
        CustodyStatus manualUndated = new(CustodyState.Released, default) { RecordedAt = Earlier, RecordedBy = "analyst", IsManual = true };
        CustodyStatus listLater = new(CustodyState.UnderProsecution, PartialDate.OfYear(2020));
        CustodyStatus listEarlier = new(CustodyState.AtLarge, PartialDate.OfYear(2015));

        var merged = CustodyMerge.Merge([listLater, listEarlier], [manualUndated, manualOld], Now, "import:7");

        Assert.Equal(
            [CustodyState.AtLarge, CustodyState.Detained, CustodyState.UnderProsecution, CustodyState.Released],
            merged.Select(e => e.State));
    }

    [Fact]
    public void Manual_entry_carried_by_an_exported_file_is_not_duplicated()
    {
        CustodyStatus manual = new(CustodyState.Convicted, PartialDate.OfYear(2021)) { RecordedAt = Earlier, RecordedBy = "analyst", IsManual = true };

        Assert.Single(CustodyMerge.Merge([manual], [manual], Now, "import:7"));
    }
}
