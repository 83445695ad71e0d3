using BenchmarkDotNet.Attributes;
using Vigil.Domain;
using Vigil.Formats.Lists;
using Vigil.Formats.Travelers;
using Vigil.Matching;
using Vigil.Screening.Checks;
using Vigil.Screening.Screen;
using Vigil.Synthetic;

namespace Vigil.Benchmarks.Screening;

/// <summary>The work of one carrier check inside the server, without the database: the traveler screened against the
/// OFAC SDN list of 2019, decided by the policy, and the check's documents written (the traveler and the hits with
/// their structured explanations), as <c>CarrierChecks.Screen</c> does for <c>POST /api/v1/checks</c>.</summary>
/// <remarks>The travelers are made by <c>Vigil.Synthetic</c> with seed 1 (10 % listed people under changed names);
/// the list is a no-board list, so that hits become decisions. The mean is per check.</remarks>
[MemoryDiagnoser]
public class CheckBenchmarks
{
    /// <summary>Checks per invocation.</summary>
    public const int Checks = 1000;

    private static readonly CheckFlight Flight = new("VG", "19", "LHR", new DateTime(2025, 3, 15, 9, 10, 0, DateTimeKind.Unspecified), "JFK");

    private ScreeningSetup _setup = null!;
    private TravelerRecord[] _travelers = [];

    [GlobalSetup]
    public void Setup()
    {
        ListReadResult read = ListLoader.Read(SharedData.Path("ofac-sdn-2019"), "ofac-csv");
        if (read.HasErrors || read.Subjects.IsEmpty)
        {
            throw new InvalidOperationException($"The OFAC list did not read cleanly: {read.Diagnostics.FirstOrDefault()}");
        }

        Subject[] subjects = [.. read.Subjects.Select(s => s with { Listing = s.Listing with { Category = ListingCategory.NoBoard } })];
        _setup = ScreeningSetup.For(WatchListIndex.Build(subjects));
        int n = 0;
        _travelers =
        [
            .. new TravelerGenerator(subjects, seed: 1).Generate(Checks).Select(t => new TravelerRecord($"t{n++}")
            {
                Name = t.Name,
                DateOfBirth = t.DateOfBirth,
                Nationality = t.Nationality,
                Gender = t.Gender,
            }),
        ];
    }

    /// <summary>Screens, decides and writes the documents of every check; returns the number not boarded.</summary>
    [Benchmark(OperationsPerInvoke = Checks)]
    public int Check()
    {
        int stopped = 0;
        foreach (TravelerRecord traveler in _travelers)
        {
            NewCheck check = CarrierChecks.Screen(_setup, traveler, Flight, "key:bench");
            stopped += check.Outcome.Decision == Vigil.Screening.Decisions.Decision.Board ? 0 : 1;
        }

        return stopped;
    }
}
