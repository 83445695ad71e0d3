using System.Collections.Immutable;
using Vigil.Domain;
using Vigil.Formats.Diagnostics;
using Vigil.Formats.Lists;

namespace Vigil.Screening.Lists;

/// <summary>Imports a list file into the store: reads it whole, rejects it on any error, then applies the
/// new version of the list as one transaction, and records the import in the audit chain when one is given.</summary>
/// <remarks>
/// The SHA-256 recorded in provenance is that of the main file when the format has one file; for a
/// multi-file format (OFAC's legacy CSV) it is the SHA-256 of the main file's hash followed by each
/// companion's name and hash, in name order, so a change to any of the files is a new version.
/// </remarks>
public sealed class ListImportService(IWatchListStore store, TimeProvider time, Audit.IAuditLog? audit = null)
{

    /// <summary>Reads and imports one list file.</summary>
    /// <exception cref="ArgumentException">Unknown format (a usage error the host checks first).</exception>
    public async Task<ListImportResult> ImportAsync(ListFile file, ListImportCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(command);
        IListReader reader = Registry.FormatRegistry.FindList(command.Format)?.Reader
            ?? throw new ArgumentException($"Unknown list format '{command.Format}'.", nameof(command));

        DateTimeOffset now = time.GetUtcNow();
        ListReadResult read;
        string sha256;
        using (HashingReadStream main = new(file.Main))
        {
            Dictionary<string, (Stream Stream, string SourceName)> companions = new(StringComparer.Ordinal);
            List<(string Key, HashingReadStream Stream)> hashed = [];
            foreach ((string key, (Stream stream, string name)) in file.Companions)
            {
                HashingReadStream h = new(stream);
                hashed.Add((key, h));
                companions[key] = (h, name);
            }

            try
            {
                ListReadOptions options = new(command.ListName, file.Name, command.DefaultCategory)
                {
                    Progress = command.ReadProgress,
                };
                read = reader.Read(new ListInput(main) { Companions = companions }, options);
                sha256 = CombinedHash(main.Finish(), hashed);
            }
            finally
            {
                foreach ((_, HashingReadStream h) in hashed)
                {
                    await h.DisposeAsync();
                }
            }
        }

        if (read.HasErrors)
        {
            return new ListImportResult(read.Diagnostics, null, read.Subjects.Length, sha256);
        }

        // Relatives in other lists are looked up in the store: a file naming one that is not there is rejected whole.
        List<Diagnostic> unknown = [];
        foreach (SubjectReference reference in read.ExternalReferences)
        {
            IReadOnlyList<SubjectRecord> found = await store.FindSubjectsAsync(
                SubjectId.For(reference.ListName, reference.SourceId).Value, reference.ListName, cancellationToken);
            if (found.Count == 0)
            {
                unknown.Add(reference.NotFound());
            }
        }

        if (unknown.Count > 0)
        {
            return new ListImportResult([.. read.Diagnostics.Concat(unknown).OrderBy(d => d.Position.Line ?? 0)], null, read.Subjects.Length, sha256);
        }

        Provenance provenance = new(file.Name, sha256, now);
        ImmutableArray<Subject> subjects = [.. read.Subjects.Select(s => s with { Listing = s.Listing with { Provenance = provenance } })];
        ListImportRequest request = new(command.ListName, command.Format, provenance, command.Actor, subjects)
        {
            DryRun = command.DryRun,
            Progress = command.WriteProgress,
        };
        ListImportOutcome outcome = await store.ImportAsync(request, cancellationToken);
        if (audit is not null && outcome.Import is { } import)
        {
            await audit.AppendAsync(
                new Audit.AuditEntry(command.AuditActor ?? command.Actor, "list.import", string.Create(System.Globalization.CultureInfo.InvariantCulture, $"list:{command.ListName} import:{import.Id}"))
                {
                    Detail = string.Create(System.Globalization.CultureInfo.InvariantCulture,
                        $"{{\"file\":{System.Text.Json.JsonSerializer.Serialize(file.Name)},\"sha256\":\"{sha256}\",\"added\":{import.Added},\"changed\":{import.Changed},\"removed\":{import.Removed}}}"),
                },
                cancellationToken);
        }

        return new ListImportResult(read.Diagnostics, outcome, subjects.Length, sha256);
    }

    private static string CombinedHash(byte[] main, List<(string Key, HashingReadStream Stream)> companions)
    {
        if (companions.Count == 0)
        {
            return Convert.ToHexStringLower(main);
        }

        using System.Security.Cryptography.IncrementalHash combined =
            System.Security.Cryptography.IncrementalHash.CreateHash(System.Security.Cryptography.HashAlgorithmName.SHA256);
        combined.AppendData(main);
        foreach ((string key, HashingReadStream stream) in companions.OrderBy(c => c.Key, StringComparer.Ordinal))
        {
            combined.AppendData(System.Text.Encoding.UTF8.GetBytes(key));
            combined.AppendData(stream.Finish());
        }

        return Convert.ToHexStringLower(combined.GetHashAndReset());
    }
}
