using Vigil.Domain;
using Vigil.Screening.Lists;
using Vigil.Testing;

namespace Vigil.Server.Tests.Support;

/// <summary>The data the servers under test hold: Vigil's fictitious national list (imported as <c>vigil demo</c>
/// imports it) and the UN sample, and the example messages of <c>shared/data/formats-examples</c>.</summary>
public static class DemoData
{
    public const string NationalList = "national-ftf";
    public const string UnList = "un";

    /// <summary>Subjects of the national list.</summary>
    public const int NationalSubjects = 36;

    public static string NationalListFile => Path.Combine(RepositoryRoot.Path, "data", "demo", "national-ftf.jsonl");

    public static string UnSampleFile => Example("un-sample", "un-sample.xml");

    /// <summary>Three passengers on two legs of VG 471/472 on 15 March 2025: message M0117.</summary>
    public static byte[] PaxlstExample => File.ReadAllBytes(Example("formats-examples", "paxlst-passengers-2leg.edi"));

    /// <summary>Two PNRs (three passengers) of VG 471 on 15 March 2025.</summary>
    public static byte[] PnrgovExample => File.ReadAllBytes(Example("formats-examples", "pnrgov-2pnrs.edi"));

    /// <summary>A file of <c>shared/data</c>, beside the repository.</summary>
    public static string Example(params string[] parts)
    {
        string path = RepositoryRoot.SharedData(parts);
        return File.Exists(path) ? path : throw new FileNotFoundException($"{path} is missing: the server tests read the shared examples from shared/data beside the repository.", path);
    }

    /// <summary>Imports both lists, as <c>vigil demo</c> does.</summary>
    public static async Task ImportAsync(IWatchListStore store, CancellationToken cancellationToken)
    {
        await ImportAsync(store, NationalListFile, new ListImportCommand(NationalList, "vigil-jsonl", ListingCategory.NoBoard, "demo"), cancellationToken);
        await ImportAsync(store, UnSampleFile, new ListImportCommand(UnList, "un-xml", ListingCategory.SecondaryScreening, "demo"), cancellationToken);
    }

    /// <summary>Imports one list file and fails the test when it is rejected.</summary>
    public static async Task<ListImportResult> ImportAsync(IWatchListStore store, string file, ListImportCommand command, CancellationToken cancellationToken)
    {
        await using FileStream stream = File.OpenRead(file);
        ListImportResult result = await new ListImportService(store, TimeProvider.System).ImportAsync(new ListFile(Path.GetFileName(file), stream), command, cancellationToken);
        Assert.True(result.Outcome is not null, $"{file} was rejected: {string.Join("; ", result.Diagnostics)}");
        return result;
    }
}
