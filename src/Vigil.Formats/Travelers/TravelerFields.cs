using Vigil.Domain;

namespace Vigil.Formats.Travelers;

/// <summary>The field values every traveler file format shares: gender and document type words.</summary>
internal static class TravelerFields
{
    /// <summary>Reads a gender: <c>M</c>/<c>male</c>, <c>F</c>/<c>female</c>, <c>X</c>/<c>unspecified</c> (ICAO 9303
    /// writes X for an unspecified sex), any case; blank is unknown.</summary>
    /// <returns>False when the text is none of these.</returns>
    public static bool TryParseGender(string? text, out Gender gender)
    {
        ReadOnlySpan<char> value = text.AsSpan().Trim();
        gender = Gender.Unknown;
        if (value.IsEmpty)
        {
            return true;
        }

        if (Is(value, "M") || Is(value, "male"))
        {
            gender = Gender.Male;
        }
        else if (Is(value, "F") || Is(value, "female"))
        {
            gender = Gender.Female;
        }
        else if (Is(value, "X") || Is(value, "unspecified"))
        {
            gender = Gender.Unspecified;
        }
        else
        {
            return false;
        }

        return true;
    }

    /// <summary>Reads a document type word (see <see cref="TravelerDiagnostics.DocumentTypes"/>).</summary>
    public static bool TryParseDocumentType(ReadOnlySpan<char> text, out DocumentType type)
    {
        type = text switch
        {
            _ when Is(text, "passport") || Is(text, "P") => DocumentType.Passport,
            _ when Is(text, "national-id") || Is(text, "I") || Is(text, "ID") => DocumentType.NationalId,
            _ when Is(text, "visa") || Is(text, "V") => DocumentType.Visa,
            _ when Is(text, "residence-permit") => DocumentType.ResidencePermit,
            _ when Is(text, "driving-licence") => DocumentType.DrivingLicence,
            _ when Is(text, "tax-number") => DocumentType.TaxNumber,
            _ when Is(text, "crew-document") => DocumentType.CrewDocument,
            _ when Is(text, "other") => DocumentType.Other,
            _ => (DocumentType)(-1),
        };
        return type >= DocumentType.Other;
    }

    private static bool Is(ReadOnlySpan<char> text, string value) => text.Equals(value, StringComparison.OrdinalIgnoreCase);
}
