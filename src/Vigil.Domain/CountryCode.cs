namespace Vigil.Domain;

/// <summary>An ISO 3166-1 alpha-3 country code, such as <c>IRQ</c>, always three upper-case ASCII letters.</summary>
/// <remarks>
/// Also accepts the ICAO 9303 codes that are not ISO countries (<c>D</c> is written <c>DEU</c>; <c>XXA</c>,
/// <c>XXB</c>, <c>XXC</c>, <c>XXX</c> for stateless and refugee holders; <c>XKX</c> Kosovo; <c>UNO</c>, <c>UNA</c>, <c>UNK</c>).
/// The code is not checked against the list of assigned codes: that is the job of the country table.
/// </remarks>
public readonly record struct CountryCode
{
    private readonly string? _value;

    private CountryCode(string value) => _value = value;

    /// <summary>The three-letter code.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Creates a code from three ASCII letters in any case.</summary>
    /// <exception cref="ArgumentException">The text is not three ASCII letters (a caller's bug).</exception>
    public static CountryCode Of(string value) =>
        TryCreate(value, out CountryCode code) ? code : throw new ArgumentException($"'{value}' is not a three-letter country code.", nameof(value));

    /// <summary>Creates a code from three ASCII letters in any case, without throwing.</summary>
    public static bool TryCreate(ReadOnlySpan<char> value, out CountryCode code)
    {
        code = default;
        value = value.Trim();
        if (value.Length != 3)
        {
            return false;
        }

        Span<char> upper = stackalloc char[3];
        for (int i = 0; i < 3; i++)
        {
            char c = value[i];
            if (c is >= 'a' and <= 'z')
            {
                c = (char)(c - 32);
            }

            if (c is < 'A' or > 'Z')
            {
                return false;
            }

            upper[i] = c;
        }

        code = new CountryCode(new string(upper));
        return true;
    }

    /// <inheritdoc />
    public override string ToString() => Value;
}
