using System.Buffers;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Vigil.Domain;
using Vigil.Synthetic.Names;

namespace Vigil.Synthetic;

/// <summary>A generated traveler, with the labels of an evaluation set: what kind of query it is and which listed
/// subject it should find.</summary>
/// <param name="Id">The traveler's id.</param>
/// <param name="Name">The whole name as the traveler gives it.</param>
/// <param name="Kind"><c>innocent</c>, or how the listed name was changed: <c>exact</c>, <c>typo</c>,
/// <c>reordered</c>, <c>partial</c>, <c>spelling</c>, <c>combined</c>.</param>
/// <param name="Expect">The list's id of the subject the traveler is, or null for an innocent.</param>
internal sealed record SyntheticTraveler(string Id, string Name, string Kind, string? Expect)
{
    public PartialDate DateOfBirth { get; init; }

    public CountryCode? Nationality { get; init; }

    public Gender Gender { get; init; }
}

/// <summary>Generates travelers: a share of them listed people under changed names, the rest invented innocents of
/// the same naming cultures.</summary>
/// <remarks>
/// Innocents are generated from the culture lexicons, never taken from the list; they can still share names with
/// listed people (common names do), which is what makes alert rates realistic. The same list, seed and count give
/// the same travelers.
/// </remarks>
internal sealed class TravelerGenerator
{
    /// <summary>Exact, typo, reordered, partial, spelling, combined.</summary>
    private static readonly double[] Variations = [0.15, 0.25, 0.15, 0.15, 0.20, 0.10];

    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly (Subject Subject, PersonName[] Names)[] _listed;
    private readonly long _seed;
    private readonly double _listedShare;

    /// <param name="list">The listed subjects; only people with a Latin-script name are used.</param>
    /// <param name="seed">The seed.</param>
    /// <param name="listedShare">The share of travelers who are listed people.</param>
    public TravelerGenerator(IEnumerable<Subject> list, long seed, double listedShare = 0.1)
    {
        ArgumentNullException.ThrowIfNull(list);
        _listed = [.. list
            .Where(s => s.Kind == SubjectKind.Person)
            .Select(s => (s, s.Names.Where(n => n.Quality != NameQuality.OriginalScript && n.Script == NameScript.Latin).ToArray()))
            .Where(p => p.Item2.Length > 0)];
        _seed = seed;
        _listedShare = _listed.Length == 0 ? 0 : listedShare;
    }

    /// <summary>The number of listed people travelers can be drawn from.</summary>
    public int ListedPeople => _listed.Length;

    public IEnumerable<SyntheticTraveler> Generate(int count)
    {
        Rng rng = Rng.For(_seed, "travelers");
        for (int i = 1; i <= count; i++)
        {
            string id = string.Create(CultureInfo.InvariantCulture, $"T{i:D7}");
            yield return rng.Chance(_listedShare) ? Listed(id, rng) : Innocent(id, rng);
        }
    }

    /// <summary>Writes travelers as JSON lines, the input of <c>vigil screen</c> and <c>vigil evaluate</c>.</summary>
    public static void Write(Stream output, IEnumerable<SyntheticTraveler> travelers)
    {
        ArrayBufferWriter<byte> buffer = new(1024);
        using Utf8JsonWriter writer = new(buffer, WriterOptions);
        foreach (SyntheticTraveler traveler in travelers)
        {
            buffer.ResetWrittenCount();
            writer.Reset(buffer);
            writer.WriteStartObject();
            writer.WriteString("id", traveler.Id);
            writer.WriteString("name", traveler.Name);
            if (!traveler.DateOfBirth.IsUnknown)
            {
                writer.WriteString("dob", traveler.DateOfBirth.ToString());
            }

            if (traveler.Nationality is { } nationality)
            {
                writer.WriteString("nationality", nationality.Value);
            }

            if (traveler.Gender is Gender.Male or Gender.Female)
            {
                writer.WriteString("gender", traveler.Gender == Gender.Male ? "M" : "F");
            }

            writer.WriteString("kind", traveler.Kind);
            if (traveler.Expect is { } expect)
            {
                writer.WriteString("expect", expect);
            }

            writer.WriteEndObject();
            writer.Flush();
            output.Write(buffer.WrittenSpan);
            output.WriteByte((byte)'\n');
        }
    }

    private SyntheticTraveler Listed(string id, Rng rng)
    {
        (Subject subject, PersonName[] names) = _listed[rng.Next(_listed.Length)];
        PersonName chosen = names[0].Quality == NameQuality.Primary && (names.Length == 1 || rng.Chance(0.65)) ? names[0] : PickAlias(names, rng);
        string name = AsWritten(chosen);
        string kind;
        switch (rng.Weighted(Variations))
        {
            case 0:
                kind = "exact";
                break;
            case 1:
                kind = "typo";
                name = Spelling.Typo(name, rng);
                name = rng.Chance(0.2) ? Spelling.Typo(name, rng) : name;
                break;
            case 2:
                kind = "reordered";
                name = Spelling.Reorder(name, rng);
                break;
            case 3:
                string? shorter = Spelling.DropMiddle(name, rng);
                kind = shorter is null ? "typo" : "partial";
                name = shorter ?? Spelling.Typo(name, rng);
                break;
            case 4:
                kind = "spelling";
                name = Spelling.Respell(name, rng);
                break;
            default:
                kind = "combined";
                name = Spelling.Respell(name, rng);
                name = rng.Next(3) switch
                {
                    0 => Spelling.Reorder(name, rng),
                    1 => Spelling.DropMiddle(name, rng) ?? Spelling.Typo(name, rng),
                    _ => Spelling.Typo(name, rng),
                };
                break;
        }

        return new SyntheticTraveler(id, Spelling.Case(name, rng), kind, subject.Listing.SourceId)
        {
            DateOfBirth = rng.Chance(0.6) && !subject.DatesOfBirth.IsDefaultOrEmpty ? TravelerDate(subject.DatesOfBirth[0], rng) : PartialDate.Unknown,
            Nationality = rng.Chance(0.5) && !subject.Nationalities.IsDefaultOrEmpty ? subject.Nationalities[0] : null,
            Gender = rng.Chance(0.7) ? subject.Gender : Gender.Unknown,
        };
    }

    internal static SyntheticTraveler Innocent(string id, Rng rng)
    {
        Culture culture = Cultures.Draw(rng);
        Gender gender = rng.Chance(0.55) ? Gender.Male : Gender.Female;
        GeneratedName name = NameGenerator.Person(culture, gender, rng);
        double dob = rng.NextDouble();
        int year = Math.Clamp((int)Math.Round(rng.Normal(1980, 15)), 1930, 2020);
        string? nationality = rng.Chance(0.85) ? rng.Chance(0.75) ? ListGenerator.CountryOf(culture, rng) : rng.Pick(Cultures.SecondNationalities) : null;
        return new SyntheticTraveler(id, Spelling.Case(rng.Chance(0.55) ? name.Full : name.Short, rng), "innocent", null)
        {
            DateOfBirth = dob < 0.88 ? AnyDay(year, rng) : dob < 0.92 ? PartialDate.OfYear(year) : PartialDate.Unknown,
            Nationality = nationality is null ? null : CountryCode.Of(nationality),
            Gender = gender,
        };
    }

    private static PersonName PickAlias(PersonName[] names, Rng rng)
    {
        // Strong aliases are what a traveler's documents most often carry; a nom de guerre now and then.
        double[] weights = new double[names.Length];
        for (int i = 0; i < names.Length; i++)
        {
            weights[i] = names[i].Quality switch
            {
                NameQuality.Primary => 1,
                NameQuality.StrongAlias => 3,
                _ => 1,
            };
        }

        return names[rng.Weighted(weights)];
    }

    /// <summary>The name in given-name-first order, without the comma of "FAMILY, Given".</summary>
    internal static string AsWritten(PersonName name)
    {
        string text = name.GivenNames is { Length: > 0 } given && name.FamilyName is { Length: > 0 } family
            ? GeneratedName.Join(given, name.Patronymic, family)
            : name.Full.Replace(',', ' ');
        return string.Join(' ', text.Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    /// <summary>The date of birth a listed traveler's documents give, within what the list says.</summary>
    internal static PartialDate TravelerDate(DateOfBirth listed, Rng rng)
    {
        if (listed.Kind == DateOfBirthKind.Exact && rng.Chance(0.9))
        {
            return listed.Date.WithApproximate(false);
        }

        DateOnly from = listed.EarliestDay!.Value, until = listed.LatestDay!.Value;
        if (listed.IsApproximate)
        {
            from = from.AddYears(-1);
            until = until.AddYears(1);
        }

        DateOnly day = from.AddDays(rng.Next(until.DayNumber - from.DayNumber + 1));
        return rng.Chance(0.2) ? PartialDate.OfYear(day.Year) : PartialDate.Of(day);
    }

    private static PartialDate AnyDay(int year, Rng rng)
    {
        int month = rng.Between(1, 12);
        return PartialDate.Of(year, month, rng.Between(1, DateTime.DaysInMonth(year, month)));
    }
}
