using System.Buffers;
using System.Collections.Immutable;
using System.Text.Encodings.Web;
using System.Text.Json;
using Vigil.Domain;
using Vigil.Formats.Edifact;
using Vigil.Matching;
using Vigil.Screening.Relations;
using Vigil.Screening.Screen;

namespace Vigil.Screening.Flights;

/// <summary>Screens the travelers of a message (a flight's API list, a PNR push, a document's zone) against a
/// <see cref="WatchListIndex"/>: every name and every document of each traveler, hits merged by subject.</summary>
/// <remarks>
/// <para>
/// A traveler is matched once per name (a PNR passenger's TIF name and the names of his SSR DOCS), each time with his
/// date of birth, nationality, gender and first document, and once more per further document. A subject found by
/// several of these keeps its best score. The traveler is sent for review when the best score, rounded as written, is
/// at least <see cref="Threshold"/>.
/// </para>
/// <para>
/// Output (<see cref="Write"/>): one JSON object per traveler, in message order: <c>{"id","status","hits":[...],"relatedHits":[...],
/// "traveler":{"type","familyName","givenNames","dateOfBirth","nationality","gender","documents":[{"type","number",
/// "issuingCountry"}]},"flight":{"carrier","number","departure":{"airport","time"},"arrival":{"airport","time"},"leg",
/// "legs"},"message":{"reference","recordLocator","segmentIndex"}}</c>. The hits are those of <c>vigil screen</c>.
/// </para>
/// </remarks>
public sealed class FlightScreener
{
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Creates a screener.</summary>
    public FlightScreener(WatchListIndex index, double threshold)
    {
        ArgumentNullException.ThrowIfNull(index);
        Index = index;
        Threshold = threshold;
    }

    /// <summary>The watch-list index.</summary>
    public WatchListIndex Index { get; }

    /// <summary>The review threshold.</summary>
    public double Threshold { get; }

    /// <summary>Hits kept per traveler, best first; default 10.</summary>
    public int MaxHits { get; init; } = 10;

    /// <summary>The relations between subjects, loaded once for the run: each hit carries its subject's relatives,
    /// and travelers of one PNR or flight whose hits are related are told of each other (<see cref="RelatedHit"/>).</summary>
    public RelationGraph Relations { get; init; } = RelationGraph.Empty;

    /// <summary>Screens one traveler.</summary>
    public FlightScreening Screen(FlightTraveler traveler)
    {
        ArgumentNullException.ThrowIfNull(traveler);
        Dictionary<SubjectId, MatchHit> best = [];
        foreach (MatchQuery query in traveler.Queries())
        {
            foreach (MatchHit hit in Index.Match(query, MaxHits))
            {
                double score = Math.Round(hit.Score, BatchScreener.ScoreDecimals, MidpointRounding.AwayFromZero);
                MatchHit rounded = score == hit.Score ? hit : hit with { Score = score };
                if (!best.TryGetValue(hit.Subject.Id, out MatchHit? kept) || kept.Score < rounded.Score)
                {
                    best[hit.Subject.Id] = rounded;
                }
            }
        }

        // Best first, then by subject id: the order is total, so an unstable sort gives the same list every time.
        MatchHit[] ranked = [.. best.Values];
        Array.Sort(ranked, static (a, b) => a.Score != b.Score ? b.Score.CompareTo(a.Score) : string.CompareOrdinal(a.Subject.Id.Value, b.Subject.Id.Value));
        ImmutableArray<MatchHit> hits = ImmutableArray.Create(ranked, 0, Math.Min(ranked.Length, Math.Max(MaxHits, 0)));
        ScreeningStatus status = hits.Length > 0 && hits[0].Score >= Threshold ? ScreeningStatus.Review : ScreeningStatus.Clear;
        return new FlightScreening(traveler, status, hits) { Relations = Relations };
    }

    /// <summary>Screens every traveler on every core; results in the travelers' order.</summary>
    public IReadOnlyList<FlightScreening> ScreenAll(IReadOnlyList<FlightTraveler> travelers, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(travelers);
        FlightScreening[] results = new FlightScreening[travelers.Count];
        ParallelOptions options = new() { MaxDegreeOfParallelism = Environment.ProcessorCount, CancellationToken = cancellationToken };
        Parallel.For(0, travelers.Count, options, i => results[i] = Screen(travelers[i]));
        LinkRelatedHits(results);
        return results;
    }

    /// <summary>Tells each traveler of the travelers of one PNR (same record locator) or one flight (same carrier,
    /// number, departure airport and day) whose hits, at or above the threshold, are subjects related to his own:
    /// directly, or else through one relative they have in common (a wife and a child of one fighter whose list records
    /// only his relations).</summary>
    /// <remarks>Only travelers with such a hit are paired, so a flight of hundreds costs little; the relations come
    /// from <see cref="Relations"/>, never from the store.</remarks>
    public void LinkRelatedHits(FlightScreening[] results)
    {
        ArgumentNullException.ThrowIfNull(results);
        if (Relations.SubjectCount == 0)
        {
            return;
        }

        List<int> hitting = [];
        for (int i = 0; i < results.Length; i++)
        {
            if (results[i].Hits.Any(h => h.Score >= Threshold && !Relations.Of(h.Subject.Id).IsEmpty))
            {
                hitting.Add(i);
            }
        }

        if (hitting.Count < 2)
        {
            return;
        }

        List<RelatedHit>[] found = new List<RelatedHit>[results.Length];
        foreach (int i in hitting)
        {
            foreach (int j in hitting)
            {
                if (i == j)
                {
                    continue;
                }

                bool sameBooking = SameBooking(results[i].Traveler, results[j].Traveler);
                if (!sameBooking && !SameFlight(results[i].Traveler, results[j].Traveler))
                {
                    continue;
                }

                foreach (MatchHit mine in results[i].Hits)
                {
                    if (mine.Score < Threshold)
                    {
                        continue;
                    }

                    foreach (MatchHit theirs in results[j].Hits)
                    {
                        if (theirs.Score < Threshold || theirs.Subject.Id == mine.Subject.Id)
                        {
                            continue;
                        }

                        if (Relations.Between(mine.Subject.Id, theirs.Subject.Id) is { } relative)
                        {
                            (found[i] ??= []).Add(new RelatedHit(results[j].Traveler.Id, theirs.Subject.Id, relative.Type, mine.Subject.Id, sameBooking)
                            {
                                List = relative.List,
                                SourceId = relative.SourceId,
                            });
                        }
                        else if (Through(mine.Subject.Id, theirs.Subject.Id) is { } link)
                        {
                            (found[i] ??= []).Add(new RelatedHit(results[j].Traveler.Id, theirs.Subject.Id, RelationType.Other, mine.Subject.Id, sameBooking)
                            {
                                List = theirs.Subject.Listing.ListName,
                                SourceId = theirs.Subject.Listing.SourceId,
                                Via = link.Via,
                                RelationToVia = link.RelationToVia,
                            });
                        }
                    }
                }
            }
        }

        for (int i = 0; i < results.Length; i++)
        {
            if (found[i] is { } related)
            {
                results[i] = results[i] with { RelatedHits = [.. related] };
            }
        }
    }

    /// <summary>The first relative that <paramref name="mine"/> and <paramref name="theirs"/> have in common (the
    /// fighter of a wife and a child whose list names only his relations), and what <paramref name="theirs"/> is to it.</summary>
    private (Relative Via, RelationType RelationToVia)? Through(SubjectId mine, SubjectId theirs)
    {
        foreach (Relative via in Relations.Of(mine))
        {
            if (via.SubjectId != theirs && Relations.Between(via.SubjectId, theirs) is { } other)
            {
                return (via, other.Type);
            }
        }

        return null;
    }

    private static bool SameBooking(FlightTraveler a, FlightTraveler b) =>
        a.RecordLocator is not null && string.Equals(a.RecordLocator, b.RecordLocator, StringComparison.Ordinal);

    private static bool SameFlight(FlightTraveler a, FlightTraveler b) =>
        a.Flight is { Carrier: not null, Number: not null } x && b.Flight is { } y
        && string.Equals(x.Carrier, y.Carrier, StringComparison.Ordinal)
        && string.Equals(x.Number, y.Number, StringComparison.Ordinal)
        && string.Equals(x.Departure.Airport, y.Departure.Airport, StringComparison.Ordinal)
        && x.Departure.Time?.Date == y.Departure.Time?.Date;

    /// <summary>Writes one JSON line per result, in order; returns the counts.</summary>
    public static (int Clear, int Review) Write(IReadOnlyList<FlightScreening> results, Stream output)
    {
        ArgumentNullException.ThrowIfNull(results);
        ArgumentNullException.ThrowIfNull(output);
        // Written out every 48 KB, so that the buffer stays below the large object heap: a flight's results are a few
        // hundred KB, and a buffer grown to hold them all was a large object made for every message.
        ArrayBufferWriter<byte> buffer = new(1 << 16);
        using Utf8JsonWriter writer = new(buffer, WriterOptions);
        int clear = 0, review = 0;
        foreach (FlightScreening result in results)
        {
            WriteResult(writer, result);
            writer.Flush();
            writer.Reset();
            buffer.Write("\n"u8);
            if (buffer.WrittenCount >= 48 * 1024)
            {
                output.Write(buffer.WrittenSpan);
                buffer.ResetWrittenCount();
            }

            if (result.Status == ScreeningStatus.Review)
            {
                review++;
            }
            else
            {
                clear++;
            }
        }

        output.Write(buffer.WrittenSpan);
        output.Flush();
        return (clear, review);
    }

    /// <summary>Writes one result as a JSON object (no line end).</summary>
    public static void WriteResult(Utf8JsonWriter writer, FlightScreening result)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(result);
        FlightTraveler traveler = result.Traveler;
        writer.WriteStartObject();
        writer.WriteString("id", traveler.Id);
        writer.WriteString("status", result.Status == ScreeningStatus.Review ? "review"u8 : "clear"u8);
        BatchScreener.WriteHits(writer, result.Hits, result.Relations);
        WriteRelatedHits(writer, result.RelatedHits);
        writer.WritePropertyName("traveler");
        WriteTraveler(writer, traveler);
        if (traveler.Flight is { } flight)
        {
            writer.WriteStartObject("flight");
            writer.WriteString("carrier", flight.Carrier);
            writer.WriteString("number", flight.Number);
            WritePoint(writer, "departure", flight.Departure);
            WritePoint(writer, "arrival", flight.Arrival);
            writer.WriteNumber("leg", flight.Leg);
            writer.WriteNumber("legs", flight.Legs);
            writer.WriteEndObject();
        }
        else
        {
            writer.WriteNull("flight");
        }

        writer.WriteStartObject("message");
        writer.WriteString("reference", traveler.MessageReference);
        if (traveler.RecordLocator is not null)
        {
            writer.WriteString("recordLocator", traveler.RecordLocator);
        }

        if (traveler.SegmentIndex is { } segment)
        {
            writer.WriteNumber("segmentIndex", segment);
        }
        else
        {
            writer.WriteNull("segmentIndex");
        }

        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    /// <summary>Writes <c>"relatedHits":[{"travelerId","subjectId","list","sourceId","relation","hitSubjectId","sameBooking","via"?}]</c>:
    /// the other travelers of the PNR or flight whose hit <c>subjectId</c> is this traveler's hit <c>hitSubjectId</c>'s
    /// <c>relation</c>; for two subjects related only through a common relative, <c>relation</c> is <c>other</c> and
    /// <c>via</c> is <c>{"subjectId","list","sourceId","name","type","relativeType"}</c>: the common relative, what it is to
    /// <c>hitSubjectId</c> (<c>type</c>) and what <c>subjectId</c> is to it (<c>relativeType</c>).</summary>
    public static void WriteRelatedHits(Utf8JsonWriter writer, IEnumerable<RelatedHit> related)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(related);
        writer.WriteStartArray("relatedHits");
        foreach (RelatedHit hit in related)
        {
            writer.WriteStartObject();
            writer.WriteString("travelerId", hit.TravelerId);
            writer.WriteString("subjectId", hit.SubjectId.Value);
            writer.WriteString("list", hit.List);
            writer.WriteString("sourceId", hit.SourceId);
            writer.WriteString("relation", RelationTypes.ToName(hit.Relation));
            writer.WriteString("hitSubjectId", hit.HitSubjectId.Value);
            writer.WriteBoolean("sameBooking", hit.SameBooking);
            if (hit.Via is { } via)
            {
                writer.WriteStartObject("via");
                writer.WriteString("subjectId", via.SubjectId.Value);
                writer.WriteString("list", via.List);
                writer.WriteString("sourceId", via.SourceId);
                writer.WriteString("name", via.Name);
                writer.WriteString("type", RelationTypes.ToName(via.Type));
                writer.WriteString("relativeType", RelationTypes.ToName(hit.RelationToVia));
                writer.WriteEndObject();
            }
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    /// <summary>Writes a traveler as the <c>traveler</c> object of a result: <c>{"type","familyName","givenNames",
    /// "otherNames"?,"dateOfBirth","nationality","gender","documents":[{"type","number","issuingCountry"}]}</c>.</summary>
    public static void WriteTraveler(Utf8JsonWriter writer, FlightTraveler traveler)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(traveler);
        writer.WriteStartObject();
        writer.WriteString("type", traveler.Type);
        TravelerName? name = traveler.Names.IsEmpty ? null : traveler.Names[0];
        writer.WriteString("familyName", name?.FamilyName);
        writer.WriteString("givenNames", name?.GivenNames);
        if (traveler.Names.Length > 1)
        {
            writer.WriteStartArray("otherNames");
            foreach (TravelerName other in traveler.Names.Skip(1))
            {
                writer.WriteStartObject();
                writer.WriteString("familyName", other.FamilyName);
                writer.WriteString("givenNames", other.GivenNames);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        writer.WriteString("dateOfBirth", traveler.DateOfBirth.IsUnknown ? null : traveler.DateOfBirth.ToString());
        writer.WriteString("nationality", traveler.Nationality?.Value);
        writer.WriteString("gender", traveler.Gender switch
        {
            Gender.Male => "M",
            Gender.Female => "F",
            Gender.Unspecified => "X",
            _ => null,
        });
        writer.WriteStartArray("documents");
        foreach (TravelerDocument document in traveler.Documents)
        {
            writer.WriteStartObject();
            writer.WriteString("type", document.Type);
            writer.WriteString("number", document.Number);
            writer.WriteString("issuingCountry", document.IssuingCountry?.Value);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void WritePoint(Utf8JsonWriter writer, string name, FlightPoint point)
    {
        writer.WriteStartObject(name);
        writer.WriteString("airport", point.Airport);
        Span<char> time = stackalloc char[24];
        if (point.Time is { } at && at.TryFormat(time, out int written))
        {
            writer.WriteString("time", time[..written]);
        }
        else
        {
            writer.WriteString("time", point.Time?.ToString());
        }

        writer.WriteEndObject();
    }
}

/// <summary>The result of screening one traveler of a message.</summary>
/// <param name="Traveler">The traveler.</param>
/// <param name="Status">Clear or review.</param>
/// <param name="Hits">The subjects found, best first.</param>
public sealed record FlightScreening(FlightTraveler Traveler, ScreeningStatus Status, ImmutableArray<MatchHit> Hits)
{
    /// <summary>The relations of the screening run, from which each hit's subject's relatives are written.</summary>
    public RelationGraph Relations { get; init; } = RelationGraph.Empty;

    /// <summary>Travelers of the same PNR or flight whose hits are related to this traveler's (see
    /// <see cref="FlightScreener.LinkRelatedHits"/>).</summary>
    public ImmutableArray<RelatedHit> RelatedHits { get; init; } = [];
}
