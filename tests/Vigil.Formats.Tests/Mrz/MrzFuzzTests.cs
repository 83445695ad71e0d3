using System.Text;
using Vigil.Formats.Diagnostics;
using Vigil.Formats.Mrz;
using static Vigil.Formats.Tests.Mrz.MrzSamples;

namespace Vigil.Formats.Tests.Mrz;

/// <summary>Generated zones, mutated and truncated: the parser never throws, every rejection says where, and
/// generated zones with correct check digits read back as generated.</summary>
public sealed class MrzFuzzTests
{
    private const string Letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    private const string Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789<";
    private static readonly string[] States = ["NOR", "D<<", "FRA", "GBR", "GBD", "UTO", "XXA", "BEL", "CAN", "NZL"];

    private sealed record Generated(string[] Lines, MrzFormat Format, string Family, string Given, string Number, string Dob, string Expiry);

    private static string Word(Random random, int min, int max)
    {
        char[] word = new char[random.Next(min, max + 1)];
        for (int i = 0; i < word.Length; i++)
        {
            word[i] = Letters[random.Next(Letters.Length)];
        }

        return new string(word);
    }

    private static string Alnum(Random random, int length)
    {
        char[] text = new char[length];
        for (int i = 0; i < length; i++)
        {
            text[i] = Alphabet[random.Next(Alphabet.Length - 1)];
        }

        return new string(text);
    }

    private static string Date(Random random, int firstYear, int lastYear)
    {
        DateOnly day = new DateOnly(firstYear, 1, 1).AddDays(random.Next((lastYear - firstYear) * 365));
        return $"{day.Year % 100:D2}{day.Month:D2}{day.Day:D2}";
    }

    private static Generated Generate(Random random)
    {
        string family = Word(random, 2, 12), given = Word(random, 2, 8);
        string name = family + "<<" + given;
        string state = States[random.Next(States.Length)], nationality = States[random.Next(States.Length)];
        string dob = Date(random, 1930, 2024), expiry = Date(random, 2000, 2060);
        char sex = "MFX<"[random.Next(4)];
        switch (random.Next(5))
        {
            case 0:
                {
                    string number = Alnum(random, 9);
                    return new(Td3(state: state, name: name, number: number, nationality: nationality, dob: dob, sex: sex, expiry: expiry, personal: Alnum(random, random.Next(0, 14))), MrzFormat.Td3, family, given, number, dob, expiry);
                }

            case 1:
                {
                    string number = Alnum(random, random.Next(9, 13));
                    return new(Td2(state: state, name: name, number: number, nationality: nationality, dob: dob, sex: sex, expiry: expiry), MrzFormat.Td2, family, given, number, dob, expiry);
                }

            case 2:
                {
                    string number = Alnum(random, random.Next(9, 16));
                    string optional = number.Length > 12 ? string.Empty : Alnum(random, random.Next(0, 3));
                    string[] lines = Td1(state: state, number: number, optional1: optional, dob: dob, sex: sex, expiry: expiry, nationality: nationality, optional2: Alnum(random, random.Next(0, 11)), name: name);
                    return new(lines, MrzFormat.Td1, family, given, number, dob, expiry);
                }

            case 3:
                {
                    string number = Alnum(random, 9);
                    return new(Td3(code: "V<", state: state, name: name, number: number, nationality: nationality, dob: dob, sex: sex, expiry: expiry, personal: Alnum(random, random.Next(0, 16))), MrzFormat.MrvA, family, given, number, dob, expiry);
                }

            default:
                {
                    string number = Alnum(random, 9);
                    return new(Td2(code: "V<", state: state, name: name, number: number, nationality: nationality, dob: dob, sex: sex, expiry: expiry, optional: Alnum(random, random.Next(0, 8))), MrzFormat.MrvB, family, given, number, dob, expiry);
                }
        }
    }

    private static string Mutate(Random random, string text)
    {
        const string Noise = "ABCXYZ0189<< \t\r\nabcz#-'é\u00A0\0\uFFFD";
        StringBuilder builder = new(text);
        int mutations = random.Next(1, 5);
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
                    builder.Length = at; // truncate
                    break;
                case 5 when builder.Length > 0:
                    builder.Remove(at, Math.Min(builder.Length - at, random.Next(1, 50)));
                    break;
                case 6:
                    builder.Replace("\n", string.Empty, at, builder.Length - at); // lines run together
                    break;
                case 7:
                    builder.Insert(at, builder.ToString(0, Math.Min(builder.Length, random.Next(1, 60)))); // repeated text
                    break;
                default:
                    builder.Insert(at, "\r\n");
                    break;
            }
        }

        return builder.ToString();
    }

    [Fact]
    public void Generated_zones_with_correct_check_digits_read_back_as_generated()
    {
        Random random = new(5);
        for (int i = 0; i < 5_000; i++)
        {
            Generated generated = Generate(random);

            MrzParseResult result = MrzParser.ParseText(Text(generated.Lines), Today);

            Assert.True(result.Outcome == MrzOutcome.Valid, string.Join(Environment.NewLine, [.. generated.Lines, .. result.Issues.Select(d => d.ToString())]));
            MachineReadableZone zone = result.Zone!;
            Assert.Equal(generated.Format, zone.Format);
            Assert.Equal(generated.Family, zone.FamilyName);
            Assert.Equal(generated.Given, zone.GivenNames);
            Assert.Equal(generated.Number.TrimEnd('<'), zone.DocumentNumber);
            Assert.Empty(zone.FailedChecks);
            Assert.Equal(generated.Dob[2..4], zone.DateOfBirth.Month!.Value.ToString("D2", System.Globalization.CultureInfo.InvariantCulture));
            Assert.Equal(generated.Expiry[..2], (zone.Expiry.Year!.Value % 100).ToString("D2", System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    [Fact]
    public void Changing_any_digit_covered_by_the_composite_breaks_the_composite()
    {
        // 7, 3 and 1 are prime to 10, so a digit changed for another digit always changes the sum modulo 10.
        Random random = new(7);
        for (int i = 0; i < 5_000; i++)
        {
            string[] lines = Td3(number: Alnum(random, 9), dob: Date(random, 1930, 2024), expiry: Date(random, 2000, 2060), personal: Alnum(random, 10));
            int[] covered = [.. Enumerable.Range(1, 10), .. Enumerable.Range(14, 7), .. Enumerable.Range(22, 22)];
            int[] digits = [.. covered.Where(c => char.IsAsciiDigit(lines[1][c - 1]))];
            int column = digits[random.Next(digits.Length)];
            char old = lines[1][column - 1];
            char changed = (char)('0' + ((old - '0' + random.Next(1, 10)) % 10));

            MrzParseResult result = MrzParser.ParseText(Text(With(lines, 2, column, changed)), Today);

            Assert.Contains(MrzCheck.Composite, result.Zone!.FailedChecks);
            Assert.Equal(MrzOutcome.Invalid, result.Outcome);
        }
    }

    [Fact]
    public void Mutated_and_truncated_zones_never_throw_and_every_rejection_is_located()
    {
        Random random = new(9303);
        for (int i = 0; i < 100_000; i++)
        {
            string text = Mutate(random, Text(Generate(random).Lines));
            MrzParseResult result;
            try
            {
                result = MrzParser.Parse(Encoding.UTF8.GetBytes(text), Today, "fuzz.txt");
            }
            catch (Exception exception)
            {
                Assert.Fail($"case {i}: {exception.GetType().Name} on {Escape(text)}: {exception}");
                throw;
            }

            Check(result, i, text);
        }
    }

    [Fact]
    public void Arbitrary_bytes_never_throw_and_are_never_valid_without_a_zone()
    {
        Random random = new(17);
        for (int i = 0; i < 20_000; i++)
        {
            byte[] bytes = new byte[random.Next(0, 200)];
            random.NextBytes(bytes);

            MrzParseResult result = MrzParser.Parse(bytes, Today);

            Check(result, i, Convert.ToHexString(bytes));
        }
    }

    private static void Check(MrzParseResult result, int i, string input)
    {
        foreach (Diagnostic issue in result.Issues)
        {
            Assert.True(issue.Position.Line >= 1 && issue.Position.Column >= 1, $"case {i}: unlocated {issue} on {Escape(input)}");
        }

        switch (result.Outcome)
        {
            case MrzOutcome.Valid:
                Assert.NotNull(result.Zone);
                Assert.DoesNotContain(result.Issues, d => d.IsError);
                Assert.Empty(result.Zone.FailedChecks);
                break;
            case MrzOutcome.Invalid:
                Assert.NotNull(result.Zone);
                Assert.Contains(result.Issues, d => d.IsError);
                break;
            default:
                Assert.Null(result.Zone);
                Assert.Contains(result.Issues, d => d.IsError);
                break;
        }

        if (result.Zone is { } zone)
        {
            Assert.True(zone.FailedChecks.Length == zone.FailedChecks.Distinct().Count(), $"case {i}: repeated check");
            Assert.Equal(zone.FailedChecks.Order(), zone.FailedChecks);
            Assert.Equal(zone.FailedChecks.Length, result.Issues.Count(d => d.Code == MrzDiagnostics.CheckDigitCode)
                + result.Issues.Count(d => d.Code == MrzDiagnostics.LongNumberCode));
        }
    }

    private static string Escape(string text) => text.Replace("\r", "\\r", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal);
}
