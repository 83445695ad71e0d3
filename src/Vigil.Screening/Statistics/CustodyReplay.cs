using System.Collections.Immutable;
using Vigil.Domain;

namespace Vigil.Screening.Statistics;

/// <summary>The custody histories of many subjects, prepared once to be counted at many days.</summary>
/// <remarks>Each subject's entries are put in effect order and each of its states (before the first entry, then after
/// each entry) gets the ids of the groups it belongs to when first counted, so that counting a period is one forward
/// step through a subject's entries and a few increments in an array: a monthly series of ten years over 100,000
/// subjects is some twelve million increments.</remarks>
internal sealed class CustodyReplay(CustodyGroupField[] by)
{
    private readonly Dictionary<string?[], int> _keyIds = new(KeyComparer.Instance);
    private readonly List<string?[]> _keys = [];
    private readonly List<int[]> _singleKeys = [];
    private readonly List<Plan> _plans = [];
    private readonly int _nationalityField = Array.IndexOf(by, CustodyGroupField.Nationality);
    private readonly string?[] _scratch = new string?[by.Length];

    /// <summary>Prepares one subject, or <paramref name="weight"/> subjects of one record: its entries in effect order.
    /// The groups of each state are found when a count first needs them, so a count at one day looks up one state per
    /// subject.</summary>
    public void Add(CustodyRecord record, int weight = 1)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(weight);
        ArgumentNullException.ThrowIfNull(record);
        ImmutableArray<CustodyStatus> history = record.History.IsDefault ? [] : record.History;
        int n = history.Length;
        DateOnly[] days = new DateOnly[n];
        CustodyStatus[] entries = new CustodyStatus[n];
        bool sorted = true;
        for (int i = 0; i < n; i++)
        {
            entries[i] = history[i];
            days[i] = CustodyStatistics.EffectiveDay(history[i]);
            sorted &= i == 0 || days[i] >= days[i - 1];
        }

        if (!sorted)
        {
            // A stable sort: entries of the same day keep the history's order.
            int[] order = [.. Enumerable.Range(0, n)];
            DateOnly[] unsorted = days;
            Array.Sort(order, (a, b) =>
            {
                int c = unsorted[a].CompareTo(unsorted[b]);
                return c != 0 ? c : a.CompareTo(b);
            });
            days = [.. order.Select(i => unsorted[i])];
            entries = [.. order.Select(i => history[i])];
        }

        _plans.Add(new Plan(record, days, entries, new int[n + 1][], weight));
    }

    /// <summary>Counts every subject as of the end of each period and, when asked, the transitions within it.</summary>
    /// <param name="periods">Contiguous periods, oldest first.</param>
    /// <param name="withTransitions">True to collect the transitions.</param>
    public ImmutableArray<CustodyPeriod> Run(IReadOnlyList<(string Label, DateOnly Start, DateOnly End)> periods, bool withTransitions)
    {
        int[][] counts = new int[periods.Count][];
        for (int p = 0; p < counts.Length; p++)
        {
            counts[p] = new int[Math.Max(16, _keys.Count)];
        }

        int[] totals = new int[periods.Count];
        Dictionary<(int Period, CustodyState From, CustodyState To), List<SubjectId>> moves = [];
        DateOnly first = periods.Count > 0 ? periods[0].Start : DateOnly.MinValue;
        foreach (Plan plan in _plans)
        {
            DateOnly[] days = plan.Days;
            CustodyStatus[] entries = plan.Entries;
            DateOnly? removedOn = plan.Record.RemovedOn;

            // j: how many of the subject's entries have taken effect by the end of the current period.
            int j = 0;
            while (j < days.Length && days[j] < first)
            {
                j++;
            }

            for (int p = 0; p < periods.Count; p++)
            {
                DateOnly end = periods[p].End;
                int before = j;
                while (j < days.Length && days[j] <= end)
                {
                    j++;
                }

                if (withTransitions)
                {
                    for (int i = before; i < j; i++)
                    {
                        CustodyState from = i == 0 ? CustodyState.Unknown : entries[i - 1].State;
                        if (from != entries[i].State && (removedOn is not { } removed || days[i] < removed))
                        {
                            (int, CustodyState, CustodyState) move = (p, from, entries[i].State);
                            if (!moves.TryGetValue(move, out List<SubjectId>? who))
                            {
                                moves[move] = who = [];
                            }

                            who.Add(plan.Record.Id);
                        }
                    }
                }

                if (removedOn is { } removedDay && removedDay <= end)
                {
                    continue;
                }

                totals[p] += plan.Weight;
                int[] keys = plan.SlotKeys[j] ??= KeysOf(plan.Record, j == 0 ? null : entries[j - 1]);
                int[] periodCounts = counts[p];
                foreach (int key in keys)
                {
                    if (key >= periodCounts.Length)
                    {
                        Array.Resize(ref counts[p], Math.Max(key + 1, periodCounts.Length * 2));
                        periodCounts = counts[p];
                    }

                    periodCounts[key] += plan.Weight;
                }
            }
        }

        int keyCount = _keys.Count;
        int[] keyOrder = [.. Enumerable.Range(0, keyCount)];
        Array.Sort(keyOrder, (a, b) => CompareKeys(_keys[a], _keys[b]));
        ILookup<int, KeyValuePair<(int Period, CustodyState From, CustodyState To), List<SubjectId>>> movesByPeriod = moves.ToLookup(m => m.Key.Period);
        ImmutableArray<CustodyGroupField> fields = [.. by];
        ImmutableArray<CustodyPeriod>.Builder result = ImmutableArray.CreateBuilder<CustodyPeriod>(periods.Count);
        for (int p = 0; p < periods.Count; p++)
        {
            ImmutableArray<CustodyGroup>.Builder groups = ImmutableArray.CreateBuilder<CustodyGroup>();
            int[] periodCounts = counts[p];
            foreach (int key in keyOrder)
            {
                int count = key < periodCounts.Length ? periodCounts[key] : 0;
                if (count > 0)
                {
                    groups.Add(new CustodyGroup([.. _keys[key]], count));
                }
            }

            ImmutableArray<CustodyTransition> transitions = [.. movesByPeriod[p]
                .OrderBy(m => m.Key.From)
                .ThenBy(m => m.Key.To)
                .Select(m => new CustodyTransition(m.Key.From, m.Key.To, [.. m.Value.Order(SubjectIdComparer.Instance)]))];
            (string label, DateOnly start, DateOnly endDay) = periods[p];
            result.Add(new CustodyPeriod(label, start, endDay, new CustodyCount(endDay, fields, groups.ToImmutable(), totals[p]), transitions));
        }

        return result.MoveToImmutable();
    }

    /// <summary>The ids of the groups a subject is in while <paramref name="entry"/> (null: none yet) is its status.</summary>
    private int[] KeysOf(CustodyRecord record, CustodyStatus? entry)
    {
        ImmutableArray<CountryCode> nationalities = record.Nationalities.IsDefault ? [] : record.Nationalities;
        if (_nationalityField < 0 || nationalities.Length <= 1)
        {
            return _singleKeys[Intern(record, entry, nationalities.Length == 0 ? null : nationalities[0].Value)];
        }

        List<int> ids = new(nationalities.Length);
        foreach (CountryCode nationality in nationalities)
        {
            int id = Intern(record, entry, nationality.Value);
            if (!ids.Contains(id))
            {
                ids.Add(id);
            }
        }

        return [.. ids];
    }

    /// <summary>The id of the group of a subject in one nationality while <paramref name="entry"/> is its status.</summary>
    private int Intern(CustodyRecord record, CustodyStatus? entry, string? nationality)
    {
        for (int f = 0; f < by.Length; f++)
        {
            _scratch[f] = by[f] switch
            {
                CustodyGroupField.Status => CustodyStates.ToName(entry?.State ?? CustodyState.Unknown),
                CustodyGroupField.Nationality => nationality,
                CustodyGroupField.Authority => Clean(entry?.Authority),
                CustodyGroupField.Country => entry?.Country?.Value,
                CustodyGroupField.Place => Clean(entry?.Place),
                CustodyGroupField.Category => ListingCategories.ToName(record.Category),
                _ => record.ListName,
            };
        }

        if (!_keyIds.TryGetValue(_scratch, out int id))
        {
            id = _keys.Count;
            string?[] key = [.. _scratch];
            _keyIds[key] = id;
            _keys.Add(key);
            _singleKeys.Add([id]);
        }

        return id;
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    /// <summary>Groups in a reading order: statuses and categories in the order Vigil names them, other values
    /// ordinally, a missing value last.</summary>
    private int CompareKeys(string?[] a, string?[] b)
    {
        for (int f = 0; f < by.Length; f++)
        {
            int c = CompareValues(by[f], a[f], b[f]);
            if (c != 0)
            {
                return c;
            }
        }

        return 0;
    }

    private static int CompareValues(CustodyGroupField field, string? a, string? b)
    {
        if (a is null || b is null)
        {
            return a is null ? (b is null ? 0 : 1) : -1;
        }

        return field switch
        {
            CustodyGroupField.Status when CustodyStates.TryParse(a, out CustodyState x) && CustodyStates.TryParse(b, out CustodyState y) => x.CompareTo(y),
            CustodyGroupField.Category when ListingCategories.TryParse(a, out ListingCategory x) && ListingCategories.TryParse(b, out ListingCategory y) => x.CompareTo(y),
            _ => string.CompareOrdinal(a, b),
        };
    }

    /// <param name="Record">The subject.</param>
    /// <param name="Days">The day each entry takes effect, in effect order.</param>
    /// <param name="Entries">The entries in effect order.</param>
    /// <param name="SlotKeys">The group ids of each state (0: before the first entry; i: after entry i), found when first needed.</param>
    /// <param name="Weight">How many subjects the record stands for.</param>
    private sealed record Plan(CustodyRecord Record, DateOnly[] Days, CustodyStatus[] Entries, int[]?[] SlotKeys, int Weight);

    private sealed class KeyComparer : IEqualityComparer<string?[]>
    {
        public static readonly KeyComparer Instance = new();

        public bool Equals(string?[]? x, string?[]? y) =>
            ReferenceEquals(x, y) || (x is not null && y is not null && x.AsSpan().SequenceEqual(y));

        public int GetHashCode(string?[] obj)
        {
            HashCode hash = default;
            foreach (string? value in obj)
            {
                hash.Add(value, StringComparer.Ordinal);
            }

            return hash.ToHashCode();
        }
    }

    private sealed class SubjectIdComparer : IComparer<SubjectId>
    {
        public static readonly SubjectIdComparer Instance = new();

        public int Compare(SubjectId x, SubjectId y) => string.CompareOrdinal(x.Value, y.Value);
    }
}
