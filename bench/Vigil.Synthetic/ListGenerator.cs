using System.Collections.Immutable;
using System.Globalization;
using Vigil.Domain;
using Vigil.Synthetic.Names;

namespace Vigil.Synthetic;

/// <summary>Generates the subjects of a synthetic watch list, one at a time, the same ones for the same seed.</summary>
/// <remarks>
/// Shares are chosen to look like lists of foreign terrorist fighters: mostly men born 1965–2000, several naming
/// cultures, 0–4 aliases (other romanizations, reordered or shortened names, noms de guerre, former names), original
/// script for a part of the Arabic, Persian, Pashto, Russian and Central Asian names, dates of birth of every kind
/// lists give (exact, 1 January placeholders, year only, year and month, approximate, ranges, several, none),
/// nationalities with diaspora second nationalities, passports and identity cards for some.
/// </remarks>
internal sealed class ListGenerator(string listName, long seed, bool custody = false)
{
    private static readonly double[] AliasCounts = [0.35, 0.30, 0.18, 0.10, 0.07];

    /// <summary>Respelled, reordered, shortened, nom de guerre, former name.</summary>
    private static readonly double[] AliasKinds = [0.35, 0.15, 0.15, 0.25, 0.10];

    /// <summary>Exact, 1 January placeholder, year, year and month, approximate, range, none.</summary>
    private static readonly double[] DateKinds = [0.40, 0.10, 0.18, 0.05, 0.10, 0.07, 0.10];

    public string ListName { get; } = listName;

    public IEnumerable<Subject> Generate(int count)
    {
        Rng rng = Rng.For(seed, "list");
        CustodyGenerator? histories = custody ? new CustodyGenerator(seed) : null;
        for (int i = 1; i <= count; i++)
        {
            Subject subject = Next(i, rng);
            yield return histories is null ? subject : subject with { CustodyHistory = histories.Next(subject.Nationalities) };
        }
    }

    private Subject Next(int number, Rng rng)
    {
        string id = string.Create(CultureInfo.InvariantCulture, $"SYN-{number:D7}");
        Culture culture = Cultures.Draw(rng);
        double g = rng.NextDouble();
        Gender gender = g < 0.84 ? Gender.Male : g < 0.97 ? Gender.Female : Gender.Unknown;
        GeneratedName name = NameGenerator.Person(culture, gender == Gender.Unknown ? Gender.Male : gender, rng);

        ImmutableArray<PersonName>.Builder names = ImmutableArray.CreateBuilder<PersonName>();
        names.Add(new PersonName(name.Full, name.Given, name.Family, name.Patronymic, NameScript.Latin, NameQuality.Primary));
        if (culture.Script != OriginalScript.None && rng.Chance(culture.ScriptShare))
        {
            NameScript script = culture.Script == OriginalScript.Arabic ? NameScript.Arabic : NameScript.Cyrillic;
            names.Add(new PersonName(ScriptMapper.ToScript(name.Full, culture.Script, culture.Style), null, null, null, script, NameQuality.OriginalScript));
        }

        AddAliases(names, name, gender, rng);

        ImmutableArray<CountryCode> nationalities = Nationalities(culture, rng);
        Listing listing = new(ListName, id, Category(rng))
        {
            ListedOn = PartialDate.OfYearMonth(rng.Between(2013, 2024), rng.Between(1, 12)),
        };
        return new Subject(SubjectId.For(ListName, id), SubjectKind.Person, listing)
        {
            Names = names.ToImmutable(),
            DatesOfBirth = DatesOfBirth(rng),
            PlacesOfBirth = PlacesOfBirth(culture, nationalities, rng),
            Nationalities = nationalities,
            Gender = gender,
            Documents = Documents(nationalities, rng),
        };
    }

    private static void AddAliases(ImmutableArray<PersonName>.Builder names, GeneratedName name, Gender gender, Rng rng)
    {
        int count = rng.Weighted(AliasCounts);
        HashSet<string> seen = new(StringComparer.Ordinal) { name.Full };
        for (int a = 0; a < count; a++)
        {
            int kind = rng.Weighted(AliasKinds);
            string alias = kind switch
            {
                0 => Spelling.Respell(name.Full, rng),
                1 => name.FamilyFirst,
                2 => name.Short,
                3 => NameGenerator.NomDeGuerre(name.Culture, gender, rng),
                _ => (name with { Given = NameGenerator.Person(name.Culture, name.Gender, rng).Given }).Full,
            };
            if (!seen.Add(alias))
            {
                continue;
            }

            NameQuality quality = kind == 3 ? NameQuality.WeakAlias : NameQuality.StrongAlias;
            string? note = kind == 3 ? "nom de guerre" : kind == 4 ? "former name" : null;
            names.Add(new PersonName(alias, null, null, null, NameScript.Latin, quality) { Note = note });
        }
    }

    private static ImmutableArray<PlaceOfBirth> PlacesOfBirth(Culture culture, ImmutableArray<CountryCode> nationalities, Rng rng)
    {
        if (!rng.Chance(0.15))
        {
            return [];
        }

        string city = culture.Places.Draw(rng);
        return [new PlaceOfBirth(city) { City = city, Country = nationalities.IsEmpty ? null : nationalities[0] }];
    }

    private static ListingCategory Category(Rng rng)
    {
        double u = rng.NextDouble();
        return u < 0.4 ? ListingCategory.NoBoard : u < 0.85 ? ListingCategory.SecondaryScreening : ListingCategory.Monitor;
    }

    private static ImmutableArray<DateOfBirth> DatesOfBirth(Rng rng)
    {
        int year = Math.Clamp((int)Math.Round(rng.Normal(1986, 8)), 1950, 2006);
        DateOfBirth? first = rng.Weighted(DateKinds) switch
        {
            0 => DateOfBirth.On(ExactDate(year, rng)),
            1 => DateOfBirth.On(PartialDate.Of(year, 1, 1)),
            2 => DateOfBirth.On(PartialDate.OfYear(year)),
            3 => DateOfBirth.On(PartialDate.OfYearMonth(year, rng.Between(1, 12))),
            4 => DateOfBirth.On(PartialDate.OfYear(year, approximate: true)),
            5 => DateOfBirth.Between(PartialDate.OfYear(year), PartialDate.OfYear(year + rng.Between(1, 5))),
            _ => null,
        };
        if (first is not { } date)
        {
            return [];
        }

        if (!rng.Chance(0.12))
        {
            return [date];
        }

        int other = year + (rng.Chance(0.5) ? -1 : 1) * rng.Between(1, 2);
        return [date, DateOfBirth.On(rng.Chance(0.6) ? ExactDate(other, rng) : PartialDate.OfYear(other))];
    }

    private static PartialDate ExactDate(int year, Rng rng)
    {
        int month = rng.Between(1, 12);
        return PartialDate.Of(year, month, rng.Between(1, DateTime.DaysInMonth(year, month)));
    }

    private static ImmutableArray<CountryCode> Nationalities(Culture culture, Rng rng)
    {
        if (!rng.Chance(0.88))
        {
            return [];
        }

        CountryCode first = CountryCode.Of(CountryOf(culture, rng));
        if (!rng.Chance(0.15))
        {
            return [first];
        }

        CountryCode second = CountryCode.Of(rng.Pick(Cultures.SecondNationalities));
        return second == first ? [first] : [first, second];
    }

    /// <summary>A country of the culture, the first ones more often.</summary>
    internal static string CountryOf(Culture culture, Rng rng)
    {
        string[] countries = culture.Countries;
        for (int i = 0; i < countries.Length - 1; i++)
        {
            if (rng.Chance(0.45))
            {
                return countries[i];
            }
        }

        return countries[^1];
    }

    private static ImmutableArray<TravelDocument> Documents(ImmutableArray<CountryCode> nationalities, Rng rng)
    {
        CountryCode? country = nationalities.IsEmpty ? null : nationalities[0];
        TravelDocument? passport = null, card = null;
        if (rng.Chance(0.35))
        {
            string number = rng.Chance(0.6)
                ? string.Concat(Letter(rng), Letter(rng), Digits(7, rng))
                : string.Concat(Letter(rng), Digits(8, rng));
            PartialDate issued = ExactDate(rng.Between(2005, 2022), rng);
            passport = new TravelDocument(DocumentType.Passport, number, country)
            {
                IssuedOn = issued,
                ExpiresOn = PartialDate.Of(issued.Year!.Value + (rng.Chance(0.7) ? 10 : 5), issued.Month!.Value, Math.Min(issued.Day!.Value, 28)),
            };
        }

        if (rng.Chance(0.12))
        {
            card = new TravelDocument(DocumentType.NationalId, Digits(rng.Between(9, 12), rng), country);
        }

        return (passport, card) switch
        {
            (null, null) => [],
            ({ } p, null) => [p],
            (null, { } c) => [c],
            ({ } p, { } c) => [p, c],
        };
    }

    private static string Letter(Rng rng) => new((char)('A' + rng.Next(26)), 1);

    private static string Digits(int count, Rng rng)
    {
        Span<char> digits = stackalloc char[count];
        for (int i = 0; i < count; i++)
        {
            digits[i] = (char)('0' + rng.Next(10));
        }

        return new string(digits);
    }
}
