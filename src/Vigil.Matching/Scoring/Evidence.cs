using System.Globalization;
using System.Text;
using Vigil.Domain;

namespace Vigil.Matching.Scoring;

/// <summary>What the traveler's date of birth, nationality, gender and document say beyond the name.</summary>
/// <remarks>A field missing on either side is neutral: it never counts against a match.</remarks>
internal static class Evidence
{
    /// <summary>How the date of birth moves the score, and why; 0 when either side has none.</summary>
    public static (double Effect, string? Why) DateOfBirth(PartialDate traveler, Subject subject, bool explain)
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

        (double effect, string reason) = sameDay ? (0.08, "equals")
            : bestGap <= 0 ? (0.05, "within")
            : bestGap <= 1.5 ? (0.01, "about a year from")
            : bestGap <= 3 ? (-0.05, string.Empty)
            : bestGap <= 7 ? (-0.14, string.Empty)
            : bestGap <= 14 ? (-0.28, string.Empty)
            : (-0.45, string.Empty);
        if (!explain)
        {
            return (effect, null);
        }

        string shown = traveler.ToString();
        string why = reason.Length > 0
            ? string.Create(CultureInfo.InvariantCulture, $"date of birth {shown} {reason} the listed {closest} ({effect:+0.00;-0.00})")
            : string.Create(CultureInfo.InvariantCulture, $"date of birth {shown} {bestGap:F0} years from the listed {closest}{(effect <= -0.45 ? ": another person" : string.Empty)} ({effect:+0.00;-0.00})");
        return (effect, why);
    }

    /// <summary>Nationality: agreement supports a little, disagreement subtracts a little (people hold several).</summary>
    public static (double Effect, string? Why) Nationality(CountryCode? traveler, Subject subject, bool explain)
    {
        if (traveler is not { } code || subject.Nationalities.IsDefaultOrEmpty)
        {
            return (0, null);
        }

        foreach (CountryCode listed in subject.Nationalities)
        {
            if (listed == code)
            {
                return (0.03, explain ? $"nationality {code} is listed (+0.03)" : null);
            }
        }

        return (-0.06, explain ? $"nationality {code} is not among the listed {string.Join('/', subject.Nationalities)} (-0.06)" : null);
    }

    /// <summary>Gender: a clear mismatch subtracts.</summary>
    public static (double Effect, string? Why) GenderOf(Gender traveler, Subject subject, bool explain) =>
        traveler is Gender.Male or Gender.Female && subject.Gender is Gender.Male or Gender.Female && traveler != subject.Gender
            ? (-0.12, explain ? $"gender {traveler} differs from the listed {subject.Gender} (-0.12)" : null)
            : (0, null);

    /// <summary>A document number folded for comparison: upper-case letters and digits, leading zeros dropped.</summary>
    public static string DocumentKey(string number)
    {
        StringBuilder key = new(number.Length);
        foreach (char c in number)
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
    public static bool SameDocument(DocumentQuery query, Subject subject, out string why)
    {
        string key = DocumentKey(query.Number);
        foreach (TravelDocument document in subject.Documents)
        {
            if (DocumentKey(document.Number) == key
                && (query.Country is null || document.IssuingCountry is null || query.Country == document.IssuingCountry))
            {
                why = string.Create(CultureInfo.InvariantCulture, $"document {query.Number} equals the listed {document.TypeText ?? document.Type.ToString()} {document.Number}");
                return true;
            }
        }

        why = string.Empty;
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
