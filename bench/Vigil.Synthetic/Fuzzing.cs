using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Vigil.Formats.Diagnostics;
using Vigil.Formats.Edifact;
using Vigil.Formats.Mrz;
using Vigil.Formats.Paxlst;
using Vigil.Formats.Pnrgov;
using Vigil.Formats.Tests.Mrz;
using Vigil.Screening.Flights;
using Vigil.Synthetic.Messages;

namespace Vigil.Synthetic;

/// <summary>The <c>fuzz</c> command of <c>bench/formats --fuzz N</c>: millions of mutated and truncated valid PAXLST,
/// PNRGOV and MRZ messages through the parsers, as the CI fuzz tests do by the hundred thousand.</summary>
/// <remarks>
/// <para>
/// The mutations are those of the CI tests (tests/Vigil.Formats.Tests: Edifact/FuzzTests and Mrz/MrzFuzzTests):
/// truncation, changed, inserted, deleted, duplicated and moved bytes, separators and line breaks for EDIFACT; changed,
/// inserted and deleted characters, truncation, lines run together, repeated text and line breaks for zones. The
/// valid inputs are the examples of ../shared/data/formats-examples when present and messages generated here
/// (PAXLST of one to six passengers, with two legs, in parts, with and without line breaks; PNRGOV of one to three
/// PNRs; TD1, TD2, TD3, MRV-A and MRV-B zones built by the samples of the MRZ tests).
/// </para>
/// <para>
/// Each input must come back without an exception; a valid outcome must have no error; any other outcome at least
/// one error; every issue must be located (a segment index for EDIFACT, a line and a column for a zone); an
/// unreadable interchange has no message and an unreadable zone no zone. The travelers are then taken out of the
/// result as <c>vigil screen --format</c> does, and every 16th result is written as JSON. Input <c>i</c> of a seed
/// is mutated from its own random sequence, so a failure is replayed with <c>--seed S --from i --count 1</c>.
/// </para>
/// </remarks>
internal static class Fuzzing
{
    public static readonly DateOnly Today = new(2025, 6, 1);

    private static readonly byte[] Noise = Encoding.ASCII.GetBytes("+:?'*$\r\n UNHTZ019AZaz\u007f");

    private static readonly string[] States = ["NOR", "D<<", "FRA", "GBR", "GBD", "UTO", "XXA", "BEL", "CAN", "NZL"];

    public static Command Create()
    {
        Option<long> count = new("--count") { Description = "Inputs per format.", DefaultValueFactory = _ => 1_000_000, HelpName = "N" };
        Option<long> from = new("--from") { Description = "The number of the first input (to replay a failure).", DefaultValueFactory = _ => 0, HelpName = "I" };
        Option<long> seed = new("--seed") { Description = "The seed.", DefaultValueFactory = _ => 20250601, HelpName = "S" };
        Option<string[]> formats = new("--format") { Description = "paxlst, pnrgov and/or mrz (default: all three).", HelpName = "FORMAT", AllowMultipleArgumentsPerToken = true };
        formats.AcceptOnlyFromAmong("paxlst", "pnrgov", "mrz");
        Option<int> threads = new("--threads") { Description = "Threads (default: one per core).", DefaultValueFactory = _ => Environment.ProcessorCount, HelpName = "T" };
        Option<string?> examples = new("--examples") { Description = "A folder of valid *.edi examples to mutate too (default: ../shared/data/formats-examples when found).", HelpName = "DIR" };
        Option<string?> failures = new("--failures") { Description = "Where to write a failing input.", HelpName = "DIR" };
        Option<double> slowLimit = new("--slow-limit") { Description = "Fail when one input takes longer (seconds).", DefaultValueFactory = _ => 2.0, HelpName = "SECONDS" };
        Command fuzz = new("fuzz", "Parse millions of mutated PAXLST, PNRGOV and MRZ messages; fail on an exception or an unlocated rejection. Prints one JSON object.")
        {
            count, from, seed, formats, threads, examples, failures, slowLimit,
        };
        fuzz.SetAction(parse =>
        {
            long n = parse.GetValue(count), first = parse.GetValue(from);
            int t = parse.GetValue(threads);
            if (n < 1 || first < 0 || t < 1)
            {
                Console.Error.WriteLine("Vigil.Synthetic: error: --count and --threads are 1 or more, --from 0 or more.");
                return 2;
            }

            string[] chosen = parse.GetValue(formats) is { Length: > 0 } f ? [.. f.Distinct()] : ["paxlst", "pnrgov", "mrz"];
            string? folder = parse.GetValue(examples) ?? FindExamples();
            List<FuzzReport> reports = [];
            foreach (string format in chosen)
            {
                byte[][] seeds = format == "mrz" ? [] : Seeds(format, folder);
                Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"fuzz: {n:N0} mutated {format} inputs from {(format == "mrz" ? "generated zones" : $"{seeds.Length} valid messages")}, seed {parse.GetValue(seed)}, {t} threads"));
                FuzzReport report = Run(format, seeds, parse.GetValue(seed), first, n, t, parse.GetValue(slowLimit));
                reports.Add(report);
                if (report.Failure is { } failure)
                {
                    Console.Error.WriteLine($"fuzz: FAILED on {format} input {failure.Index} of seed {failure.Seed} "
                        + $"(replay: fuzz --format {format} --seed {failure.Seed} --from {failure.Index} --count 1): {failure.Reason}");
                    Console.Error.WriteLine("--- input (Latin-1, \\r \\n shown) ---");
                    Console.Error.WriteLine(Encoding.Latin1.GetString(failure.Input).Replace("\r", "\\r", StringComparison.Ordinal).Replace("\n", "\\n\n", StringComparison.Ordinal));
                    if (parse.GetValue(failures) is { } directory)
                    {
                        string file = Path.Combine(directory, string.Create(CultureInfo.InvariantCulture, $"fuzz-failure-{format}-{failure.Seed}-{failure.Index}.bin"));
                        AtomicFile.Write(file, s => s.Write(failure.Input));
                        Console.Error.WriteLine($"fuzz: the input is in {file}");
                    }

                    break;
                }

                Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"fuzz: {format}: {report.Count:N0} inputs in {report.Elapsed.TotalSeconds:F1} s ({report.Count / report.Elapsed.TotalSeconds:N0}/s); {report.Valid:N0} valid, {report.Invalid:N0} invalid, {report.Unreadable:N0} unreadable; slowest input {report.SlowestMilliseconds:F2} ms (number {report.SlowestIndex}, {report.SlowestLength:N0} bytes)"));
            }

            using Stream stdout = Console.OpenStandardOutput();
            using (Utf8JsonWriter json = new(stdout, new JsonWriterOptions { Indented = true }))
            {
                json.WriteStartObject();
                json.WriteNumber("seed", parse.GetValue(seed));
                json.WriteNumber("threads", t);
                json.WriteStartArray("formats");
                foreach (FuzzReport report in reports)
                {
                    json.WriteStartObject();
                    json.WriteString("format", report.Format);
                    json.WriteNumber("inputs", report.Count);
                    json.WriteNumber("seconds", Math.Round(report.Elapsed.TotalSeconds, 2));
                    json.WriteNumber("valid", report.Valid);
                    json.WriteNumber("invalid", report.Invalid);
                    json.WriteNumber("unreadable", report.Unreadable);
                    json.WriteNumber("slowestMilliseconds", Math.Round(report.SlowestMilliseconds, 3));
                    json.WriteNumber("slowestInput", report.SlowestIndex);
                    json.WriteString("failure", report.Failure?.Reason);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            stdout.WriteByte((byte)'\n');
            return reports.Any(r => r.Failure is not null) ? 1 : 0;
        });
        return fuzz;
    }

    /// <summary>Mutates and parses inputs <paramref name="first"/> to <paramref name="first"/> + <paramref name="count"/>
    /// - 1 on <paramref name="threads"/> threads; stops at the first failure.</summary>
    public static FuzzReport Run(string format, byte[][] seeds, long seed, long first, long count, int threads, double slowLimitSeconds)
    {
        // Warm-up, so that the slowest input is not the first call of a method: inputs of another seed, checked too.
        const long WarmupSeed = 0x5EED;
        for (long i = 0; i < 64; i++)
        {
            if (Check(format, seeds, WarmupSeed, i, slowLimitSeconds * 10, out _, out _, out byte[] input) is { } problem)
            {
                return new FuzzReport(format, 0, TimeSpan.Zero, 0, 0, 0, 0, 0, 0, new FuzzFailure(WarmupSeed, i, $"(a warm-up input) {problem}", input));
            }
        }

        Stopwatch clock = Stopwatch.StartNew();
        Worker[] workers = [.. Enumerable.Range(0, threads).Select(_ => new Worker())];
        FuzzFailure? failure = null;
        long done = 0;
        using Timer progress = new(_ => Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  {format}: {Interlocked.Read(ref done):N0} of {count:N0} after {clock.Elapsed.TotalSeconds:F0} s")), null, 15_000, 15_000);
        Parallel.For(0, threads, new ParallelOptions { MaxDegreeOfParallelism = threads }, w =>
        {
            Worker worker = workers[w];
            for (long i = first + w; i < first + count && Volatile.Read(ref failure) is null; i += threads)
            {
                string? problem = Check(format, seeds, seed, i, slowLimitSeconds, out int outcome, out double milliseconds, out byte[] input);
                if (problem is not null)
                {
                    Interlocked.CompareExchange(ref failure, new FuzzFailure(seed, i, problem, input), null);
                    break;
                }

                worker.Count(outcome, milliseconds, i, input.Length);
                Interlocked.Increment(ref done);
            }
        });
        Worker slowest = workers.MaxBy(w => w.SlowestMilliseconds)!;
        return new FuzzReport(format, workers.Sum(w => w.Inputs), clock.Elapsed, workers.Sum(w => w.Valid), workers.Sum(w => w.Invalid), workers.Sum(w => w.Unreadable),
            slowest.SlowestMilliseconds, slowest.SlowestIndex, slowest.SlowestLength, failure);
    }

    /// <summary>Mutates input <paramref name="i"/> of <paramref name="seed"/>, parses and checks it; returns what is
    /// wrong, or null.</summary>
    private static string? Check(string format, byte[][] seeds, long seed, long i, double slowLimitSeconds, out int outcome, out double milliseconds, out byte[] input)
    {
        Rng rng = Rng.For(seed ^ (i * unchecked((long)0x9E3779B97F4A7C15UL)), format);
        input = format == "mrz" ? Encoding.UTF8.GetBytes(MutateZone(rng, ZoneText(rng))) : Mutate(seeds[rng.Next(seeds.Length)], rng);
        long started = Stopwatch.GetTimestamp();
        string? problem;
        outcome = -1;
        try
        {
            problem = format switch
            {
                "paxlst" => CheckEdifact(PaxlstParser.Parse(input, Options), MessageTravelers.From, i % 16 == 0 ? PaxlstJsonWriter.Write : null, out outcome),
                "pnrgov" => CheckEdifact(PnrgovParser.Parse(input, Options), MessageTravelers.From, i % 16 == 0 ? PnrgovJsonWriter.Write : null, out outcome),
                _ => CheckZone(MrzParser.Parse(input, Today, "fuzz.txt"), i % 16 == 0, out outcome),
            };
        }
#pragma warning disable CA1031 // Any exception escaping a parser is the failure being looked for.
        catch (Exception e)
#pragma warning restore CA1031
        {
            problem = $"{e.GetType().Name} escaped: {e}";
        }

        milliseconds = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        if (problem is null && milliseconds > slowLimitSeconds * 1000)
        {
            problem = string.Create(CultureInfo.InvariantCulture, $"the input took {milliseconds:F0} ms, more than the limit of {slowLimitSeconds} s");
        }

        return problem;
    }

    private static EdifactReadOptions Options { get; } = new() { Source = "fuzz.edi", Today = Today };

    private static string? CheckEdifact<TMessage>(
        EdifactParseResult<TMessage> result, Func<EdifactParseResult<TMessage>, IReadOnlyList<FlightTraveler>> travelers,
        Action<Utf8JsonWriter, EdifactParseResult<TMessage>>? write, out int outcome)
        where TMessage : class
    {
        outcome = (int)result.Outcome;
        bool hasError = result.Issues.Any(i => i.IsError);
        if (result.Outcome == EdifactOutcome.Valid && hasError)
        {
            return $"a valid outcome with an error: {result.Issues.First(i => i.IsError)}";
        }

        if (result.Outcome != EdifactOutcome.Valid && !hasError)
        {
            return $"a {result.Outcome} outcome without an error; issues: {string.Join("; ", result.Issues)}";
        }

        if (result.Issues.FirstOrDefault(i => i.Position.SegmentIndex is null or < 0) is { } unlocated)
        {
            return $"an issue without a segment index: {unlocated}";
        }

        if (result.Outcome == EdifactOutcome.Unreadable && result.Messages.Count > 0)
        {
            return $"an unreadable interchange with {result.Messages.Count} messages";
        }

        _ = travelers(result);
        if (write is not null)
        {
            using MemoryStream buffer = new();
            using Utf8JsonWriter writer = new(buffer);
            write(writer, result);
        }

        return null;
    }

    private static string? CheckZone(MrzParseResult result, bool json, out int outcome)
    {
        outcome = (int)result.Outcome;
        if (result.Issues.FirstOrDefault(i => i.Position.Line is null or < 1 || i.Position.Column is null or < 1) is { } unlocated)
        {
            return $"an issue without a line and column: {unlocated}";
        }

        bool hasError = result.Issues.Any(i => i.IsError);
        string? problem = result.Outcome switch
        {
            MrzOutcome.Valid when result.Zone is null || hasError || result.Zone.FailedChecks.Length > 0 => "a valid outcome without a zone, with an error or with a failed check",
            MrzOutcome.Invalid when result.Zone is null || !hasError => "an invalid outcome without a zone or without an error",
            MrzOutcome.Unreadable when result.Zone is not null || !hasError => "an unreadable outcome with a zone or without an error",
            _ => null,
        };
        if (problem is not null)
        {
            return $"{problem}; issues: {string.Join("; ", result.Issues)}";
        }

        _ = MessageTravelers.From(result);
        if (json)
        {
            using MemoryStream buffer = new();
            MrzJsonWriter.Write(buffer, result);
        }

        return null;
    }

    /// <summary>The mutations of the CI test of the EDIFACT parsers (Edifact/FuzzTests): one to three of truncation,
    /// a random or a service byte written over one, a byte inserted, a run deleted, duplicated or moved, a digit or
    /// letter changed, a line break or release character inserted.</summary>
    public static byte[] Mutate(byte[] source, Rng random)
    {
        List<byte> bytes = [.. source];
        int mutations = random.Between(1, 3);
        for (int m = 0; m < mutations && bytes.Count > 0; m++)
        {
            int at = random.Next(bytes.Count);
            switch (random.Next(9))
            {
                case 0:
                    bytes.RemoveRange(at, bytes.Count - at);
                    break;
                case 1:
                    bytes[at] = (byte)random.Next(256);
                    break;
                case 2:
                    bytes[at] = Noise[random.Next(Noise.Length)];
                    break;
                case 3:
                    bytes.Insert(at, Noise[random.Next(Noise.Length)]);
                    break;
                case 4:
                    bytes.RemoveRange(at, Math.Min(random.Between(1, 39), bytes.Count - at));
                    break;
                case 5:
                    {
                        int length = Math.Min(random.Between(1, 79), bytes.Count - at);
                        bytes.InsertRange(random.Next(bytes.Count), bytes.GetRange(at, length));
                        break;
                    }

                case 6:
                    bytes[at] = char.IsAsciiDigit((char)bytes[at]) ? (byte)('0' + random.Next(10)) : (byte)random.Between('A', 'Z');
                    break;
                case 7:
                    {
                        int length = Math.Min(random.Between(1, 119), bytes.Count - at);
                        List<byte> run = bytes.GetRange(at, length);
                        bytes.RemoveRange(at, length);
                        bytes.InsertRange(random.Next(bytes.Count + 1), run);
                        break;
                    }

                default:
                    bytes.InsertRange(at, random.Next(2) == 0 ? "\r\n"u8.ToArray() : "?"u8.ToArray());
                    break;
            }
        }

        return [.. bytes];
    }

    /// <summary>The mutations of the CI test of the MRZ parser (Mrz/MrzFuzzTests): one to four of a character
    /// changed, deleted or inserted, truncation, a run deleted, the lines run together, text repeated, a line break
    /// inserted.</summary>
    public static string MutateZone(Rng random, string text)
    {
        const string Noise = "ABCXYZ0189<< \t\r\nabcz#-'é\u00A0\0\uFFFD";
        StringBuilder builder = new(text);
        int mutations = random.Between(1, 4);
        for (int m = 0; m < mutations; m++)
        {
            int at = builder.Length == 0 ? 0 : random.Next(builder.Length);
            switch (random.Next(9))
            {
                case 0 or 1 when builder.Length > 0:
                    builder[at] = Noise[random.Next(Noise.Length)];
                    break;
                case 2 when builder.Length > 0:
                    builder.Remove(at, 1);
                    break;
                case 3:
                    builder.Insert(at, Noise[random.Next(Noise.Length)]);
                    break;
                case 4:
                    builder.Length = at;
                    break;
                case 5 when builder.Length > 0:
                    builder.Remove(at, Math.Min(builder.Length - at, random.Between(1, 49)));
                    break;
                case 6:
                    builder.Replace("\n", string.Empty, at, builder.Length - at);
                    break;
                case 7:
                    builder.Insert(at, builder.ToString(0, Math.Min(builder.Length, random.Between(1, 59))));
                    break;
                default:
                    builder.Insert(at, "\r\n");
                    break;
            }
        }

        return builder.ToString();
    }

    /// <summary>A valid zone of a fictitious document: TD3, TD2, TD1 (long numbers too), MRV-A or MRV-B, built by the
    /// samples of the MRZ tests.</summary>
    public static string ZoneText(Rng random)
    {
        string name = Word(random, 2, 12) + "<<" + Word(random, 2, 8);
        string state = random.Pick(States), nationality = random.Pick(States);
        string dob = ZoneDate(random, 1930, 2024), expiry = ZoneDate(random, 2000, 2060);
        char sex = "MFX<"[random.Next(4)];
        string[] lines = random.Next(5) switch
        {
            0 => MrzSamples.Td3(state: state, name: name, number: Alnum(random, 9), nationality: nationality, dob: dob, sex: sex, expiry: expiry, personal: Alnum(random, random.Next(14))),
            1 => MrzSamples.Td2(state: state, name: name, number: Alnum(random, random.Between(9, 12)), nationality: nationality, dob: dob, sex: sex, expiry: expiry),
            2 => Td1(random, state, name, nationality, dob, sex, expiry),
            3 => MrzSamples.Td3(code: "V<", state: state, name: name, number: Alnum(random, 9), nationality: nationality, dob: dob, sex: sex, expiry: expiry, personal: Alnum(random, random.Next(16))),
            _ => MrzSamples.Td2(code: "V<", state: state, name: name, number: Alnum(random, 9), nationality: nationality, dob: dob, sex: sex, expiry: expiry, optional: Alnum(random, random.Next(8))),
        };
        return MrzSamples.Text(lines);
    }

    private static string[] Td1(Rng random, string state, string name, string nationality, string dob, char sex, string expiry)
    {
        string number = Alnum(random, random.Between(9, 15));
        string optional = number.Length > 12 ? string.Empty : Alnum(random, random.Next(3));
        return MrzSamples.Td1(state: state, number: number, optional1: optional, dob: dob, sex: sex, expiry: expiry, nationality: nationality, optional2: Alnum(random, random.Next(11)), name: name);
    }

    private static string Word(Rng random, int min, int max)
    {
        const string Letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
        char[] word = new char[random.Between(min, max)];
        for (int i = 0; i < word.Length; i++)
        {
            word[i] = Letters[random.Next(Letters.Length)];
        }

        return new string(word);
    }

    private static string Alnum(Rng random, int length)
    {
        const string Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
        char[] text = new char[length];
        for (int i = 0; i < length; i++)
        {
            text[i] = Alphabet[random.Next(Alphabet.Length)];
        }

        return new string(text);
    }

    private static string ZoneDate(Rng random, int firstYear, int lastYear)
    {
        DateOnly day = new DateOnly(firstYear, 1, 1).AddDays(random.Next((lastYear - firstYear) * 365));
        return day.ToString("yyMMdd", CultureInfo.InvariantCulture);
    }

    /// <summary>The valid messages mutated: the examples and generated ones; each must read as valid first.</summary>
    public static byte[][] Seeds(string format, string? examples)
    {
        List<byte[]> seeds = [];
        if (examples is not null && Directory.Exists(examples))
        {
            seeds.AddRange(Directory.GetFiles(examples, format + "-*.edi").Order(StringComparer.Ordinal).Select(File.ReadAllBytes));
        }

        if (format == "paxlst")
        {
            for (int i = 0; i < 12; i++)
            {
                PaxlstShape shape = new()
                {
                    FlightSize = 6,
                    PerMessage = i % 3 == 0 ? 2 : null,
                    TwoLegShare = i % 2 == 0 ? 1 : 0,
                    LineBreaks = i % 4 != 1,
                };
                seeds.Add(PaxlstGenerator.Generate(1 + (i % 6), seed: 100 + i, shape));
            }
        }
        else
        {
            for (int i = 0; i < 6; i++)
            {
                seeds.Add(PnrgovGenerator.Generate(1 + (i % 3), seed: 200 + i, lineBreaks: i % 3 != 2));
            }
        }

        foreach (byte[] valid in seeds)
        {
            EdifactOutcome outcome = format == "paxlst" ? PaxlstParser.Parse(valid, Options).Outcome : PnrgovParser.Parse(valid, Options).Outcome;
            if (outcome != EdifactOutcome.Valid)
            {
                throw new InvalidOperationException($"A {format} message to mutate does not read as valid ({outcome}):\n{Encoding.Latin1.GetString(valid)}");
            }
        }

        return [.. seeds];
    }

    /// <summary>../shared/data/formats-examples beside the repository, when there is one.</summary>
    private static string? FindExamples()
    {
        for (DirectoryInfo? directory = new(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Vigil.slnx")))
            {
                string examples = Path.GetFullPath(Path.Combine(directory.FullName, "..", "shared", "data", "formats-examples"));
                return Directory.Exists(examples) ? examples : null;
            }
        }

        return null;
    }

    /// <summary>One thread's counts.</summary>
    private sealed class Worker
    {
        public long Inputs { get; private set; }

        public long Valid { get; private set; }

        public long Invalid { get; private set; }

        public long Unreadable { get; private set; }

        public double SlowestMilliseconds { get; private set; }

        public long SlowestIndex { get; private set; }

        public int SlowestLength { get; private set; }

        /// <summary>Counts an input; <paramref name="outcome"/> 0 valid, 1 invalid, 2 unreadable (EDIFACT and MRZ alike).</summary>
        public void Count(int outcome, double milliseconds, long index, int length)
        {
            Inputs++;
            switch (outcome)
            {
                case 0:
                    Valid++;
                    break;
                case 1:
                    Invalid++;
                    break;
                default:
                    Unreadable++;
                    break;
            }

            if (milliseconds > SlowestMilliseconds)
            {
                SlowestMilliseconds = milliseconds;
                SlowestIndex = index;
                SlowestLength = length;
            }
        }
    }
}

/// <summary>An input that failed: its seed and number, what was wrong, the bytes.</summary>
internal sealed record FuzzFailure(long Seed, long Index, string Reason, byte[] Input);

/// <summary>What a fuzz run of one format found.</summary>
internal sealed record FuzzReport(
    string Format, long Count, TimeSpan Elapsed, long Valid, long Invalid, long Unreadable, double SlowestMilliseconds, long SlowestIndex, int SlowestLength, FuzzFailure? Failure);
