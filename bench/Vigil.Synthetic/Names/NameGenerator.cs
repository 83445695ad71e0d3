using Vigil.Domain;

namespace Vigil.Synthetic.Names;

/// <summary>A generated person's name in its parts.</summary>
/// <param name="Culture">The naming culture.</param>
/// <param name="Gender">Male or female.</param>
/// <param name="Given">Given name(s), space separated.</param>
/// <param name="Patronymic">Nasab chain or patronymic, when the culture has one and this name carries it.</param>
/// <param name="Family">Family name(s), nisba or laqab; null when the name has none.</param>
internal sealed record GeneratedName(Culture Culture, Gender Gender, string Given, string? Patronymic, string? Family)
{
    /// <summary>The name in its usual order: given, patronymic, family.</summary>
    public string Full => Join(Given, Patronymic, Family);

    /// <summary>The first given name and the family name (or the last part of the patronymic).</summary>
    /// <remarks>A compound given name (Abd al-X, Abdul X, Gul X) stays whole: its first word alone is no name.</remarks>
    public string Short
    {
        get
        {
            string[] words = Given.Split(' ');
            string first = words.Length > 1 && words[0] is "Abd" or "Abdul" or "Abdel" or "Gul" ? words[0] + " " + words[1] : words[0];
            string? last = Family ?? Patronymic?.Split(' ')[^1];
            return last is null ? Given : Join(first, null, last);
        }
    }

    /// <summary>Family name first, as many lists and documents write it.</summary>
    public string FamilyFirst => Family is null ? Full : Join(Family, null, Join(Given, Patronymic, null));

    internal static string Join(string first, string? second, string? third) =>
        second is null ? third is null ? first : first + " " + third
        : third is null ? first + " " + second : first + " " + second + " " + third;
}

/// <summary>Puts names together the way each naming culture does.</summary>
internal static class NameGenerator
{
    private static readonly string[] FrenchParticles = ["Le ", "Du ", "De ", "Le"];

    public static GeneratedName Person(Culture culture, Gender gender, Rng rng)
    {
        bool female = gender == Gender.Female;
        return culture.Style switch
        {
            NamingStyle.Arabic => Arabic(culture, female, rng),
            NamingStyle.Maghrebi => Maghrebi(culture, female, rng),
            NamingStyle.Persian => Persian(culture, female, rng),
            NamingStyle.PashtoUrdu => PashtoUrdu(culture, female, rng),
            NamingStyle.Turkish => new GeneratedName(culture, gender, Given(culture, female, rng, secondShare: 0.25), null, culture.Family.Draw(rng)),
            NamingStyle.Slavic or NamingStyle.Caucasian => Slavic(culture, female, rng),
            NamingStyle.CentralAsian => CentralAsian(culture, female, rng),
            NamingStyle.Somali => Somali(culture, female, rng),
            NamingStyle.WestAfrican => new GeneratedName(culture, gender, Given(culture, female, rng, secondShare: 0.2), null, culture.Family.Draw(rng)),
            NamingStyle.Spanish => Spanish(culture, female, rng),
            _ => French(culture, female, rng),
        };
    }

    /// <summary>A nom de guerre: a kunya (Abu X, Umm X, often with a nisba), or a nickname.</summary>
    public static string NomDeGuerre(Culture culture, Gender gender, Rng rng)
    {
        if (!culture.UsesKunya && rng.Chance(0.5))
        {
            return culture.MaleGiven.Draw(rng);
        }

        string abu = gender == Gender.Female ? "Umm" : culture.Style is NamingStyle.Maghrebi or NamingStyle.WestAfrican && rng.Chance(0.5) ? "Abou" : "Abu";
        string kunya = abu + " " + Cultures.Arabic.MaleGiven.Draw(rng);
        if (rng.Chance(0.6))
        {
            string place = rng.Chance(0.6) ? culture.Places.Draw(rng) : Cultures.Arabic.Places.Draw(rng);
            kunya += " al-" + Nisba(place);
        }

        return kunya;
    }

    /// <summary>The adjective of origin of a place: Kabar → Kabari.</summary>
    public static string Nisba(string place)
    {
        string stem = place.TrimEnd('a', 'e', 'o', 'é');
        return stem.EndsWith('i') ? stem : stem + "i";
    }

    private static GeneratedName Arabic(Culture c, bool female, Rng rng)
    {
        string ism = female ? c.FemaleGiven.Draw(rng) : Ism(c, rng);
        string father = Ism(c, rng);
        string? grandfather = rng.Chance(0.4) ? Ism(c, rng) : null;
        string? nasab;
        if (rng.Chance(0.25))
        {
            string bin = female ? "bint" : rng.Chance(0.85) ? "bin" : "ibn";
            nasab = bin + " " + father + (grandfather is null ? string.Empty : " bin " + grandfather);
        }
        else
        {
            nasab = grandfather is null ? father : father + " " + grandfather;
        }

        double family = rng.NextDouble();
        string? name = family < 0.55 ? "al-" + Nisba(c.Places.Draw(rng))
            : family < 0.8 ? (rng.Chance(0.2) ? "al-" : string.Empty) + c.Family.Draw(rng)
            : null;
        return new GeneratedName(c, female ? Gender.Female : Gender.Male, ism, nasab, name);
    }

    /// <summary>A male Arabic given name; some are Abd al-X compounds, written as romanizations write them.</summary>
    private static string Ism(Culture c, Rng rng)
    {
        if (!rng.Chance(0.12))
        {
            return c.MaleGiven.Draw(rng);
        }

        string attribute = c.MaleGiven.Draw(rng);
        return rng.Next(5) switch
        {
            0 or 1 => "Abd al-" + attribute,
            2 => "Abdul " + attribute,
            3 => (c.Style == NamingStyle.Maghrebi ? "Abdel" : "Abdul") + attribute.ToLowerInvariant(),
            _ => "Abdel " + attribute,
        };
    }

    private static GeneratedName Maghrebi(Culture c, bool female, Rng rng)
    {
        string given = female ? c.FemaleGiven.Draw(rng) : Ism(c, rng);
        string? nasab = rng.Chance(0.35) ? (female ? "bent " : rng.Chance(0.7) ? "ben " : "ould ") + Ism(c, rng) : null;
        string family = c.Family.Draw(rng);
        double form = rng.NextDouble();
        family = form < 0.12 ? "Ben" + family.ToLowerInvariant()
            : form < 0.25 ? "Ben " + family
            : form < 0.35 ? "Bou" + family.ToLowerInvariant()
            : form < 0.45 ? "El " + family
            : family;
        return new GeneratedName(c, female ? Gender.Female : Gender.Male, given, nasab, family);
    }

    private static GeneratedName Persian(Culture c, bool female, Rng rng)
    {
        string given = female ? c.FemaleGiven.Draw(rng) : c.MaleGiven.Draw(rng);
        if (!female && rng.Chance(0.15))
        {
            given = c.MaleGiven.Draw(rng) + " " + given;
        }
        else if (!female && rng.Chance(0.08))
        {
            given += "ollah";
        }

        return new GeneratedName(c, female ? Gender.Female : Gender.Male, given, null, c.Family.Draw(rng));
    }

    private static GeneratedName PashtoUrdu(Culture c, bool female, Rng rng)
    {
        string given = female ? c.FemaleGiven.Draw(rng) : c.MaleGiven.Draw(rng);
        if (!female)
        {
            double form = rng.NextDouble();
            given = form < 0.12 ? given + " Khan"
                : form < 0.2 ? "Gul " + given
                : form < 0.28 ? given + " ud-Din"
                : form < 0.36 ? given + " Ullah"
                : given;
        }

        double family = rng.NextDouble();
        return family < 0.55 ? new GeneratedName(c, female ? Gender.Female : Gender.Male, given, null, c.Family.Draw(rng))
            : family < 0.7 ? new GeneratedName(c, female ? Gender.Female : Gender.Male, given, null, "Khan")
            : new GeneratedName(c, female ? Gender.Female : Gender.Male, given, c.MaleGiven.Draw(rng), null);
    }

    private static GeneratedName Slavic(Culture c, bool female, Rng rng)
    {
        string given = female ? c.FemaleGiven.Draw(rng)
            : c.Style == NamingStyle.Caucasian && rng.Chance(0.2) ? Cultures.Arabic.MaleGiven.Draw(rng)
            : c.MaleGiven.Draw(rng);
        string father = c.MaleGiven.Draw(rng);
        string? patronymic = rng.Chance(0.85) ? Patronymic(father, female) : null;
        return new GeneratedName(c, female ? Gender.Female : Gender.Male, given, patronymic, Feminine(c.Family.Draw(rng), female));
    }

    private static GeneratedName CentralAsian(Culture c, bool female, Rng rng)
    {
        string given = female ? c.FemaleGiven.Draw(rng) : c.MaleGiven.Draw(rng);
        string? patronymic = null;
        if (rng.Chance(0.35))
        {
            string father = c.MaleGiven.Draw(rng);
            patronymic = rng.Chance(0.5) ? Patronymic(father, female) : father + (female ? " qizi" : " o'g'li");
        }

        return new GeneratedName(c, female ? Gender.Female : Gender.Male, given, patronymic, Feminine(c.Family.Draw(rng), female));
    }

    private static GeneratedName Somali(Culture c, bool female, Rng rng)
    {
        string given = female ? c.FemaleGiven.Draw(rng) : c.MaleGiven.Draw(rng);
        string lineage = c.MaleGiven.Draw(rng) + " " + c.MaleGiven.Draw(rng);
        return new GeneratedName(c, female ? Gender.Female : Gender.Male, given, lineage, rng.Chance(0.1) ? c.Family.Draw(rng) : null);
    }

    private static GeneratedName Spanish(Culture c, bool female, Rng rng)
    {
        string given = Given(c, female, rng, secondShare: 0.35);
        string paternal = c.Family.Draw(rng);
        string maternal = c.Family.Draw(rng);
        if (rng.Chance(0.05))
        {
            maternal = (rng.Chance(0.5) ? "de la " : "del ") + maternal;
        }

        return new GeneratedName(c, female ? Gender.Female : Gender.Male, given, null, rng.Chance(0.85) ? paternal + " " + maternal : paternal);
    }

    private static GeneratedName French(Culture c, bool female, Rng rng)
    {
        string given = female ? c.FemaleGiven.Draw(rng) : c.MaleGiven.Draw(rng);
        if (rng.Chance(0.2))
        {
            given += "-" + (female ? c.FemaleGiven.Draw(rng) : c.MaleGiven.Draw(rng));
        }

        string family = c.Family.Draw(rng);
        if (rng.Chance(0.1))
        {
            family = rng.Pick(FrenchParticles) + family;
        }

        return new GeneratedName(c, female ? Gender.Female : Gender.Male, given, null, family);
    }

    private static string Given(Culture c, bool female, Rng rng, double secondShare)
    {
        Lexicon lexicon = female ? c.FemaleGiven : c.MaleGiven;
        string given = lexicon.Draw(rng);
        return rng.Chance(secondShare) ? given + " " + lexicon.Draw(rng) : given;
    }

    /// <summary>A Russian-style patronymic of a father's given name: Ruslan → Ruslanovich, Ruslanovna.</summary>
    private static string Patronymic(string father, bool female)
    {
        string stem = father.TrimEnd('a', 'o', 'u', 'y');
        if (stem.EndsWith('i') && stem.Length > 2)
        {
            stem = stem[..^1];
        }

        bool soft = stem.EndsWith('e') || stem.EndsWith('i');
        return stem + (soft ? "e" : "o") + (female ? "vna" : "vich");
    }

    /// <summary>The feminine form of a Slavic-style family name: Kuzov → Kuzova, Pesky → Peskaya.</summary>
    private static string Feminine(string family, bool female)
    {
        if (!female)
        {
            return family;
        }

        return family.EndsWith("sky", StringComparison.Ordinal) ? family[..^1] + "aya"
            : family.EndsWith("ov", StringComparison.Ordinal) || family.EndsWith("ev", StringComparison.Ordinal) || family.EndsWith("in", StringComparison.Ordinal) ? family + "a"
            : family;
    }
}
