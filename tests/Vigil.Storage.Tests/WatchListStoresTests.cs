using Vigil.Screening.Lists;
using Vigil.Testing;

namespace Vigil.Storage.Tests;

public sealed class WatchListStoresTests
{
    [Fact]
    public async Task Sqlite_path_opens_a_sqlite_store_and_creates_its_folder()
    {
        using TempDirectory directory = new();
        string path = directory.Combine("nested", "vigil.db");

        await using (IWatchListStore store = await WatchListStores.OpenAsync(path, TimeProvider.System, TestContext.Current.CancellationToken))
        {
            Assert.Equal($"SQLite {path}", store.Description);
        }

        Assert.True(File.Exists(path));
    }

    [Fact]
    public void Default_sqlite_file_is_in_the_xdg_data_home_and_its_folder_exists()
    {
        using TempDirectory directory = new();
        string? saved = Environment.GetEnvironmentVariable("XDG_DATA_HOME");
        Environment.SetEnvironmentVariable("XDG_DATA_HOME", directory.Path);
        try
        {
            string path = WatchListStores.DefaultSqlitePath();

            Assert.Equal(directory.Combine("vigil", "vigil.db"), path);
            Assert.True(Directory.Exists(directory.Combine("vigil")));
        }
        finally
        {
            Environment.SetEnvironmentVariable("XDG_DATA_HOME", saved);
        }
    }
}
