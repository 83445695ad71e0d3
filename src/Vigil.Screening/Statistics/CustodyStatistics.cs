using System.Collections.Immutable;
using System.Globalization;
using Vigil.Domain;
using Vigil.Screening.Lists;

namespace Vigil.Screening.Statistics;

/// <summary>Counts subjects by custody status as of a day, or over time with the transitions between states, replayed
/// from the custody histories of the lists.</summary>
/// <remarks>
/// The counting is pure (<see cref="CountAt"/>, <see cref="Replay"/>): the store only hands over the histories, read
/// once. A status takes effect on its entry's <see cref="EffectiveDay"/>: the first day its date can be (an entry of
/// March 2019 counts from 1 March, one of 2019 from 1 January), or the day it was recorded when it has no date, as
/// imports order histories. Entries are taken in that order, entries of the same day in the order of the history;
/// a subject's status on a day is that of its last entry on or before it, and <c>unknown</c> before its first entry
/// and for a subject without any, as the current status of such a subject is. A subject removed from its list counts
/// until the day before its removal. Each subject counts once in each group it belongs to (once in every nationality
/// it holds) and once in the total. The authority, country and place of a group are those of the status entry itself.
/// </remarks>
public sealed class CustodyStatistics(IWatchListStore store)
{
    /// <summary>The most periods a series may have (a hundred years of months).</summary>
    public const int MaxPeriods = 1200;

    /// <summary>How dates are read, in one sentence for the output.</summary>
    public const string DatingRule =
        "A status counts from the day its entry took effect: an entry dated only by month or year counts from the first day "
        + "of that month or year, an undated one from the day it was recorded; before its first entry a subject is 'unknown'; "
        + "a subject removed from its list counts until the day before its removal.";

    /// <summary>How subjects are counted, in one sentence for the output.</summary>
    public const string CountingRule =
        "Each subject counts once in each group it belongs to and once in the total: a subject with two nationalities counts "
        + "in both nationality groups, so groups may add up to more than the total.";

    /// <summary>Counts the subjects <paramref name="query"/> selects by their status as of <paramref name="at"/>: the
    /// store tallies the subjects listed on that day by the entry then in effect, and the tallies are counted here.</summary>
    public async Task<CustodyCount> CountAtAsync(CustodyRecordQuery query, DateOnly at, IReadOnlyList<CustodyGroupField> by, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        IReadOnlyList<CustodyTally> tallies = await store.TallyCustodyAsync(Needed(query, by), at, cancellationToken).ConfigureAwait(false);
        return CountAt(tallies, at, by);
    }

    /// <summary>Replays the custody histories of the subjects <paramref name="query"/> selects from
    /// <paramref name="from"/> to <paramref name="to"/>.</summary>
    public async Task<CustodySeries> ReplayAsync(
        CustodyRecordQuery query, DateOnly from, DateOnly to, CustodyInterval every, IReadOnlyList<CustodyGroupField> by, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        CheckSpan(from, to, every);
        IReadOnlyList<CustodyRecord> records = await store.GetCustodyRecordsAsync(Needed(query, by), cancellationToken).ConfigureAwait(false);
        return Replay(records.Where(query.Admits), from, to, every, by);
    }

    /// <summary>Counts <paramref name="records"/> by their status as of <paramref name="at"/>, grouped by
    /// <paramref name="by"/>.</summary>
    public static CustodyCount CountAt(IEnumerable<CustodyRecord> records, DateOnly at, IReadOnlyList<CustodyGroupField> by)
    {
        CustodyReplay replay = Load(records, by);
        return replay.Run([(at.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), at, at)], withTransitions: false)[0].Count;
    }

    /// <summary>Counts the subjects <paramref name="tallies"/> stand for, each tally's entry in effect on
    /// <paramref name="at"/> (<see cref="IWatchListStore.TallyCustodyAsync"/>), grouped by <paramref name="by"/>: the same
    /// count as <see cref="CountAt(IEnumerable{CustodyRecord}, DateOnly, IReadOnlyList{CustodyGroupField})"/> of the
    /// subjects' whole histories.</summary>
    public static CustodyCount CountAt(IEnumerable<CustodyTally> tallies, DateOnly at, IReadOnlyList<CustodyGroupField> by)
    {
        ArgumentNullException.ThrowIfNull(tallies);
        CustodyReplay replay = Load([], by);
        foreach (CustodyTally tally in tallies)
        {
            // A stand-in for the tally's subjects: only what their groups are made of, the entry in effect from the
            // first day there is (it is in effect on the day counted).
            CustodyRecord record = new(default, tally.ListName, SubjectKind.Person, tally.Category)
            {
                Nationalities = tally.Nationalities,
                History = tally.InEffect is { } entry ? [entry with { Since = PartialDate.Unknown, RecordedAt = default }] : [],
            };
            replay.Add(record, tally.Subjects);
        }

        return replay.Run([(at.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), at, at)], withTransitions: false)[0].Count;
    }

    /// <summary>The counts as of the end of each period from <paramref name="from"/> to <paramref name="to"/>, and the
    /// transitions of each period.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="from"/> is after <paramref name="to"/>, or the span
    /// has more than <see cref="MaxPeriods"/> periods.</exception>
    public static CustodySeries Replay(IEnumerable<CustodyRecord> records, DateOnly from, DateOnly to, CustodyInterval every, IReadOnlyList<CustodyGroupField> by)
    {
        CheckSpan(from, to, every);
        CustodyReplay replay = Load(records, by);
        return new CustodySeries(from, to, every, [.. by], replay.Run(Periods(from, to, every), withTransitions: true));
    }

    /// <summary>The calendar periods from <paramref name="from"/> to <paramref name="to"/>: the first starts on
    /// <paramref name="from"/>, the last ends on <paramref name="to"/>, the others are whole months, quarters or years.</summary>
    public static IReadOnlyList<(string Label, DateOnly Start, DateOnly End)> Periods(DateOnly from, DateOnly to, CustodyInterval every)
    {
        int months = every switch
        {
            CustodyInterval.Month => 1,
            CustodyInterval.Quarter => 3,
            CustodyInterval.Year => 12,
            _ => throw new ArgumentOutOfRangeException(nameof(every), every, "Unknown interval."),
        };
        DateOnly cursor = new(from.Year, every == CustodyInterval.Year ? 1 : ((from.Month - 1) / months * months) + 1, 1);
        List<(string, DateOnly, DateOnly)> periods = [];
        while (cursor <= to)
        {
            DateOnly lastMonth = cursor.AddMonths(months - 1);
            DateOnly end = new(lastMonth.Year, lastMonth.Month, DateTime.DaysInMonth(lastMonth.Year, lastMonth.Month));
            string label = every switch
            {
                CustodyInterval.Month => cursor.ToString("yyyy-MM", CultureInfo.InvariantCulture),
                CustodyInterval.Quarter => string.Create(CultureInfo.InvariantCulture, $"{cursor.Year:D4}-Q{((cursor.Month - 1) / 3) + 1}"),
                _ => cursor.Year.ToString("D4", CultureInfo.InvariantCulture),
            };
            periods.Add((label, cursor < from ? from : cursor, end > to ? to : end));
            if (end >= to)
            {
                break;
            }

            cursor = end.AddDays(1);
        }

        return periods;
    }

    /// <summary>The day an entry takes effect: the first day its date can be, or the day it was recorded when it has
    /// no date (as imports order histories).</summary>
    public static DateOnly EffectiveDay(CustodyStatus entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return entry.Since.EarliestDay ?? DateOnly.FromDateTime(entry.RecordedAt.UtcDateTime);
    }

    /// <summary>The entry of a history (in the history's order) in effect on <paramref name="day"/>: the last to take
    /// effect on or before it (<see cref="EffectiveDay"/>), of entries of one day the later in the history; null when
    /// none has yet.</summary>
    public static CustodyStatus? InEffectOn(IEnumerable<CustodyStatus> history, DateOnly day)
    {
        ArgumentNullException.ThrowIfNull(history);
        CustodyStatus? found = null;
        DateOnly foundDay = DateOnly.MinValue;
        foreach (CustodyStatus entry in history)
        {
            DateOnly effective = EffectiveDay(entry);
            if (effective <= day && (found is null || effective >= foundDay))
            {
                (found, foundDay) = (entry, effective);
            }
        }

        return found;
    }

    /// <summary>When each entry of a history (in the history's order) is in effect: from its
    /// <see cref="EffectiveDay"/> until, not included, the day the next entry takes effect (entries ordered by that day,
    /// of one day by their place in the history), null for the entry in effect now. An entry superseded on its own day
    /// is never in effect (<c>From == Until</c>). An entry is the one <see cref="InEffectOn"/> picks for a day exactly
    /// when <c>From &lt;= day &lt; Until</c>, so a store can keep these days and find it with one comparison.</summary>
    public static (DateOnly From, DateOnly? Until)[] InEffectPeriods(IReadOnlyList<CustodyStatus> history)
    {
        ArgumentNullException.ThrowIfNull(history);
        var periods = new (DateOnly From, DateOnly? Until)[history.Count];
        int[] order = new int[history.Count];
        for (int i = 0; i < history.Count; i++)
        {
            periods[i] = (EffectiveDay(history[i]), null);
            order[i] = i;
        }

        Array.Sort(order, (a, b) => periods[a].From != periods[b].From ? periods[a].From.CompareTo(periods[b].From) : a.CompareTo(b));
        for (int i = 0; i + 1 < order.Length; i++)
        {
            periods[order[i]].Until = periods[order[i + 1]].From;
        }

        return periods;
    }

    /// <summary>How many periods a span has, without making them.</summary>
    public static int PeriodCount(DateOnly from, DateOnly to, CustodyInterval every)
    {
        int monthsApart = ((to.Year - from.Year) * 12) + to.Month - from.Month;
        return every switch
        {
            CustodyInterval.Month => monthsApart + 1,
            CustodyInterval.Quarter => (((to.Year * 12) + to.Month - 1) / 3) - (((from.Year * 12) + from.Month - 1) / 3) + 1,
            _ => to.Year - from.Year + 1,
        };
    }

    /// <summary>The query, asking for nationalities only when they are counted.</summary>
    private static CustodyRecordQuery Needed(CustodyRecordQuery query, IReadOnlyList<CustodyGroupField> by) =>
        query with
        {
            WithNationalities = query.WithNationalities && by.Contains(CustodyGroupField.Nationality),
            WithCustodyPlaces = query.WithCustodyPlaces && by.Any(f => f is CustodyGroupField.Authority or CustodyGroupField.Country or CustodyGroupField.Place),
        };

    private static void CheckSpan(DateOnly from, DateOnly to, CustodyInterval every)
    {
        if (from > to)
        {
            throw new ArgumentOutOfRangeException(nameof(from), from, "The first day is after the last.");
        }

        if (PeriodCount(from, to, every) > MaxPeriods)
        {
            throw new ArgumentOutOfRangeException(nameof(to), to, $"The span has more than {MaxPeriods} periods.");
        }
    }

    private static CustodyReplay Load(IEnumerable<CustodyRecord> records, IReadOnlyList<CustodyGroupField> by)
    {
        ArgumentNullException.ThrowIfNull(records);
        ArgumentNullException.ThrowIfNull(by);
        if (by.Count == 0)
        {
            throw new ArgumentException("Group by at least one field.", nameof(by));
        }

        CustodyReplay replay = new([.. by]);
        foreach (CustodyRecord record in records)
        {
            replay.Add(record);
        }

        return replay;
    }
}
