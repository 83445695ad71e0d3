using System.Collections.Immutable;
using Vigil.Domain;
using Vigil.Screening.Statistics;

namespace Vigil.Screening.Tests.Statistics;

/// <summary>Counting custody histories as of a day and over time. Every subject is invented.</summary>
public sealed class CustodyStatisticsTests
{
    private static readonly CustodyGroupField[] ByStatus = [CustodyGroupField.Status];

    private static CustodyRecord Subject(string sourceId, params CustodyStatus[] history) =>
        new(SubjectId.For("test", sourceId), "test", SubjectKind.Person, ListingCategory.NoBoard) { History = [.. history] };

    private static CustodyStatus Entry(CustodyState state, string since, string? authority = null, string? country = null, string? place = null) =>
        new(state, PartialDate.Parse(since))
        {
            Authority = authority,
            Country = country is null ? null : CountryCode.Of(country),
            Place = place,
        };

    private static DateOnly Day(string text) => DateOnly.Parse(text, System.Globalization.CultureInfo.InvariantCulture);

    private static Dictionary<string, int> Counts(CustodyCount count) =>
        count.Groups.ToDictionary(g => string.Join('/', g.Keys.Select(k => k ?? "-")), g => g.Count);

    private static Dictionary<string, int> CountAt(string day, IEnumerable<CustodyRecord> records, params CustodyGroupField[] by) =>
        Counts(CustodyStatistics.CountAt(records, Day(day), by.Length == 0 ? ByStatus : by));

    public sealed class At
    {
        [Fact]
        public void The_status_on_a_day_is_that_of_the_last_entry_on_or_before_it()
        {
            CustodyRecord[] records =
            [
                Subject("1", Entry(CustodyState.AtLarge, "2014-09-01"), Entry(CustodyState.Detained, "2019-03-23"), Entry(CustodyState.Repatriated, "2021-06-10")),
            ];

            Assert.Equal(new Dictionary<string, int> { ["unknown"] = 1 }, CountAt("2014-08-31", records));
            Assert.Equal(new Dictionary<string, int> { ["at-large"] = 1 }, CountAt("2014-09-01", records));
            Assert.Equal(new Dictionary<string, int> { ["at-large"] = 1 }, CountAt("2019-03-22", records));
            Assert.Equal(new Dictionary<string, int> { ["detained"] = 1 }, CountAt("2019-03-23", records));
            Assert.Equal(new Dictionary<string, int> { ["repatriated"] = 1 }, CountAt("2030-01-01", records));
        }

        [Fact]
        public void An_entry_dated_by_month_or_year_counts_from_the_first_day_of_it()
        {
            CustodyRecord[] records =
            [
                Subject("month", Entry(CustodyState.Detained, "2019-03")),
                Subject("year", Entry(CustodyState.Released, "2020")),
                Subject("approximate", Entry(CustodyState.Convicted, "~2021-05")),
            ];

            Assert.Equal(new Dictionary<string, int> { ["unknown"] = 3 }, CountAt("2019-02-28", records));
            Assert.Equal(new Dictionary<string, int> { ["unknown"] = 2, ["detained"] = 1 }, CountAt("2019-03-01", records));
            Assert.Equal(new Dictionary<string, int> { ["unknown"] = 2, ["detained"] = 1 }, CountAt("2019-12-31", records));
            Assert.Equal(new Dictionary<string, int> { ["unknown"] = 1, ["detained"] = 1, ["released"] = 1 }, CountAt("2020-01-01", records));
            Assert.Equal(new Dictionary<string, int> { ["detained"] = 1, ["released"] = 1, ["convicted"] = 1 }, CountAt("2021-05-01", records));
        }

        [Fact]
        public void A_month_entry_after_a_day_entry_of_the_same_month_takes_over_from_the_first_of_the_month()
        {
            // The history says detained on 20 March, then released "in March": the file's order is kept for the
            // release, but it counts from 1 March, before the detention: replayed, the detention (20 March) comes last.
            CustodyRecord record = Subject("1", Entry(CustodyState.Detained, "2019-03-20"), Entry(CustodyState.Released, "2019-03"));

            Assert.Equal(new Dictionary<string, int> { ["released"] = 1 }, CountAt("2019-03-10", [record]));
            Assert.Equal(new Dictionary<string, int> { ["detained"] = 1 }, CountAt("2019-03-20", [record]));
        }

        [Fact]
        public void Entries_of_the_same_day_take_effect_in_the_order_of_the_history()
        {
            CustodyRecord record = Subject("1",
                Entry(CustodyState.Detained, "2022-10-01"),
                Entry(CustodyState.Repatriated, "2022-10-01", country: "FRA"),
                Entry(CustodyState.UnderProsecution, "2022-10-01"));

            Assert.Equal(new Dictionary<string, int> { ["under-prosecution"] = 1 }, CountAt("2022-10-01", [record]));
        }

        [Fact]
        public void Entries_are_replayed_in_date_order_whatever_the_order_of_the_history()
        {
            CustodyRecord record = Subject("1", Entry(CustodyState.Convicted, "2023-02-01"), Entry(CustodyState.Detained, "2019-05-01"));

            Assert.Equal(new Dictionary<string, int> { ["detained"] = 1 }, CountAt("2020-01-01", [record]));
            Assert.Equal(new Dictionary<string, int> { ["convicted"] = 1 }, CountAt("2024-01-01", [record]));
        }

        [Fact]
        public void An_undated_entry_counts_from_the_day_it_was_recorded()
        {
            CustodyRecord record = Subject("1", new CustodyStatus(CustodyState.Detained, PartialDate.Unknown) { RecordedAt = new DateTimeOffset(2024, 2, 10, 23, 30, 0, TimeSpan.Zero) });

            Assert.Equal(new Dictionary<string, int> { ["unknown"] = 1 }, CountAt("2024-02-09", [record]));
            Assert.Equal(new Dictionary<string, int> { ["detained"] = 1 }, CountAt("2024-02-10", [record]));
        }

        [Fact]
        public void A_subject_without_custody_entries_is_unknown_as_its_current_status_is()
        {
            CustodyRecord record = Subject("1");

            Assert.Equal(new Dictionary<string, int> { ["unknown"] = 1 }, CountAt("2025-01-01", [record]));
        }

        [Fact]
        public void A_removed_subject_counts_until_the_day_before_its_removal()
        {
            CustodyRecord record = Subject("1", Entry(CustodyState.Detained, "2019")) with { RemovedOn = Day("2023-06-15") };

            Assert.Equal(new Dictionary<string, int> { ["detained"] = 1 }, CountAt("2023-06-14", [record]));
            CustodyCount after = CustodyStatistics.CountAt([record], Day("2023-06-15"), ByStatus);
            Assert.Empty(after.Groups);
            Assert.Equal(0, after.Total);
        }

        [Fact]
        public void A_subject_counts_once_in_each_nationality_and_once_in_the_total()
        {
            CustodyRecord[] records =
            [
                Subject("dual", Entry(CustodyState.Detained, "2019")) with { Nationalities = [CountryCode.Of("GBR"), CountryCode.Of("PAK")] },
                Subject("twice", Entry(CustodyState.Detained, "2019")) with { Nationalities = [CountryCode.Of("GBR"), CountryCode.Of("GBR")] },
                Subject("none", Entry(CustodyState.Released, "2019")),
            ];

            CustodyCount count = CustodyStatistics.CountAt(records, Day("2020-01-01"), [CustodyGroupField.Nationality, CustodyGroupField.Status]);

            Assert.Equal(3, count.Total);
            Assert.Equal(
                [("GBR", "detained", 2), ("PAK", "detained", 1), (null, "released", 1)],
                count.Groups.Select(g => (g.Keys[0], g.Keys[1], g.Count)));
        }

        [Fact]
        public void Authority_country_and_place_are_those_of_the_entry_in_effect()
        {
            CustodyRecord[] records =
            [
                Subject("1", Entry(CustodyState.Detained, "2019-03", "Northern Guard", "SYR", "Camp Tamarisk"), Entry(CustodyState.Repatriated, "2022-05", country: "BEL")),
                Subject("2", Entry(CustodyState.Detained, "2019-04", " Northern Guard ", "SYR", "Camp Tamarisk")),
                Subject("3", Entry(CustodyState.Detained, "2020-01", "Eastern Police", "IRQ")),
                Subject("4", Entry(CustodyState.AtLarge, "2018")),
            ];

            Assert.Equal(
                new Dictionary<string, int> { ["Eastern Police/IRQ/-"] = 1, ["Northern Guard/SYR/Camp Tamarisk"] = 2, ["-/-/-"] = 1 },
                CountAt("2021-01-01", records, CustodyGroupField.Authority, CustodyGroupField.Country, CustodyGroupField.Place));
            Assert.Equal(
                new Dictionary<string, int> { ["BEL/repatriated"] = 1, ["SYR/detained"] = 1, ["IRQ/detained"] = 1, ["-/at-large"] = 1 },
                CountAt("2023-01-01", records, CustodyGroupField.Country, CustodyGroupField.Status));
        }

        [Fact]
        public void Groups_come_in_reading_order_statuses_as_vigil_names_them_and_missing_values_last()
        {
            CustodyRecord[] records =
            [
                Subject("a", Entry(CustodyState.Stateless, "2019")) with { Nationalities = [CountryCode.Of("TUN")] },
                Subject("b", Entry(CustodyState.AtLarge, "2019")) with { Nationalities = [CountryCode.Of("TUN")] },
                Subject("c", Entry(CustodyState.Detained, "2019")),
                Subject("d", Entry(CustodyState.Detained, "2019")) with { Nationalities = [CountryCode.Of("BEL")] },
            ];

            CustodyCount count = CustodyStatistics.CountAt(records, Day("2020-01-01"), [CustodyGroupField.Nationality, CustodyGroupField.Status]);

            Assert.Equal(["BEL detained", "TUN at-large", "TUN stateless", "- detained"], count.Groups.Select(g => string.Join(' ', g.Keys.Select(k => k ?? "-"))));
        }

        [Fact]
        public void Category_and_list_group_by_the_listing()
        {
            CustodyRecord[] records =
            [
                Subject("1", Entry(CustodyState.Detained, "2019")),
                Subject("2", Entry(CustodyState.Detained, "2019")) with { Category = ListingCategory.Monitor, ListName = "family" },
                Subject("3") with { Category = ListingCategory.Monitor, ListName = "family" },
            ];

            Assert.Equal(
                new Dictionary<string, int> { ["no-board/test/detained"] = 1, ["monitor/family/detained"] = 1, ["monitor/family/unknown"] = 1 },
                CountAt("2020-01-01", records, CustodyGroupField.Category, CustodyGroupField.List, CustodyGroupField.Status));
        }
    }

    public sealed class Series
    {
        [Fact]
        public void Periods_are_calendar_months_quarters_or_years_cut_to_the_span()
        {
            Assert.Equal(
                [("2019-01", Day("2019-01-15"), Day("2019-01-31")), ("2019-02", Day("2019-02-01"), Day("2019-02-28")), ("2019-03", Day("2019-03-01"), Day("2019-03-10"))],
                CustodyStatistics.Periods(Day("2019-01-15"), Day("2019-03-10"), CustodyInterval.Month));
            Assert.Equal(
                ["2019-Q4", "2020-Q1", "2020-Q2"],
                CustodyStatistics.Periods(Day("2019-11-02"), Day("2020-04-01"), CustodyInterval.Quarter).Select(p => p.Label));
            Assert.Equal(
                [("2019", Day("2019-06-01"), Day("2019-12-31")), ("2020", Day("2020-01-01"), Day("2020-12-31"))],
                CustodyStatistics.Periods(Day("2019-06-01"), Day("2020-12-31"), CustodyInterval.Year));
            Assert.Equal(3, CustodyStatistics.PeriodCount(Day("2019-11-02"), Day("2020-04-01"), CustodyInterval.Quarter));
            Assert.Equal(120, CustodyStatistics.PeriodCount(Day("2015-01-01"), Day("2024-12-31"), CustodyInterval.Month));
        }

        [Fact]
        public void Each_period_is_counted_as_of_its_last_day()
        {
            CustodyRecord[] records =
            [
                Subject("1", Entry(CustodyState.Detained, "2019-03-31"), Entry(CustodyState.Released, "2019-04-01")),
                Subject("2", Entry(CustodyState.Detained, "2019-04")),
            ];

            CustodySeries series = CustodyStatistics.Replay(records, Day("2019-02-01"), Day("2019-04-30"), CustodyInterval.Month, ByStatus);

            Assert.Equal(["2019-02", "2019-03", "2019-04"], series.Periods.Select(p => p.Label));
            Assert.Equal(
                [
                    new Dictionary<string, int> { ["unknown"] = 2 },
                    new Dictionary<string, int> { ["unknown"] = 1, ["detained"] = 1 },
                    new Dictionary<string, int> { ["detained"] = 1, ["released"] = 1 },
                ],
                series.Periods.Select(p => Counts(p.Count)));
            Assert.All(series.Periods, p => Assert.Equal(2, p.Count.Total));
        }

        [Fact]
        public void Transitions_name_who_moved_from_which_status_to_which_in_each_period()
        {
            CustodyRecord a = Subject("a", Entry(CustodyState.AtLarge, "2014"), Entry(CustodyState.Detained, "2019-03"), Entry(CustodyState.Released, "2021-02-11"));
            CustodyRecord b = Subject("b", Entry(CustodyState.Detained, "2019-07-04"), Entry(CustodyState.Repatriated, "2021-01", country: "NLD"), Entry(CustodyState.UnderProsecution, "2021-01-20"));
            CustodyRecord c = Subject("c", Entry(CustodyState.Detained, "2019"), Entry(CustodyState.Detained, "2020-05", place: "Camp Juniper"));

            CustodySeries series = CustodyStatistics.Replay([a, b, c], Day("2019-01-01"), Day("2021-12-31"), CustodyInterval.Year, ByStatus);

            // Before the series: a at large since 2014, not a transition of 2019.
            Assert.Equal(
                [("unknown", "detained", new[] { b.Id, c.Id }), ("at-large", "detained", new[] { a.Id })],
                series.Periods[0].Transitions.Select(t => (CustodyStates.ToName(t.From), CustodyStates.ToName(t.To), t.Subjects.ToArray())).OrderBy(t => t.Item1 == "unknown" ? 0 : 1));
            Assert.Equal(3, series.Periods[0].Transitions.Sum(t => t.Count));

            // A move within one status (another camp) is no transition.
            Assert.Empty(series.Periods[1].Transitions);

            Assert.Equal(
                [("detained", "released", a.Id), ("detained", "repatriated", b.Id), ("repatriated", "under-prosecution", b.Id)],
                series.Periods[2].Transitions.Select(t => (CustodyStates.ToName(t.From), CustodyStates.ToName(t.To), Assert.Single(t.Subjects))));
            Assert.Equal(
                new Dictionary<string, int> { ["detained"] = 1, ["released"] = 1, ["under-prosecution"] = 1 },
                Counts(series.Periods[2].Count));
        }

        [Fact]
        public void A_removed_subject_leaves_the_series_and_its_later_moves_are_not_counted()
        {
            CustodyRecord record = Subject("1", Entry(CustodyState.Detained, "2019-01"), Entry(CustodyState.Released, "2019-03-05")) with { RemovedOn = Day("2019-03-01") };

            CustodySeries series = CustodyStatistics.Replay([record], Day("2019-01-01"), Day("2019-03-31"), CustodyInterval.Month, ByStatus);

            Assert.Equal([1, 1, 0], series.Periods.Select(p => p.Count.Total));
            Assert.Empty(series.Periods[2].Transitions);
            Assert.Equal(CustodyState.Detained, Assert.Single(series.Periods[0].Transitions).To);
        }

        [Fact]
        public void A_series_counts_as_the_count_at_each_end_day_does()
        {
            // The replay walks each subject's entries forward once; it must agree with counting at each day apart.
            Random random = new(20261207);
            CustodyState[] states = Enum.GetValues<CustodyState>();
            List<CustodyRecord> records = [];
            for (int i = 0; i < 200; i++)
            {
                List<CustodyStatus> history = [];
                for (int e = random.Next(0, 6); e > 0; e--)
                {
                    int year = random.Next(2012, 2026);
                    PartialDate since = random.Next(3) switch
                    {
                        0 => PartialDate.OfYear(year),
                        1 => PartialDate.OfYearMonth(year, random.Next(1, 13)),
                        _ => PartialDate.Of(year, random.Next(1, 13), random.Next(1, 29)),
                    };
                    history.Add(new CustodyStatus(states[random.Next(states.Length)], since) { Country = random.Next(2) == 0 ? CountryCode.Of("IRQ") : null });
                }

                records.Add(Subject($"r{i}", [.. history]) with
                {
                    Nationalities = random.Next(3) == 0 ? [CountryCode.Of("GBR"), CountryCode.Of("MAR")] : [CountryCode.Of("GBR")],
                    RemovedOn = random.Next(5) == 0 ? new DateOnly(random.Next(2014, 2026), random.Next(1, 13), 1) : null,
                });
            }

            CustodyGroupField[] by = [CustodyGroupField.Nationality, CustodyGroupField.Status, CustodyGroupField.Country];
            CustodySeries series = CustodyStatistics.Replay(records, Day("2013-01-01"), Day("2025-12-31"), CustodyInterval.Quarter, by);

            Assert.Equal(52, series.Periods.Length);
            foreach (CustodyPeriod period in series.Periods)
            {
                CustodyCount alone = CustodyStatistics.CountAt(records, period.End, by);
                Assert.Equal(Counts(alone), Counts(period.Count));
                Assert.Equal(alone.Total, period.Count.Total);
            }
        }

        [Fact]
        public void A_span_of_more_periods_than_allowed_is_refused()
        {
            Assert.Throws<ArgumentOutOfRangeException>(() => CustodyStatistics.Replay([], Day("1900-01-01"), Day("2020-01-01"), CustodyInterval.Month, ByStatus));
            Assert.Throws<ArgumentOutOfRangeException>(() => CustodyStatistics.Replay([], Day("2020-01-02"), Day("2020-01-01"), CustodyInterval.Month, ByStatus));
        }
    }

    public sealed class Fields
    {
        [Theory]
        [InlineData("status", new[] { CustodyGroupField.Status })]
        [InlineData("nationality,status", new[] { CustodyGroupField.Nationality, CustodyGroupField.Status })]
        [InlineData(" Authority , country,place,category,list,status ", new[] { CustodyGroupField.Authority, CustodyGroupField.Country, CustodyGroupField.Place, CustodyGroupField.Category, CustodyGroupField.List, CustodyGroupField.Status })]
        [InlineData("status,status", new[] { CustodyGroupField.Status })]
        public void Field_lists_are_read_in_the_order_given(string text, CustodyGroupField[] expected)
        {
            Assert.True(CustodyGroupFields.TryParseList(text, out IReadOnlyList<CustodyGroupField> fields, out string? unknown));
            Assert.Equal(expected, fields);
            Assert.Null(unknown);
        }

        [Theory]
        [InlineData("gender", "gender")]
        [InlineData("status,camp", "camp")]
        [InlineData("", null)]
        [InlineData(",", null)]
        public void An_unknown_or_missing_field_is_refused_and_named(string text, string? expectedUnknown)
        {
            Assert.False(CustodyGroupFields.TryParseList(text, out _, out string? unknown));
            Assert.Equal(expectedUnknown, unknown);
        }
    }

    public sealed class Query
    {
        [Fact]
        public void A_query_admits_by_kind_gender_and_list()
        {
            CustodyRecord man = Subject("1") with { Gender = Gender.Male };
            CustodyRecord woman = Subject("2") with { Gender = Gender.Female, ListName = "family" };
            CustodyRecord group = Subject("3") with { Kind = SubjectKind.Organization };

            Assert.Equal([man, woman], new[] { man, woman, group }.Where(new CustodyRecordQuery().Admits));
            Assert.Equal([woman], new[] { man, woman, group }.Where(new CustodyRecordQuery { Gender = Gender.Female }.Admits));
            Assert.Equal([man, woman, group], new[] { man, woman, group }.Where(new CustodyRecordQuery { Kind = null }.Admits));
            Assert.Equal([group], new[] { man, woman, group }.Where(new CustodyRecordQuery { Kind = null, Lists = ["test"], Gender = Gender.Unknown }.Admits));
            Assert.Empty(ImmutableArray<CustodyRecord>.Empty.Where(new CustodyRecordQuery().Admits));
        }
    }

    public sealed class InEffect
    {
        [Fact]
        public void Each_entry_is_in_effect_from_its_day_until_the_next_entry_takes_effect()
        {
            CustodyStatus[] history =
            [
                Entry(CustodyState.Detained, "2019-05", "Guard A"),
                Entry(CustodyState.AtLarge, "2016"),
                Entry(CustodyState.Released, "2019-05-01"),
                new(CustodyState.Repatriated, PartialDate.Unknown) { RecordedAt = new DateTimeOffset(2024, 2, 3, 23, 30, 0, TimeSpan.FromHours(-5)) },
            ];

            (DateOnly From, DateOnly? Until)[] periods = CustodyStatistics.InEffectPeriods(history);

            Assert.Equal(
                [(Day("2019-05-01"), Day("2019-05-01")), (Day("2016-01-01"), Day("2019-05-01")), (Day("2019-05-01"), Day("2024-02-04")), (Day("2024-02-04"), null)],
                periods.Select(p => (p.From, p.Until)));
            Assert.Empty(CustodyStatistics.InEffectPeriods([]));
        }

        [Fact]
        public void The_entry_whose_days_hold_a_day_is_the_one_in_effect_on_it_for_any_history()
        {
            Random random = new(20261208);
            for (int n = 0; n < 3000; n++)
            {
                CustodyStatus[] history = [.. Enumerable.Range(0, random.Next(0, 6)).Select(_ => RandomEntry(random))];
                (DateOnly From, DateOnly? Until)[] periods = CustodyStatistics.InEffectPeriods(history);

                for (DateOnly day = Day("2015-12-20"); day <= Day("2018-01-10"); day = day.AddDays(random.Next(1, 9)))
                {
                    CustodyStatus? expected = CustodyStatistics.InEffectOn(history, day);
                    int[] holding = [.. Enumerable.Range(0, history.Length).Where(i => periods[i].From <= day && (periods[i].Until is null || day < periods[i].Until))];

                    Assert.True(holding.Length <= 1, $"history {n}: {holding.Length} entries in effect on {day}");
                    Assert.Same(expected, holding.Length == 0 ? null : history[holding[0]]);
                }
            }

            // Dates bunched in two years so that entries share days, months and years.
            static CustodyStatus RandomEntry(Random random)
            {
                int year = random.Next(2016, 2018);
                PartialDate since = random.Next(5) switch
                {
                    0 => PartialDate.Unknown,
                    1 => PartialDate.OfYear(year),
                    2 => PartialDate.OfYearMonth(year, random.Next(1, 4)),
                    _ => PartialDate.Of(year, random.Next(1, 4), random.Next(1, 3)),
                };
                return new CustodyStatus((CustodyState)random.Next(1, 5), since) { RecordedAt = new DateTimeOffset(year, random.Next(1, 4), 1, 0, 0, 0, TimeSpan.Zero) };
            }
        }
    }
}
