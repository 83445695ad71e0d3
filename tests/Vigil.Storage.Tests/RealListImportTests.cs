using System.Collections.Immutable;
using Microsoft.Extensions.Time.Testing;
using Vigil.Domain;
using Vigil.Formats.Lists;
using Vigil.Screening.Lists;
using Vigil.Testing;

namespace Vigil.Storage.Tests;

/// <summary>The real public lists (OFAC SDN 2019, the UN sample) go through the import use case into each engine and
/// come back field by field.</summary>
/// <remarks>The expected numbers were counted independently of the readers, from the raw files (grep for the
/// remarks items and the XML elements, Python's csv module for the split by date precision and document kind).</remarks>
public abstract class RealListImportTests : IAsyncLifetime
{
    private IWatchListStore? _store;

    protected FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 3, 1, 9, 0, 0, TimeSpan.Zero));

    private IWatchListStore Store => _store ?? throw new InvalidOperationException("Not initialized.");

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    protected abstract Task<string> CreateDatabaseAsync();

    public async ValueTask InitializeAsync() => _store = await WatchListStores.OpenAsync(await CreateDatabaseAsync(), Time, Ct);

    public async ValueTask DisposeAsync()
    {
        if (_store is not null)
        {
            await _store.DisposeAsync();
        }

        GC.SuppressFinalize(this);
    }

    [Fact]
    public async Task The_UN_sample_is_stored_field_by_field()
    {
        ImmutableArray<Subject> stored = await ImportAsync("un-xml", "un", RepositoryRoot.SharedData("un-sample", "un-sample.xml"));

        Assert.Equal(20, stored.Count(s => s.Kind == SubjectKind.Person));
        Assert.Equal(5, stored.Count(s => s.Kind == SubjectKind.Organization));
        Assert.Equal(25, CountNames(stored, NameQuality.Primary));
        Assert.Equal(34, CountNames(stored, NameQuality.StrongAlias));
        Assert.Equal(9, CountNames(stored, NameQuality.WeakAlias));
        Assert.Equal(7, CountNames(stored, NameQuality.OriginalScript));
        Assert.Equal(7, stored.Sum(s => s.Names.Count(n => n.Script == NameScript.Arabic)));
        Assert.Equal(14, CountDates(stored, DateOfBirthKind.Exact));
        Assert.Equal(9, CountDates(stored, DateOfBirthKind.Year));
        Assert.Equal(1, CountDates(stored, DateOfBirthKind.Approximate));
        Assert.Equal(8, CountDocuments(stored, DocumentType.Passport));
        Assert.Equal(3, CountDocuments(stored, DocumentType.NationalId));
        Assert.Equal(16, stored.Sum(s => s.Nationalities.Length));
        Subject cdi011 = stored.Single(s => s.Listing.SourceId == "CDi.011");
        Assert.Equal(["1965-12-28", "1965-12-29"], cdi011.DatesOfBirth.Select(d => d.ToString()));
        Assert.Equal([CountryCode.Of("COD")], cdi011.Nationalities);
        Assert.Contains(cdi011.Names, n => n.Full == "Douglas Iruta Mpamo" && n.Quality == NameQuality.StrongAlias);
        Assert.Contains(cdi011.Names, n => n.Full == "Mpano" && n.Quality == NameQuality.WeakAlias);
        Assert.Equal("CDi.011", (await Store.FindSubjectsAsync(cdi011.Id.Value, null, Ct)).Single().Subject.Listing.SourceId);
    }

    [Fact]
    public async Task The_OFAC_2019_list_is_stored_field_by_field()
    {
        ImmutableArray<Subject> stored = await ImportAsync("ofac-csv", "ofac", RepositoryRoot.SharedData("ofac-sdn-2019", "sdn.csv"));

        Assert.Equal(8976, stored.Length);
        Assert.Equal(4620, stored.Count(s => s.Kind == SubjectKind.Person));
        Assert.Equal(406, stored.Count(s => s.Kind == SubjectKind.Vessel));
        Assert.Equal(277, stored.Count(s => s.Kind == SubjectKind.Aircraft));
        Assert.Equal(3673, stored.Count(s => s.Kind == SubjectKind.Organization));
        Assert.Equal(8976, CountNames(stored, NameQuality.Primary));
        Assert.Equal(11910, CountNames(stored, NameQuality.StrongAlias));
        Assert.Equal(2441, CountNames(stored, NameQuality.WeakAlias));
        Assert.Equal(4025, CountDates(stored, DateOfBirthKind.Exact));
        Assert.Equal(862, CountDates(stored, DateOfBirthKind.Year));
        Assert.Equal(48, CountDates(stored, DateOfBirthKind.YearMonth));
        Assert.Equal(77, CountDates(stored, DateOfBirthKind.Approximate));
        Assert.Equal(113, CountDates(stored, DateOfBirthKind.Range));
        Assert.Equal(4375, stored.Sum(s => s.Documents.Length));
        Assert.Equal(1536, CountDocuments(stored, DocumentType.Passport));
        Assert.Equal(1762, CountDocuments(stored, DocumentType.NationalId));
        Assert.Equal(2689, stored.Sum(s => s.Nationalities.Length));
        Assert.Equal(1384, stored.Count(s => s.Gender == Gender.Male));
        Assert.Equal(129, stored.Count(s => s.Gender == Gender.Female));
    }

    /// <summary>Reads the file with its reader, imports it through the use case, and checks that every stored
    /// subject equals the one read, field by field; returns the stored subjects.</summary>
    private async Task<ImmutableArray<Subject>> ImportAsync(string format, string listName, string path)
    {
        ListImportService service = new(Store, Time);
        List<Stream> streams = [];
        try
        {
            Stream main = File.OpenRead(path);
            streams.Add(main);
            Dictionary<string, (Stream, string)> companions = new(StringComparer.Ordinal);
            foreach (string name in new[] { "alt.csv", "add.csv", "sdn_comments.csv" })
            {
                string companion = Path.Combine(Path.GetDirectoryName(path)!, name);
                if (format == "ofac-csv" && File.Exists(companion))
                {
                    Stream stream = File.OpenRead(companion);
                    streams.Add(stream);
                    companions[name] = (stream, name);
                }
            }

            ListImportResult result = await service.ImportAsync(
                new ListFile(Path.GetFileName(path), main) { Companions = companions },
                new ListImportCommand(listName, format, ListingCategory.SecondaryScreening, "test"),
                Ct);

            Assert.False(result.IsRejected, string.Join("\n", result.Diagnostics));
            IReadOnlyList<Subject> stored = await Store.GetSubjectsAsync(listName, Ct);
            Assert.Equal(result.SubjectsRead, stored.Count);
            Assert.Equal(result.SubjectsRead, result.Outcome!.Diff.Added.Length);
            Dictionary<string, Subject> read = result.Outcome.Diff.Added.ToDictionary(s => s.Listing.SourceId, StringComparer.Ordinal);
            foreach (Subject subject in stored)
            {
                Subject original = read[subject.Listing.SourceId];
                Assert.Empty(SubjectDiff.ChangedFields(original, subject));
                Assert.Equal(original.Id, subject.Id);
                Assert.Equal(result.Sha256, subject.Listing.Provenance?.Sha256);
            }

            return [.. stored];
        }
        finally
        {
            streams.ForEach(s => s.Dispose());
        }
    }

    private static int CountNames(IEnumerable<Subject> subjects, NameQuality quality) => subjects.Sum(s => s.Names.Count(n => n.Quality == quality));

    private static int CountDates(IEnumerable<Subject> subjects, DateOfBirthKind kind) => subjects.Sum(s => s.DatesOfBirth.Count(d => d.Kind == kind));

    private static int CountDocuments(IEnumerable<Subject> subjects, DocumentType type) => subjects.Sum(s => s.Documents.Count(d => d.Type == type));
}

public sealed class SqliteRealListImportTests : RealListImportTests, IDisposable
{
    private readonly TempDirectory _folder = new("vigil-real-");

    public void Dispose() => _folder.Dispose();

    protected override Task<string> CreateDatabaseAsync() => Task.FromResult(Path.Combine(_folder.Path, "vigil.db"));
}

public sealed class PostgresRealListImportTests(PostgresServer server) : RealListImportTests
{
    protected override Task<string> CreateDatabaseAsync() => server.CreateDatabaseAsync(nameof(PostgresRealListImportTests));
}
