using System.Diagnostics;
using System.Globalization;
using Vigil.Domain;
using Vigil.Screening.Lists;
using Vigil.Testing;

namespace Vigil.Storage.Tests;

public abstract partial class WatchListStoreContractTests
{
    // The size of OFAC's SDN list (8,976 entries in 2019), so every batch and buffer boundary is crossed.
    private const int LargeListSize = 9_000;

    [Fact]
    public async Task List_the_size_of_OFAC_imports_whole_and_reimports_as_a_diff()
    {
        Subject[] subjects = [.. Enumerable.Range(0, LargeListSize).Select(i => OfacLike(i, "original"))];

        Stopwatch first = Stopwatch.StartNew();
        ListImportOutcome initial = await ImportAsync("sha-1", subjects);
        first.Stop();
        subjects[10] = OfacLike(10, "changed");
        subjects[20] = OfacLike(LargeListSize + 1, "added");
        Stopwatch second = Stopwatch.StartNew();
        ListImportOutcome update = await ImportAsync("sha-2", subjects);
        second.Stop();

        Assert.Equal(LargeListSize, initial.Import!.Added);
        Assert.Equal((1, 1, 1, LargeListSize - 2), (update.Import!.Added, update.Import.Changed, update.Import.Removed, update.Import.Unchanged));
        Assert.Equal(LargeListSize, (await Store.GetListAsync(ListName, Ct))!.SubjectCount);
        Assert.Equal(LargeListSize + 3, await QueryNumberAsync("SELECT count(*) FROM history"));
        Assert.Equal(subjects.Sum(s => s.Names.Length), await QueryNumberAsync("SELECT count(*) FROM subject_names n JOIN subjects s ON s.subject_id = n.subject_id WHERE s.removed_at IS NULL"));
        Assert.Equal(subjects.Sum(s => s.Documents.Length), await QueryNumberAsync("SELECT count(*) FROM subject_documents d JOIN subjects s ON s.subject_id = d.subject_id WHERE s.removed_at IS NULL"));

        // Not an assertion: a figure to compare engines and changes by (see bench/ for real measurements).
        TestContext.Current.TestOutputHelper?.WriteLine(
            $"{Store.Description}: imported {LargeListSize} subjects in {first.ElapsedMilliseconds} ms; re-imported with 3 changes in {second.ElapsedMilliseconds} ms");
    }

    /// <summary>A subject shaped like an OFAC SDN entry: aliases, a date of birth, a nationality, sometimes a passport.</summary>
    private static Subject OfacLike(int n, string variant)
    {
        string id = n.ToString(CultureInfo.InvariantCulture);
        SubjectBuilder builder = SubjectBuilder.For(id, ListName)
            .Name($"SURNAME {id}, Given {variant}")
            .Name($"ALIAS {id}")
            .BornOn(PartialDate.OfYear(1950 + (n % 50)))
            .Nationality(n % 2 == 0 ? "IRQ" : "SYR")
            .Programme("SDGT")
            .Remarks($"Remarks of entry {id}.");
        if (n % 3 == 0)
        {
            builder.Name($"SECOND ALIAS {id}", NameQuality.WeakAlias).Passport($"A{n:D7}", "IRQ");
        }

        return builder.Build();
    }
}
