using System.Text.Json;
using Vigil.Screening.Audit;
using Vigil.Screening.Lists;
using Vigil.Screening.Relations;

namespace Vigil.Screening.Checks;

/// <summary>The analysts' queue: review items with each hit's subject as the lists hold it now (a subject detained
/// since the check shows as detained), every read recorded in the audit chain.</summary>
public sealed class AnalystReviews(ICheckStore checks, IWatchListStore lists, IAuditLog audit)
{
    /// <summary>The review items <paramref name="query"/> asks for, custody anomalies first, then by departure time,
    /// and the current record of every subject they hit; recorded as read by <paramref name="actor"/>.</summary>
    public async Task<ReviewPage> ListAsync(ReviewQuery query, string actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(actor);
        IReadOnlyList<ReviewItem> items = await checks.GetReviewsAsync(query, cancellationToken).ConfigureAwait(false);
        Dictionary<string, SubjectRecord> subjects = new(StringComparer.Ordinal);
        Dictionary<string, IReadOnlyList<Relative>> relatives = new(StringComparer.Ordinal);
        SubjectRelations relations = new(lists);
        foreach ((string subjectId, string list) in HitSubjects(items))
        {
            if (subjects.ContainsKey(subjectId))
            {
                continue;
            }

            IReadOnlyList<SubjectRecord> found = await lists.FindSubjectsAsync(subjectId, list, cancellationToken).ConfigureAwait(false);
            if (found.FirstOrDefault(r => string.Equals(r.Subject.Id.Value, subjectId, StringComparison.Ordinal)) is { } record)
            {
                subjects[subjectId] = record;
                relatives[subjectId] = await relations.ReadRelativesAsync(record.Subject.Id, cancellationToken).ConfigureAwait(false);
            }
        }

        await audit.AppendAsync(new AuditEntry(actor, "review.list", string.Join(' ', items.Select(i => $"review:{i.Id}"))), cancellationToken)
            .ConfigureAwait(false);
        return new ReviewPage(items, subjects) { Relatives = relatives };
    }

    /// <summary>The subjects (id and list) the items' hits name, in order of appearance.</summary>
    private static List<(string SubjectId, string List)> HitSubjects(IReadOnlyList<ReviewItem> items)
    {
        List<(string SubjectId, string List)> found = [];
        foreach (ReviewItem item in items)
        {
            using JsonDocument hits = JsonDocument.Parse(item.Check.HitsJson);
            if (hits.RootElement.ValueKind != JsonValueKind.Array)
            {
                continue;
            }

            foreach (JsonElement hit in hits.RootElement.EnumerateArray())
            {
                if (hit.ValueKind == JsonValueKind.Object
                    && hit.TryGetProperty("subjectId", out JsonElement id) && id.ValueKind == JsonValueKind.String
                    && hit.TryGetProperty("list", out JsonElement list) && list.ValueKind == JsonValueKind.String)
                {
                    found.Add((id.GetString()!, list.GetString()!));
                }
            }
        }

        return found;
    }
}

/// <summary>A page of the review queue.</summary>
/// <param name="Items">The review items.</param>
/// <param name="Subjects">The current record of each subject the items' hits name, by subject id; a subject no
/// longer in the store is missing.</param>
public sealed record ReviewPage(IReadOnlyList<ReviewItem> Items, IReadOnlyDictionary<string, SubjectRecord> Subjects)
{
    /// <summary>The current relatives of each subject of <see cref="Subjects"/>, by subject id.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<Relative>> Relatives { get; init; } = new Dictionary<string, IReadOnlyList<Relative>>(StringComparer.Ordinal);
}
