using System.CommandLine;
using System.CommandLine.Parsing;
using Vigil.Cli.Output;
using Vigil.Domain;
using Vigil.Screening.Lists;
using Vigil.Screening.Statistics;

namespace Vigil.Cli.Commands;

/// <summary><c>vigil stats custody</c>: subjects counted by custody status, at a date or over time.</summary>
internal static class StatsCommand
{
    private static readonly string[] Intervals = ["month", "quarter", "year"];
    private static readonly string[] Kinds = ["person", "organization", "vessel", "aircraft", "all"];
    private static readonly string[] Genders = ["male", "female"];

    public static Command Build(CliEnvironment env)
    {
        Command stats = new("stats", "Figures over the lists: subjects counted by custody status, at a date or over time.");
        stats.Subcommands.Add(BuildCustody(env));
        return stats;
    }

    private static Command BuildCustody(CliEnvironment env)
    {
        Option<string[]> lists = new("--list")
        {
            Description = "Count the subjects of these lists (default: every list). Repeat it or give several names.",
            HelpName = "NAME",
            AllowMultipleArgumentsPerToken = true,
        };
        Option<string> by = new("--by")
        {
            Description = "Group by these fields, comma-separated: " + string.Join(", ", CustodyGroupFields.All)
                + " (authority: the detaining or prosecuting body; country: where held, repatriated to or revoked by).",
            HelpName = "FIELD[,FIELD]",
            DefaultValueFactory = _ => "status",
        };
        by.Validators.Add(result =>
        {
            string? value = result.Tokens.Count > 0 ? result.Tokens[^1].Value : null;
            if (value is not null && !CustodyGroupFields.TryParseList(value, out _, out string? unknown))
            {
                result.AddError(unknown is null
                    ? "--by names no field; use one or more of " + string.Join(", ", CustodyGroupFields.All) + "."
                    : $"--by: '{unknown}' is not a field; use one or more of {string.Join(", ", CustodyGroupFields.All)}, comma-separated.");
            }
        });
        Option<string?> at = new("--at") { Description = "Count as of this day: YYYY-MM-DD (YYYY-MM or YYYY: its last day). Default: today (UTC).", HelpName = "DATE" };
        Option<string?> from = new("--from") { Description = "First day of a time series: YYYY-MM-DD (YYYY-MM or YYYY: its first day).", HelpName = "DATE" };
        Option<string?> to = new("--to") { Description = "Last day of a time series: YYYY-MM-DD (YYYY-MM or YYYY: its last day).", HelpName = "DATE" };
        Option<string?> every = new("--every") { Description = "Length of the periods of a time series: month, quarter or year (default: month).", HelpName = "PERIOD" };
        every.AcceptOnlyFromAmong(Intervals);
        Option<string?> gender = new("--gender") { Description = "Count only subjects of this gender: male or female." };
        gender.AcceptOnlyFromAmong(Genders);
        Option<string> kind = new("--kind")
        {
            Description = "Count only subjects of this kind: person, organization, vessel, aircraft, or all.",
            DefaultValueFactory = _ => "person",
        };
        kind.AcceptOnlyFromAmong(Kinds);
        Option<string?> svg = new("--svg") { Description = "Also write the chart as SVG to FILE: bars for a count, lines for a time series.", HelpName = "FILE" };

        Command command = new("custody", "Count subjects by custody status as of a day, or over time with who moved from one status to another.")
        {
            lists, by, at, from, to, every, gender, kind, svg,
        };
        command.Validators.Add(result => Validate(result, at, from, to, every));
        command.SetStoreAction(env, async (parse, stores, ct) =>
        {
            if (!CustodyGroupFields.TryParseList(parse.GetValue(by), out IReadOnlyList<CustodyGroupField> fields, out _))
            {
                throw new CliException("--by names no field.", ExitCodes.Usage);
            }

            string[] listNames = parse.GetValue(lists) ?? [];
            if (listNames.Length > 0)
            {
                IReadOnlyList<WatchListSummary> known = await stores.Lists.GetListsAsync(ct);
                foreach (string name in listNames)
                {
                    if (!known.Any(l => l.Name == name))
                    {
                        throw new CliException($"no list '{name}' in {stores.Lists.Description}; the lists are: {(known.Count == 0 ? "(none)" : string.Join(", ", known.Select(l => l.Name)))}.");
                    }
                }
            }

            CustodyRecordQuery query = new()
            {
                Lists = [.. listNames.Distinct(StringComparer.Ordinal)],
                Kind = parse.GetValue(kind) switch
                {
                    "organization" => SubjectKind.Organization,
                    "vessel" => SubjectKind.Vessel,
                    "aircraft" => SubjectKind.Aircraft,
                    "all" => null,
                    _ => SubjectKind.Person,
                },
                Gender = parse.GetValue(gender) switch
                {
                    "male" => Gender.Male,
                    "female" => Gender.Female,
                    _ => null,
                },
            };
            CustodyStatistics statistics = new(stores.Lists);
            bool json = parse.GetValue(CommonOptions.Json);
            string? svgFile = parse.GetValue(svg);
            if (parse.GetValue(from) is { } fromText && parse.GetValue(to) is { } toText)
            {
                CustodyInterval interval = parse.GetValue(every) switch
                {
                    "quarter" => CustodyInterval.Quarter,
                    "year" => CustodyInterval.Year,
                    _ => CustodyInterval.Month,
                };
                CustodySeries series = await statistics.ReplayAsync(query, Day(fromText, last: false)!.Value, Day(toText, last: true)!.Value, interval, fields, ct);
                if (svgFile is not null)
                {
                    WriteSvg(svgFile, () => CustodyCharts.WriteSeriesSvg(svgFile, series, query));
                }

                if (json)
                {
                    await JsonOutput.WriteStreamingAsync(env.Output, w => CustodyStatsOutput.WriteSeries(w, series, query));
                }
                else
                {
                    CustodyStatsOutput.RenderSeries(env.Console, series, query);
                }
            }
            else
            {
                DateOnly day = parse.GetValue(at) is { } atText ? Day(atText, last: true)!.Value : DateOnly.FromDateTime(env.Time.GetUtcNow().UtcDateTime);
                CustodyCount count = await statistics.CountAtAsync(query, day, fields, ct);
                if (svgFile is not null)
                {
                    WriteSvg(svgFile, () => CustodyCharts.WriteCountSvg(svgFile, count, query));
                }

                if (json)
                {
                    await JsonOutput.WriteAsync(env.Output, w => CustodyStatsOutput.WriteCount(w, count, query));
                }
                else
                {
                    CustodyStatsOutput.RenderCount(env.Console, count, query);
                }
            }

            if (svgFile is not null)
            {
                await env.Error.WriteLineAsync($"vigil: chart written to {svgFile}");
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    private static void Validate(CommandResult result, Option<string?> at, Option<string?> from, Option<string?> to, Option<string?> every)
    {
        // The raw tokens: a value its own option refused (--every week) must not throw here; that option reports it.
        string? atText = Raw(result, at), fromText = Raw(result, from), toText = Raw(result, to), everyText = Raw(result, every);
        if (atText is not null && Day(atText, last: true) is null)
        {
            result.AddError($"--at '{atText}' is not a date: use YYYY-MM-DD, YYYY-MM or YYYY (a real calendar date).");
        }

        DateOnly? first = null, last = null;
        if (fromText is not null && (first = Day(fromText, last: false)) is null)
        {
            result.AddError($"--from '{fromText}' is not a date: use YYYY-MM-DD, YYYY-MM or YYYY (a real calendar date).");
        }

        if (toText is not null && (last = Day(toText, last: true)) is null)
        {
            result.AddError($"--to '{toText}' is not a date: use YYYY-MM-DD, YYYY-MM or YYYY (a real calendar date).");
        }

        if ((fromText is null) != (toText is null))
        {
            result.AddError("a time series needs both --from and --to.");
        }
        else if (everyText is not null && fromText is null)
        {
            result.AddError("--every makes a time series: give --from and --to too.");
        }

        if (atText is not null && (fromText is not null || toText is not null))
        {
            result.AddError("--at counts at one day, --from and --to over time: give one or the other.");
        }

        if (first is { } f && last is { } l)
        {
            CustodyInterval interval = everyText switch { "quarter" => CustodyInterval.Quarter, "year" => CustodyInterval.Year, _ => CustodyInterval.Month };
            if (f > l)
            {
                result.AddError($"--from {f:yyyy-MM-dd} is after --to {l:yyyy-MM-dd}.");
            }
            else if (CustodyStatistics.PeriodCount(f, l, interval) > CustodyStatistics.MaxPeriods)
            {
                result.AddError($"--from {f:yyyy-MM-dd} --to {l:yyyy-MM-dd} makes more than {CustodyStatistics.MaxPeriods} periods; choose a longer --every or a shorter span.");
            }
        }
    }

    private static string? Raw(CommandResult result, Option<string?> option) =>
        result.GetResult(option) is { Tokens.Count: > 0 } found ? found.Tokens[^1].Value : null;

    /// <summary>A day from YYYY-MM-DD, or the first or last day of YYYY-MM or YYYY; null when the text is no date.</summary>
    private static DateOnly? Day(string text, bool last) =>
        !text.Contains('~', StringComparison.Ordinal) && PartialDate.TryParse(text, out PartialDate date) && !date.IsUnknown
            ? (last ? date.LatestDay : date.EarliestDay)
            : null;

    private static void WriteSvg(string file, Action write)
    {
        try
        {
            write();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CliException($"cannot write {file}: {e.Message}", ExitCodes.Environment);
        }
    }
}
