using System.Collections.Immutable;
using Vigil.Domain;

namespace Vigil.Screening.Statistics;

/// <summary>The custody histories of many subjects, prepared once to be counted at many days.</summary>
/// <remarks>Each subject's entries are put in effect order and each of its states (before the first entry, then after
/// each entry) gets the ids of the groups it belongs to, so that counting a period is one forward step through a
/// subject's entries and a few increments in an array: a monthly series of ten years over 100,000 subjects is some
/// twelve million increments.</remarks>
internal sealed class CustodyReplay(CustodyGroupField[] by)
{
    private readonly Dictionary<string?[], int> _keyIds = new(KeyComparer.Instance);
    private readonly List<string?[]> _keys = [];
    private readonly List<Plan> _plans = [];

    /// <summary>Prepares one subject.</summary>
    public void Add(CustodyRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        ImmutableArray<CustodyStatus> history = record.History.IsDefault ? [] : record.History;
        int n = history.Length;
        DateOnly[] days = new DateOnly[n];
        int[] order = new int[n];
        for (int i = 0; i < n; i++)
        {
            days[i] = CustodyStatistics.EffectiveDay(history[i]);
            order[i] = i;
        }

        // A stable sort: entries of the same day keep the history's order.
        Array.Sort(order, (a, b) =>
        {
            int c = days[a].CompareTo(days[b]);
            return c != 0 ? c : a.CompareTo(b);
        });

        DateOnly[] sortedDays = new DateOnly[n];
        CustodyState[] states = new CustodyState[n];
        int[][] slotKeys = new int[n + 1][];
        slotKeys[0] = KeysOf(record, null);
        for (int i = 0; i < n; i++)
        {
            CustodyStatus entry = history[order[i]];
            sortedDays[i] = days[order[i]];
            states[i] = entry.State;
            slotKeys[i + 1] = KeysOf(record, entry);
        }

        _plans.Add(new Plan(record.Id, sortedDays, states, slotKeys, record.RemovedOn));
    }

    /// <summary>Counts every subject as of the end of each period and, when asked, the transitions within it.</summary>
    /// <param name="periods">Contiguous periods, oldest first.</param>
    /// <param name="withTransitions">True to collect the transitions.</param>
    public ImmutableArray<CustodyPeriod> Run(IReadOnlyList<(string Label, DateOnly Start, DateOnly End)> periods, bool withTransitions)
    {
        int keyCount = _keys.Count;
        int[] counts = new int[periods.Count * keyCount];
        int[] totals = new int[periods.Count];
        Dictionary<(int Period, CustodyState From, CustodyState To), List<SubjectId>> moves = [];
        DateOnly first = periods.Count > 0 ? periods[0].Start : DateOnly.MinValue;
        foreach (Plan plan in _plans)
        {
            // j: how many of the subject's entries have taken effect by the end of the current period.
            int j = 0;
            while (j < plan.Days.Length && plan.Days[j] < first)
            {
                j++;
            }

            for (int p = 0; p < periods.Count; p++)
            {
                DateOnly end = periods[p].End;
                int before = j;
                while (j < plan.Days.Length && plan.Days[j] <= end)
                {
                    j++;
                }

                if (withTransitions)
                {
                    for (int i = before; i < j; i++)
                    {
                        CustodyState from = i == 0 ? CustodyState.Unknown : plan.States[i - 1];
                        if (from != plan.States[i] && (plan.RemovedOn is not { } removed || plan.Days[i] < removed))
                        {
                            (int, CustodyState, CustodyState) move = (p, from, plan.States[i]);
                            if (!moves.TryGetValue(move, out List<SubjectId>? who))
                            {
                                moves[move] = who = [];
                            }

                            who.Add(plan.Id);
                        }
                    }
                }

                if (plan.RemovedOn is { } removedOn && removedOn <= end)
                {
                    continue;
                }

                totals[p]++;
                int offset = p * keyCount;
                foreach (int key in plan.SlotKeys[j])
                {
                    counts[offset + key]++;
                }
            }
        }

        int[] keyOrder = [.. Enumerable.Range(0, keyCount)];
        Array.Sort(keyOrder, (a, b) => CompareKeys(_keys[a], _keys[b]));
        ImmutableArray<CustodyGroupField> fields = [.. by];
        ImmutableArray<CustodyPeriod>.Builder result = ImmutableArray.CreateBuilder<CustodyPeriod>(periods.Count);
        for (int p = 0; p < periods.Count; p++)
        {
            ImmutableArray<CustodyGroup>.Builder groups = ImmutableArray.CreateBuilder<CustodyGroup>();
            foreach (int key in keyOrder)
            {
                int count = counts[(p * keyCount) + key];
                if (count > 0)
                {
                    groups.Add(new CustodyGroup([.. _keys[key]], count));
                }
            }

            ImmutableArray<CustodyTransition> transitions = [.. moves
                .Where(m => m.Key.Period == p)
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
        int nationalityField = Array.IndexOf(by, CustodyGroupField.Nationality);
        IEnumerable<string?> nationalities = nationalityField < 0 || record.Nationalities.IsDefaultOrEmpty
            ? [null]
            : record.Nationalities.Select(c => (string?)c.Value).Distinct(StringComparer.Ordinal);
        List<int> ids = [];
        foreach (string? nationality in nationalities)
        {
            string?[] key = new string?[by.Length];
            for (int f = 0; f < by.Length; f++)
            {
                key[f] = by[f] switch
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

            if (!_keyIds.TryGetValue(key, out int id))
            {
                id = _keys.Count;
                _keyIds[key] = id;
                _keys.Add(key);
            }

            if (!ids.Contains(id))
            {
                ids.Add(id);
            }
        }

        return [.. ids];
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

    private sealed record Plan(SubjectId Id, DateOnly[] Days, CustodyState[] States, int[][] SlotKeys, DateOnly? RemovedOn);

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
