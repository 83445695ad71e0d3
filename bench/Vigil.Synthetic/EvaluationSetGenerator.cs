using Vigil.Domain;
using Vigil.Synthetic.Names;

namespace Vigil.Synthetic;

/// <summary>Builds a labelled matching evaluation set from any list, the way Vigil's developers' evaluation set is
/// built, so that a rule can be measured on lists and names it was not written against.</summary>
/// <remarks>
/// Kinds (each drawn from the list's people with a Latin-script primary name, a seeded sample):
/// <list type="bullet">
/// <item><c>reordered</c>, <c>typo</c>, <c>partial</c>: the primary name changed so, with a date of birth the list
/// allows, the nationality where it gives one; they must be reviewed.</item>
/// <item><c>dob-conflict</c>: a reordered or typo name with a date of birth 4 to 12 years from every listed one (a
/// forged or altered passport, or a wrong list date); they must be reviewed.</item>
/// <item><c>namesake</c>: the exact primary name of a person whose list gives a date of birth, born 15 or more
/// years from every listed date, of another nationality; innocent.</item>
/// <item><c>namesake-nodob</c>: the exact primary name of a person whose list gives no date of birth, of another
/// nationality than every listed one (with a date of birth of his own); innocent.</item>
/// <item><c>innocent</c>: invented travelers of the generator's naming cultures.</item>
/// </list>
/// </remarks>
internal sealed class EvaluationSetGenerator
{
    private readonly (Subject Subject, string Name)[] _people;
    private readonly long _seed;

    public EvaluationSetGenerator(IEnumerable<Subject> list, long seed)
    {
        ArgumentNullException.ThrowIfNull(list);
        _people = [.. list
            .Where(s => s.Kind == SubjectKind.Person)
            .Select(s => (s, s.Names.FirstOrDefault(n => n.Quality == NameQuality.Primary && n.Script == NameScript.Latin)))
            .Where(p => p.Item2 is not null && AsWritten(p.Item2).Contains(' ', StringComparison.Ordinal))
            .Select(p => (p.s, AsWritten(p.Item2!)))];
        _seed = seed;
    }

    /// <summary>The people queries can be drawn from.</summary>
    public int People => _people.Length;

    /// <summary>Up to <paramref name="perKind"/> queries of each listed kind, and <paramref name="innocents"/> innocents.</summary>
    public IEnumerable<SyntheticTraveler> Generate(int perKind, int innocents)
    {
        int id = 0;
        string Next() => $"E{++id:D7}";
        foreach (string kind in (string[])["reordered", "typo", "partial", "dob-conflict", "namesake", "namesake-nodob"])
        {
            Rng rng = Rng.For(_seed, kind);
            (Subject Subject, string Name)[] pool = [.. _people.Where(p => kind switch
            {
                "partial" => p.Name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= 3,
                "dob-conflict" or "namesake" => !p.Subject.DatesOfBirth.IsDefaultOrEmpty,
                "namesake-nodob" => p.Subject.DatesOfBirth.IsDefaultOrEmpty,
                _ => true,
            })];
            foreach ((Subject subject, string name) in Sample(pool, perKind, rng))
            {
                if (Make(kind, Next(), subject, name, rng) is { } traveler)
                {
                    yield return traveler;
                }
            }
        }

        Rng innocent = Rng.For(_seed, "innocent");
        for (int i = 0; i < innocents; i++)
        {
            yield return TravelerGenerator.Innocent(Next(), innocent);
        }
    }

    private static SyntheticTraveler? Make(string kind, string id, Subject subject, string name, Rng rng)
    {
        CountryCode? listedNationality = subject.Nationalities.IsDefaultOrEmpty ? null : subject.Nationalities[0];
        Gender gender = rng.Chance(0.7) ? subject.Gender : Gender.Unknown;
        switch (kind)
        {
            case "reordered":
            case "typo":
            case "partial":
                string changed = kind switch
                {
                    "reordered" => Spelling.Reorder(name, rng),
                    "typo" => Spelling.Typo(name, rng),
                    _ => Spelling.DropMiddle(name, rng)!,
                };
                return new SyntheticTraveler(id, changed, kind, subject.Listing.SourceId)
                {
                    DateOfBirth = kind == "reordered" || subject.DatesOfBirth.IsDefaultOrEmpty ? PartialDate.Unknown : TravelerGenerator.TravelerDate(subject.DatesOfBirth[0], rng),
                    Nationality = listedNationality,
                    Gender = gender,
                };
            case "dob-conflict":
                string variant = rng.Chance(0.5) ? Spelling.Reorder(name, rng) : Spelling.Typo(name, rng);
                return Away(subject, 4, 12, rng) is { } forged
                    ? new SyntheticTraveler(id, variant, kind, subject.Listing.SourceId) { DateOfBirth = forged, Nationality = listedNationality, Gender = gender }
                    : null;
            case "namesake":
                return Away(subject, 15, 40, rng) is { } other
                    ? new SyntheticTraveler(id, name, kind, null) { DateOfBirth = other, Nationality = OtherCountry(subject, rng), Gender = gender }
                    : null;
            default:
                int year = Math.Clamp((int)Math.Round(rng.Normal(1975, 15)), 1930, 2010);
                return new SyntheticTraveler(id, name, kind, null)
                {
                    DateOfBirth = PartialDate.Of(year, rng.Between(1, 12), rng.Between(1, 28)),
                    Nationality = OtherCountry(subject, rng),
                    Gender = gender,
                };
        }
    }

    /// <summary>A full date of birth <paramref name="min"/> to <paramref name="max"/> years from every date the list
    /// gives (earlier or later, at random), or null when none is found in a few tries.</summary>
    private static PartialDate? Away(Subject subject, int min, int max, Rng rng)
    {
        DateOfBirth anchor = subject.DatesOfBirth[rng.Next(subject.DatesOfBirth.Length)];
        DateOnly middle = anchor.EarliestDay!.Value.AddDays((anchor.LatestDay!.Value.DayNumber - anchor.EarliestDay!.Value.DayNumber) / 2);
        for (int attempt = 0; attempt < 20; attempt++)
        {
            int years = rng.Between(min, max) * (rng.Chance(0.5) ? 1 : -1);
            DateOnly day = middle.AddDays((int)(years * 365.25) + rng.Between(-180, 180));
            if (day.Year is < 1920 or > 2015)
            {
                continue;
            }

            double nearest = subject.DatesOfBirth.Min(d => Gap(day, d));
            if (nearest >= min && nearest <= max)
            {
                return PartialDate.Of(day);
            }
        }

        return null;
    }

    /// <summary>Years between a day and a listed date (0 within it; an approximate date is widened by a year).</summary>
    private static double Gap(DateOnly day, DateOfBirth listed)
    {
        DateOnly from = listed.EarliestDay!.Value, to = listed.LatestDay!.Value;
        if (listed.IsApproximate)
        {
            from = from.AddYears(-1);
            to = to.AddYears(1);
        }

        return day < from ? (from.DayNumber - day.DayNumber) / 365.25 : day > to ? (day.DayNumber - to.DayNumber) / 365.25 : 0;
    }

    private static CountryCode OtherCountry(Subject subject, Rng rng)
    {
        while (true)
        {
            CountryCode code = CountryCode.Of(rng.Pick(Cultures.SecondNationalities));
            if (subject.Nationalities.IsDefaultOrEmpty || !subject.Nationalities.Contains(code))
            {
                return code;
            }
        }
    }

    private static IEnumerable<T> Sample<T>(T[] pool, int count, Rng rng)
    {
        T[] copy = [.. pool];
        int n = Math.Min(count, copy.Length);
        for (int i = 0; i < n; i++)
        {
            int j = i + rng.Next(copy.Length - i);
            (copy[i], copy[j]) = (copy[j], copy[i]);
            yield return copy[i];
        }
    }

    private static string AsWritten(PersonName name) => TravelerGenerator.AsWritten(name);
}
