using System.Collections.Concurrent;
using System.Buffers;
using System.Collections.Immutable;
using System.Text.Encodings.Web;
using System.Text.Json;
using Vigil.Formats.Diagnostics;
using Vigil.Formats.Travelers;
using Vigil.Matching;
using Vigil.Screening.Relations;

namespace Vigil.Screening.Screen;

/// <summary>Screens a stream of travelers against a <see cref="WatchListIndex"/> on every core, keeping input order.</summary>
/// <remarks>
/// <para>
/// Lines are taken in chunks of <see cref="ChunkSize"/>; each chunk is matched in parallel, then handed on (or
/// written) in input order, so memory stays bounded whatever the input size. A traveler is sent for review when its
/// best hit, rounded to <see cref="ScoreDecimals"/> decimals as written, is at least <see cref="Threshold"/>; every
/// hit the index returns is kept, also for a cleared traveler. A line that could not be read is passed on as an
/// error and the batch goes on.
/// </para>
/// <para>
/// Output (<see cref="Write"/>): one JSON object per line, in input order:
/// <c>{"id","status":"clear"|"review","hits":[{"subjectId","list","sourceId","score","name","explanation","relations"}]}</c>,
/// or for an unreadable line <c>{"id"?,"line","column","code","error"}</c>. UTF-8 without byte order mark, LF line
/// ends, non-ASCII text unescaped.
/// </para>
/// </remarks>
public sealed class BatchScreener
{
    /// <summary>Decimals kept of each score in results.</summary>
    public const int ScoreDecimals = 4;

    private static readonly JsonWriterOptions WriterOptions = new()
    {
        // Names are written as received, in any script; the output is a data file, never HTML.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Creates a screener.</summary>
    /// <param name="index">The watch-list index; shared by every thread.</param>
    /// <param name="threshold">The review threshold; usually <see cref="WatchListIndex.ReviewThreshold"/>.</param>
    public BatchScreener(WatchListIndex index, double threshold)
    {
        ArgumentNullException.ThrowIfNull(index);
        if (double.IsNaN(threshold))
        {
            throw new ArgumentOutOfRangeException(nameof(threshold), "The threshold is not a number.");
        }

        Index = index;
        Threshold = threshold;
    }

    /// <summary>The watch-list index.</summary>
    public WatchListIndex Index { get; }

    /// <summary>The review threshold.</summary>
    public double Threshold { get; }

    /// <summary>Lines matched together before their results are handed on; default 4096.</summary>
    public int ChunkSize { get; init; } = 4096;

    /// <summary>Hits kept per traveler, best first; default 10.</summary>
    public int MaxHits { get; init; } = 10;

    /// <summary>Travelers matched at once; by default one per core.</summary>
    /// <remarks>Not more: the thread pool adds threads while long searches run, and every search running at once
    /// holds working memory sized to the list (about 12 bytes per list name), which for a list of a million subjects
    /// is tens of megabytes each.</remarks>
    public int MaxDegreeOfParallelism { get; init; } = Environment.ProcessorCount;

    /// <summary>The relations between subjects, loaded once for the run: each hit carries its subject's relatives.</summary>
    public RelationGraph Relations { get; init; } = RelationGraph.Empty;

    /// <summary>Measures <see cref="ScreeningSummary.Elapsed"/>.</summary>
    public TimeProvider Time { get; init; } = TimeProvider.System;

    /// <summary>The query the index is asked for a traveler.</summary>
    public static MatchQuery ToQuery(TravelerRecord traveler)
    {
        ArgumentNullException.ThrowIfNull(traveler);
        return new MatchQuery(traveler.Name, traveler.GivenNames, traveler.FamilyName)
        {
            DateOfBirth = traveler.DateOfBirth,
            Nationality = traveler.Nationality,
            Gender = traveler.Gender,
            Document = traveler.DocumentNumber is { } number
                ? new DocumentQuery(number, traveler.DocumentCountry, traveler.DocumentType)
                : null,
        };
    }

    /// <summary>Screens one line.</summary>
    public TravelerScreening Screen(TravelerLine line)
    {
        ArgumentNullException.ThrowIfNull(line);
        if (line.Traveler is not { } traveler)
        {
            return new TravelerScreening(line.Line, line.Id, ScreeningStatus.Error, [], line.Errors);
        }

        IReadOnlyList<MatchHit> found = Index.Match(ToQuery(traveler), MaxHits);
        ImmutableArray<MatchHit>.Builder hits = ImmutableArray.CreateBuilder<MatchHit>(Math.Min(found.Count, MaxHits));
        double best = 0;
        for (int i = 0; i < found.Count && i < MaxHits; i++)
        {
            MatchHit hit = found[i];
            double score = Math.Round(hit.Score, ScoreDecimals, MidpointRounding.AwayFromZero);
            best = Math.Max(best, score);
            hits.Add(score == hit.Score ? hit : hit with { Score = score });
        }

        ScreeningStatus status = hits.Count > 0 && best >= Threshold ? ScreeningStatus.Review : ScreeningStatus.Clear;
        return new TravelerScreening(line.Line, traveler.Id, status, hits.MoveToImmutable(), []) { Relations = Relations };
    }

    /// <summary>Screens every line, lazily, in parallel chunks; results come in input order.</summary>
    public IEnumerable<TravelerScreening> ScreenAll(IEnumerable<TravelerLine> lines, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(lines);
        return ScreenAllIterator(lines, cancellationToken);
    }

    /// <summary>Screens every line and writes one result line per input line, in input order.</summary>
    /// <param name="lines">The travelers, usually from <see cref="TravelerJsonlReader.Read"/>.</param>
    /// <param name="output">Where the results go; flushed, not disposed.</param>
    /// <param name="progress">Told the number of lines done after each chunk, or null.</param>
    /// <param name="cancellationToken">Stops between chunks; what was written stays written.</param>
    public ScreeningSummary Write(IEnumerable<TravelerLine> lines, Stream output, IProgress<int>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(lines);
        ArgumentNullException.ThrowIfNull(output);
        long started = Time.GetTimestamp();
        int total = 0, clear = 0, review = 0, errors = 0;
        ArrayBufferWriter<byte> buffer = new(1 << 16);
        using Utf8JsonWriter writer = new(buffer, WriterOptions);
        foreach (TravelerScreening[] chunk in ScreenChunks(lines, cancellationToken))
        {
            foreach (TravelerScreening result in chunk)
            {
                WriteResult(writer, result);
                writer.Flush();
                writer.Reset();
                buffer.Write("\n"u8);
                total++;
                switch (result.Status)
                {
                    case ScreeningStatus.Clear:
                        clear++;
                        break;
                    case ScreeningStatus.Review:
                        review++;
                        break;
                    default:
                        errors++;
                        break;
                }
            }

            output.Write(buffer.WrittenSpan);
            buffer.ResetWrittenCount();
            progress?.Report(total);
        }

        output.Flush();
        return new ScreeningSummary(total, clear, review, errors, Time.GetElapsedTime(started));
    }

    /// <summary>Writes one result as a JSON object (no line end).</summary>
    public static void WriteResult(Utf8JsonWriter writer, TravelerScreening result)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(result);
        writer.WriteStartObject();
        if (result.Status == ScreeningStatus.Error)
        {
            if (result.Id is not null)
            {
                writer.WriteString("id", result.Id);
            }

            writer.WriteNumber("line", result.Line);
            Diagnostic? first = result.Errors.IsDefaultOrEmpty ? null : result.Errors[0];
            if (first?.Position.Column is { } column)
            {
                writer.WriteNumber("column", column);
            }

            if (first is not null)
            {
                writer.WriteString("code", first.Code);
            }

            writer.WriteString("error", ErrorText(result.Errors));
            writer.WriteEndObject();
            return;
        }

        writer.WriteString("id", result.Id);
        writer.WriteString("status", result.Status == ScreeningStatus.Review ? "review"u8 : "clear"u8);
        WriteHits(writer, result.Hits, result.Relations);
        writer.WriteEndObject();
    }

    /// <summary>Writes the <c>hits</c> array of a result: <c>[{"subjectId","list","sourceId","score","name","explanation","relations"}]</c>,
    /// <c>relations</c> empty.</summary>
    public static void WriteHits(Utf8JsonWriter writer, IEnumerable<MatchHit> hits) => WriteHits(writer, hits, RelationGraph.Empty);

    /// <summary>Writes the <c>hits</c> array of a result: <c>[{"subjectId","list","sourceId","score","name","explanation","relations"}]</c>,
    /// <c>relations</c> the relatives of the hit's subject in <paramref name="relations"/> (<see cref="RelationJson.WriteRelative"/>).</summary>
    public static void WriteHits(Utf8JsonWriter writer, IEnumerable<MatchHit> hits, RelationGraph relations)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(relations);
        ArgumentNullException.ThrowIfNull(hits);
        writer.WriteStartArray("hits");
        foreach (MatchHit hit in hits)
        {
            writer.WriteStartObject();
            writer.WriteString("subjectId", hit.Subject.Id.Value);
            writer.WriteString("list", hit.Subject.Listing.ListName);
            writer.WriteString("sourceId", hit.Subject.Listing.SourceId);
            writer.WriteNumber("score", hit.Score);
            writer.WriteString("name", hit.MatchedName);
            writer.WriteString("explanation", ExplanationText.Sentence(hit.Explanation));
            RelationJson.WriteRelations(writer, relations.Of(hit.Subject.Id));
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    /// <summary>Every error of a line in one text: <c>CODE: message (field 'x'), column N</c>, joined by "; ".</summary>
    private static string ErrorText(ImmutableArray<Diagnostic> errors)
    {
        if (errors.IsDefaultOrEmpty)
        {
            return "the line could not be read.";
        }

        return string.Join("; ", errors.Select(e =>
        {
            string detail = e.Position.ToDetail();
            return $"{e.Code}: {e.Message}{(detail.Length == 0 ? string.Empty : " " + detail)}";
        }));
    }

    private IEnumerable<TravelerScreening> ScreenAllIterator(IEnumerable<TravelerLine> lines, CancellationToken cancellationToken)
    {
        foreach (TravelerScreening[] chunk in ScreenChunks(lines, cancellationToken))
        {
            foreach (TravelerScreening result in chunk)
            {
                yield return result;
            }
        }
    }

    /// <summary>Reads, matches and hands on chunks as a pipeline: while one chunk is matched on every core, the
    /// next is read and the previous one written.</summary>
    private IEnumerable<TravelerScreening[]> ScreenChunks(IEnumerable<TravelerLine> lines, CancellationToken cancellationToken)
    {
        int size = Math.Max(1, ChunkSize);
        using CancellationTokenSource stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        using BlockingCollection<List<TravelerLine>> read = new(boundedCapacity: 2);
        using BlockingCollection<TravelerScreening[]> screened = new(boundedCapacity: 2);
        ParallelOptions options = new() { MaxDegreeOfParallelism = MaxDegreeOfParallelism, CancellationToken = stop.Token };
        // Both stages block while they wait for each other: each gets a thread of its own, so that the matching's
        // Parallel.For never waits for the thread pool to add threads (half a second each time on a small machine).
        Task reader = Task.Factory.StartNew(
            () =>
            {
                try
                {
                    List<TravelerLine> chunk = new(size);
                    foreach (TravelerLine line in lines)
                    {
                        chunk.Add(line);
                        if (chunk.Count == size)
                        {
                            read.Add(chunk, stop.Token);
                            chunk = new(size);
                        }
                    }

                    if (chunk.Count > 0)
                    {
                        read.Add(chunk, stop.Token);
                    }
                }
                finally
                {
                    read.CompleteAdding();
                }
            },
            stop.Token,
            TaskCreationOptions.LongRunning,
            TaskScheduler.Default);
        Task matcher = Task.Factory.StartNew(
            () =>
            {
                try
                {
                    foreach (List<TravelerLine> chunk in read.GetConsumingEnumerable(stop.Token))
                    {
                        screened.Add(ScreenChunk(chunk, options), stop.Token);
                    }
                }
                finally
                {
                    screened.CompleteAdding();
                }
            },
            stop.Token,
            TaskCreationOptions.LongRunning,
            TaskScheduler.Default);
        try
        {
            foreach (TravelerScreening[] results in screened.GetConsumingEnumerable(stop.Token))
            {
                yield return results;
            }

            // A failure in matching first: the reader may be waiting for the matcher.
            matcher.GetAwaiter().GetResult();
            reader.GetAwaiter().GetResult();
        }
        finally
        {
            stop.Cancel();
            try
            {
                Task.WaitAll(reader, matcher);
            }
            catch (AggregateException)
            {
                // Already surfaced above, or the stages were stopped because the caller stopped early.
            }
        }
    }

    private TravelerScreening[] ScreenChunk(List<TravelerLine> chunk, ParallelOptions options)
    {
        TravelerScreening[] results = new TravelerScreening[chunk.Count];
        try
        {
            Parallel.For(0, chunk.Count, options, i => results[i] = Screen(chunk[i]));
        }
        catch (AggregateException e) when (e.InnerExceptions.Count == 1)
        {
            // A failure in matching is a bug: surface it as itself, not wrapped.
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(e.InnerExceptions[0]).Throw();
        }

        return results;
    }
}
