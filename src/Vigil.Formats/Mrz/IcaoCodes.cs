using System.Collections.Concurrent;
using System.Collections.Frozen;
using Vigil.Domain;

namespace Vigil.Formats.Mrz;

/// <summary>The state and nationality codes of machine readable zones (ICAO Doc 9303 Part 3, section 5).</summary>
/// <remarks>
/// <para>
/// ICAO uses ISO 3166-1 alpha-3 with exceptions: <c>D</c> (written <c>D&lt;&lt;</c>) for Germany; <c>GBD</c>,
/// <c>GBN</c>, <c>GBO</c>, <c>GBP</c>, <c>GBS</c> for the classes of British nationals other than citizens
/// (<c>GBR</c>); <c>UNO</c>, <c>UNA</c>, <c>UNK</c> for the United Nations, its agencies and its Kosovo mission;
/// <c>EUE</c> for the European Union; <c>XXA</c>, <c>XXB</c>, <c>XXC</c>, <c>XXX</c> for stateless persons,
/// refugees and unspecified nationality; codes starting with <c>X</c> for other organisations (<c>XOM</c>,
/// <c>XPO</c>, <c>XCC</c>...); <c>XKX</c> for Kosovo; and <c>UTO</c>, the fictional Utopia of the specimens.
/// </para>
/// <para>
/// The normalised code is the ISO 3166-1 alpha-3 code of the country (<c>D</c> gives <c>DEU</c>, <c>GBD</c> gives
/// <c>GBR</c>), or the code itself for the ICAO codes that Vigil's country table knows (<c>XXA</c>, <c>UNO</c>,
/// <c>XKX</c>...). Codes that stand for no country (<c>EUE</c>, <c>UTO</c>, the organisations) have none.
/// </para>
/// </remarks>
public static class IcaoCodes
{
    /// <summary>ICAO codes that are not ISO 3166-1 codes of a country, with the alpha-3 code they normalise to
    /// (empty when none).</summary>
    private static readonly FrozenDictionary<string, string> Special = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["D"] = "DEU",
        ["GBD"] = "GBR",
        ["GBN"] = "GBR",
        ["GBO"] = "GBR",
        ["GBP"] = "GBR",
        ["GBS"] = "GBR",
        ["EUE"] = string.Empty,
        ["UTO"] = string.Empty,
        ["XBA"] = string.Empty,
        ["XIM"] = string.Empty,
        ["XCC"] = string.Empty,
        ["XCE"] = string.Empty,
        ["XCO"] = string.Empty,
        ["XEC"] = string.Empty,
        ["XPO"] = string.Empty,
        ["XES"] = string.Empty,
        ["XMP"] = string.Empty,
        ["XOM"] = string.Empty,
        ["XDC"] = string.Empty,
        ["XAU"] = string.Empty,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Codes already read, so that reading a zone makes no new string for a code seen before. Only codes of
    /// one to three capitals are kept: at most 18,278 entries.</summary>
    private static readonly ConcurrentDictionary<string, (bool Known, CountryCode? Normalized)> Seen = new(StringComparer.Ordinal);

    private static readonly ConcurrentDictionary<string, (bool Known, CountryCode? Normalized)>.AlternateLookup<ReadOnlySpan<char>> SeenBySpan =
        Seen.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Reads a code as the document gives it, fillers removed (<c>D</c>, <c>UTO</c>, <c>GBR</c>).</summary>
    /// <param name="code">The code without fillers, in capitals.</param>
    /// <param name="normalized">The alpha-3 code it stands for, or null when it stands for no country or is not known.</param>
    /// <returns>True when the code is a known ICAO 9303 code; false for an unknown code, an alpha-2 code or anything else.
    /// An alpha-2 code of a country (<c>DE</c>), which ICAO does not allow, returns false but still gives its
    /// alpha-3 code in <paramref name="normalized"/>.</returns>
    public static bool TryNormalize(string code, out CountryCode? normalized)
    {
        ArgumentNullException.ThrowIfNull(code);
        normalized = null;
        if (Special.TryGetValue(code, out string? alpha3))
        {
            if (alpha3.Length == 3)
            {
                normalized = CountryCode.Of(alpha3);
            }

            return true;
        }

        if (code.Length == 3 && Countries.TryResolve(code, out CountryCode resolved) && resolved.Value == code)
        {
            normalized = resolved;
            return true;
        }

        if (code.Length == 2 && Countries.TryResolve(code, out resolved))
        {
            normalized = resolved;
        }

        return false;
    }

    /// <summary>As <see cref="TryNormalize(string, out CountryCode?)"/>, for a code read from a zone, giving the code
    /// as a string shared by every zone that has it.</summary>
    internal static bool TryNormalize(ReadOnlySpan<char> code, out string text, out CountryCode? normalized)
    {
        bool cacheable = code.Length is >= 1 and <= 3 && !code.ContainsAnyExceptInRange('A', 'Z');
        if (cacheable && SeenBySpan.TryGetValue(code, out string? key, out (bool Known, CountryCode? Normalized) entry))
        {
            text = key;
            normalized = entry.Normalized;
            return entry.Known;
        }

        text = code.ToString();
        bool known = TryNormalize(text, out normalized);
        if (cacheable)
        {
            Seen.TryAdd(text, (known, normalized));
        }

        return known;
    }
}
