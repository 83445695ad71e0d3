using System.Diagnostics.CodeAnalysis;
using System.Text;
using Vigil.Domain;

namespace Vigil.Matching.Scoring;

/// <summary>What the traveler's date of birth, nationality, gender and document say beyond the name.</summary>
/// <remarks>A field missing on either side is neutral: it never counts against a match.</remarks>
internal static class Evidence
{
    /// <summary>How far apart, in years, two dates of birth must be to be those of another generation: a distinctive
    /// name is cleared by a date of birth only from there on.</summary>
    public const double AnotherGeneration = 13;

    /// <summary>What a date of birth of the same generation but not the listed one takes off a distinctive name.</summary>
    public const double DistinctiveNameDateEffect = -0.1;

    /// <summary>How the date of birth moves the score, and why (when <paramref name="explain"/>); 0 when either side
    /// has none.</summary>
    /// <param name="traveler">The traveler's date of birth.</param>
    /// <param name="subject">The listed subject.</param>
    /// <param name="distinctiveName">True when the name match is strong and rare (<see
    /// cref="ScoreModel.IsDistinctive"/>): a date of birth 3 to 13 years from every listed one then only lowers
    /// the score a little (<see cref="DistinctiveNameDateEffect"/>), because a passport's date of birth is the
    /// easiest thing to forge or alter and list dates are often wrong; only a date of another generation (13 years
    /// or more) clears it. A weak or common name is cleared by a date of birth a few years away.</param>
    /// <param name="explain">Whether to say why.</param>
    public static (double Effect, EvidenceEffect? Why) DateOfBirth(PartialDate traveler, Subject subject, bool distinctiveName, bool explain)
    {
        if (traveler.IsUnknown || subject.DatesOfBirth.IsDefaultOrEmpty)
        {
            return (0, null);
        }

        DateOnly from = traveler.EarliestDay!.Value;
        DateOnly to = traveler.LatestDay!.Value;
        double bestGap = double.MaxValue;
        bool sameDay = false;
        DateOfBirth? closest = null;
        foreach (DateOfBirth dob in subject.DatesOfBirth)
        {
            (DateOnly listFrom, DateOnly listTo) = Interval(dob);
            if (traveler.Precision == DatePrecision.Day && dob.Kind == DateOfBirthKind.Exact && dob.Date.EarliestDay == traveler.EarliestDay && !IsPlaceholder(dob))
            {
                sameDay = true;
                closest = dob;
            }

            double gap = to < listFrom ? (listFrom.DayNumber - to.DayNumber) / 365.25
                : from > listTo ? (from.DayNumber - listTo.DayNumber) / 365.25
                : 0;
            if (gap < bestGap)
            {
                bestGap = gap;
                closest = sameDay ? closest : dob;
            }
        }

        (double effect, EvidenceAgreement agreement) = sameDay ? (0.08, EvidenceAgreement.Same)
            : bestGap <= 0 ? (0.05, EvidenceAgreement.Within)
            : bestGap <= 1.5 ? (0.01, EvidenceAgreement.Near)
            : bestGap >= AnotherGeneration ? (-0.45, EvidenceAgreement.Contradicts)
            : bestGap <= 3 ? (-0.05, EvidenceAgreement.Differs)
            : distinctiveName ? (DistinctiveNameDateEffect, EvidenceAgreement.Differs)
            : bestGap <= 7 ? (-0.14, EvidenceAgreement.Differs)
            : (-0.28, EvidenceAgreement.Differs);
        if (!explain)
        {
            return (effect, null);
        }

        EvidenceEffect why = new(EvidenceKind.DateOfBirth, agreement, effect, traveler.ToString(), closest?.ToString() ?? string.Empty)
        {
            GapYears = bestGap,
        };
        return (effect, why);
    }

    /// <summary>What a nationality among the listed ones adds.</summary>
    public const double SameNationality = 0.03;

    /// <summary>What a nationality not among the listed ones takes off, when the list gives a date of birth or the
    /// name is distinctive: little, people hold several.</summary>
    public const double OtherNationality = -0.06;

    /// <summary>What a nationality not among the listed ones takes off a name that is not distinctive, when the list
    /// gives no date of birth to tell namesakes apart.</summary>
    public const double OtherNationalityWithoutDate = -0.12;

    /// <summary>What a listed place of birth in another country than the traveler's nationality takes off besides,
    /// in the same case.</summary>
    public const double OtherBirthCountryWithoutDate = -0.06;

    /// <summary>Nationality: agreement supports a little; disagreement subtracts a little (people hold several
    /// nationalities, and a fighter may travel on any of his passports), and more when the list gives no date of
    /// birth and the name is not distinctive.</summary>
    /// <remarks>Without a listed date of birth, the nationality (and the country of a listed place of birth) is the
    /// only thing beyond the name that can tell a namesake apart, so it counts for more there; but only against a
    /// weak or common name match, never against a strong and rare one: the same rule as for the date of birth, since a
    /// second passport is as easy to hold as a date of birth is to alter.</remarks>
    public static (double Effect, EvidenceEffect? Why) Nationality(CountryCode? traveler, Subject subject, bool distinctiveName, bool explain)
    {
        if (traveler is not { } code || subject.Nationalities.IsDefaultOrEmpty)
        {
            return (0, null);
        }

        foreach (CountryCode listed in subject.Nationalities)
        {
            if (listed == code)
            {
                return (SameNationality, explain ? new EvidenceEffect(EvidenceKind.Nationality, EvidenceAgreement.Same, SameNationality, code.Value, listed.Value) : null);
            }
        }

        double effect = OtherNationality;
        if (!distinctiveName && subject.DatesOfBirth.IsDefaultOrEmpty)
        {
            effect = OtherNationalityWithoutDate;
            if (BornElsewhere(code, subject))
            {
                effect += OtherBirthCountryWithoutDate;
            }
        }

        return (effect, explain ? new EvidenceEffect(EvidenceKind.Nationality, EvidenceAgreement.Differs, effect, code.Value, string.Join('/', subject.Nationalities)) : null);
    }

    /// <summary>True when the list gives places of birth, each in a known country other than <paramref name="nationality"/>.</summary>
    private static bool BornElsewhere(CountryCode nationality, Subject subject)
    {
        if (subject.PlacesOfBirth.IsDefaultOrEmpty)
        {
            return false;
        }

        foreach (PlaceOfBirth place in subject.PlacesOfBirth)
        {
            if (place.Country is not { } country || country == nationality)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Gender: a clear mismatch subtracts.</summary>
    public static (double Effect, EvidenceEffect? Why) GenderOf(Gender traveler, Subject subject, bool explain) =>
        traveler is Gender.Male or Gender.Female && subject.Gender is Gender.Male or Gender.Female && traveler != subject.Gender
            ? (-0.12, explain ? new EvidenceEffect(EvidenceKind.Gender, EvidenceAgreement.Differs, -0.12, traveler.ToString(), subject.Gender.ToString()) : null)
            : (0, null);

    /// <summary>A document number folded for comparison as passports print it: upper-case letters and digits only
    /// (spaces, hyphens, slashes and full stops dropped), leading zeros dropped, and an ISO alpha-3 country code
    /// written apart before the number ("GBR 091234567", "GBR-091234567") left out.</summary>
    public static string DocumentKey(string number) => DocumentKey(number, out _);

    /// <summary>The comparison key of a number (see <see cref="DocumentKey(string)"/>), and the country its prefix
    /// names, if any.</summary>
    /// <remarks>Only a known alpha-3 code followed by a space or punctuation is a prefix: letters written against the
    /// digits are part of the number ("D00001234", "RL0235074"), and so are other letters ("RL 0235074",
    /// "IMO 5342883").</remarks>
    public static string DocumentKey(string number, out CountryCode? prefix)
    {
        prefix = null;
        ReadOnlySpan<char> text = number.AsSpan().Trim();
        if (text.Length > 4 && char.IsAsciiLetter(text[0]) && char.IsAsciiLetter(text[1]) && char.IsAsciiLetter(text[2])
            && !char.IsAsciiLetterOrDigit(text[3]) && text[4..].ContainsAnyInRange('0', '9')
            && CountryCode.TryCreate(text[..3], out CountryCode code) && Countries.NameOf(code) is not null)
        {
            prefix = code;
            text = text[4..];
        }

        StringBuilder key = new(text.Length);
        foreach (char c in text)
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                key.Append(char.ToUpperInvariant(c));
            }
        }

        int zeros = 0;
        while (zeros < key.Length - 1 && key[zeros] == '0')
        {
            zeros++;
        }

        return key.ToString(zeros, key.Length - zeros);
    }

    /// <summary>True when the subject holds a document with the same number and no conflicting issuing country.</summary>
    /// <remarks>A country prefix of the number ("GBR 091234567") stands for the issuing country when the document
    /// gives none.</remarks>
    /// <param name="query">The traveler's document.</param>
    /// <param name="subject">The listed subject.</param>
    /// <param name="listed">Receives the first such document of the subject, or null.</param>
    public static bool SameDocument(DocumentQuery query, Subject subject, [NotNullWhen(true)] out TravelDocument? listed)
    {
        string key = DocumentKey(query.Number, out CountryCode? prefix);
        CountryCode? country = query.Country ?? prefix;
        foreach (TravelDocument document in subject.Documents)
        {
            if (DocumentKey(document.Number, out CountryCode? listedPrefix) == key
                && (country is null || (document.IssuingCountry ?? listedPrefix) is not { } issuer || country == issuer))
            {
                listed = document;
                return true;
            }
        }

        listed = null;
        return false;
    }

    /// <summary>The days a listed date of birth may be: a year-only date is the whole year, an approximate one two
    /// years either side, and 1 January is read as a placeholder for the year.</summary>
    private static (DateOnly From, DateOnly To) Interval(DateOfBirth dob)
    {
        DateOnly from = dob.EarliestDay!.Value;
        DateOnly to = dob.LatestDay!.Value;
        if (IsPlaceholder(dob))
        {
            to = new DateOnly(from.Year, 12, 31);
        }

        if (dob.IsApproximate)
        {
            from = from.AddYears(-2);
            to = to.AddYears(2);
        }

        return (from, to);
    }

    private static bool IsPlaceholder(DateOfBirth dob) =>
        dob.Kind == DateOfBirthKind.Exact && dob.Date.Month == 1 && dob.Date.Day == 1;
}
