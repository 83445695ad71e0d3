namespace Vigil.Formats.Edifact;

/// <summary>Splits and normalises flight identifications such as <c>VG0471</c>.</summary>
internal static class FlightNumbers
{
    /// <summary>The number without leading zeros (<c>0471</c> is <c>471</c>, <c>0047A</c> is <c>47A</c>); null stays
    /// null.</summary>
    public static string? Normalize(string? number)
    {
        if (number is null)
        {
            return null;
        }

        string text = number.Trim();
        string trimmed = text.TrimStart('0');
        if (trimmed.Length == 0)
        {
            return text.Length == 0 ? null : "0";
        }

        return char.IsAsciiDigit(trimmed[0]) ? trimmed : text;
    }

    /// <summary>Splits a flight identification into carrier and number.</summary>
    /// <param name="identification">The identification, such as <c>VG0471</c>, <c>VG 471</c> or <c>ABC1234</c>.</param>
    /// <param name="carrier">The carrier given elsewhere in the segment, if any: it is preferred.</param>
    public static (string? Carrier, string? Number) Split(string? identification, string? carrier)
    {
        if (identification is null)
        {
            return (carrier, null);
        }

        string id = identification.Replace(" ", string.Empty, StringComparison.Ordinal);
        if (carrier is not null && id.Length > carrier.Length && id.StartsWith(carrier, StringComparison.Ordinal))
        {
            return (carrier, Normalize(id[carrier.Length..]));
        }

        if (id.Length < 3 || (char.IsAsciiDigit(id[0]) && char.IsAsciiDigit(id[1])))
        {
            // Too short to hold a designator, or starting with two digits: a bare number.
            return (carrier, Normalize(id));
        }

        // IATA designators are two characters (two letters, or a letter and a digit); ICAO ones three letters.
        int length = id.Length >= 4 && char.IsAsciiLetter(id[0]) && char.IsAsciiLetter(id[1]) && char.IsAsciiLetter(id[2]) && char.IsAsciiDigit(id[3]) ? 3 : 2;
        return (carrier ?? id[..length], Normalize(id[length..]));
    }
}
