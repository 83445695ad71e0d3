using Vigil.Domain;
using Vigil.Synthetic.Names;

namespace Vigil.Synthetic.Messages;

/// <summary>A generated passenger as a travel document gives him: names in UNOA, a full date of birth, a nationality.</summary>
/// <param name="Family">The family name, UNOA, releases included.</param>
/// <param name="Given">The given names, UNOA, or null.</param>
/// <param name="Gender">Male or female.</param>
/// <param name="DateOfBirth">The date of birth.</param>
/// <param name="Nationality">The nationality, ISO 3166 alpha-3.</param>
/// <param name="Listed">The list id of the listed person this passenger is, or null for an invented innocent.</param>
internal sealed record GeneratedPassenger(string Family, string? Given, Gender Gender, DateOnly DateOfBirth, string Nationality, string? Listed);

/// <summary>Draws passengers: invented innocents of the naming cultures of <see cref="Cultures"/>, and, with a list,
/// a share of listed people under the changed names of <see cref="TravelerGenerator"/>.</summary>
internal sealed class PassengerSource
{
    private readonly Rng _rng;
    private readonly double _listedShare;
    private readonly IEnumerator<SyntheticTraveler>? _listed;

    public PassengerSource(long seed, IEnumerable<Subject>? list, double listedShare)
    {
        _rng = Rng.For(seed, "passengers");
        if (list is not null && listedShare > 0)
        {
            TravelerGenerator generator = new(list, seed, 1.0);
            if (generator.ListedPeople > 0)
            {
                _listed = generator.Generate(int.MaxValue).GetEnumerator();
                _listedShare = listedShare;
            }
        }
    }

    /// <summary>Passengers drawn from the list so far.</summary>
    public int ListedDrawn { get; private set; }

    public GeneratedPassenger Next(DateOnly today)
    {
        if (_listed is not null && _rng.Chance(_listedShare) && Listed(today) is { } listed)
        {
            ListedDrawn++;
            return listed;
        }

        Culture culture = Cultures.Draw(_rng);
        Gender gender = _rng.Chance(0.55) ? Gender.Male : Gender.Female;
        GeneratedName name = NameGenerator.Person(culture, gender, _rng);
        string given = name.Patronymic is null ? name.Given : name.Given + " " + name.Patronymic;
        string? family = name.Family;
        if (family is null)
        {
            (family, string? rest) = EdifactText.SplitGivenFirst(given);
            given = rest ?? string.Empty;
        }

        string nationality = _rng.Chance(0.8) ? ListGenerator.CountryOf(culture, _rng) : _rng.Pick(Cultures.SecondNationalities);
        return new GeneratedPassenger(EdifactText.Name(family) ?? "UNKNOWN", EdifactText.Name(given), gender, BirthDay(today), nationality, null);
    }

    private GeneratedPassenger? Listed(DateOnly today)
    {
        _listed!.MoveNext();
        SyntheticTraveler traveler = _listed.Current;
        if (EdifactText.Name(traveler.Name) is not { } name)
        {
            return null;
        }

        (string family, string? given) = EdifactText.SplitGivenFirst(name);
        PartialDate dob = traveler.DateOfBirth;
        DateOnly day = dob.IsUnknown ? BirthDay(today)
            : dob.Day is not null ? new DateOnly(dob.Year!.Value, dob.Month!.Value, dob.Day.Value)
            : new DateOnly(dob.Year!.Value, dob.Month ?? _rng.Between(1, 12), 1).AddDays(_rng.Next(28));
        if (day >= today)
        {
            day = BirthDay(today);
        }

        string nationality = traveler.Nationality is { } code && code.Value.Length == 3 ? code.Value : _rng.Pick(Cultures.SecondNationalities);
        Gender gender = traveler.Gender is Gender.Male or Gender.Female ? traveler.Gender : _rng.Chance(0.8) ? Gender.Male : Gender.Female;
        return new GeneratedPassenger(family, given, gender, day, nationality, traveler.Expect);
    }

    private DateOnly BirthDay(DateOnly today)
    {
        int age = _rng.Chance(0.12) ? _rng.Between(0, 17) : Math.Clamp((int)Math.Round(_rng.Normal(42, 15)), 18, 92);
        return today.AddYears(-age - 1).AddDays(_rng.Next(365));
    }
}
