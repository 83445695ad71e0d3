using System.Text;

namespace Vigil.Formats.Tests.Edifact;

/// <summary>Builds small interchanges for tests, with envelope counts that are right unless a test breaks them.
/// Every person and booking in them is invented.</summary>
internal static class Interchanges
{
    public const string Una = "UNA:+.? '";
    public const string Unb = "UNB+UNOA:4+SENDER:ZZ+RECEIVER:ZZ+250314:0915+REF001++APIS'";

    /// <summary>The flight group of a one-leg flight VG471 ATH 2025-03-15 06:40 to VIE 08:20.</summary>
    public static readonly string[] Flight =
    [
        "TDT+20+VG0471+++VG'", "LOC+125+ATH'", "DTM+189:2503150640:201'", "LOC+87+VIE'", "DTM+232:2503150820:201'",
    ];

    /// <summary>A complete passenger of seven segments.</summary>
    public static readonly string[] Passenger =
    [
        "NAD+FL+++TESTPERSON:EXAMPLE'", "ATT+2++F'", "DTM+329:880229'", "NAT+2+GRC'", "DOC+P+AB1234567'", "DTM+36:290811'", "LOC+91+GRC'",
    ];

    /// <summary>A PAXLST interchange (UNA, UNB, UNH ... UNT, UNZ), one segment a line, with the body given.</summary>
    public static string Paxlst(params string[] body) => Wrap("PAXLST:D:05B:UN:IATA", body);

    /// <summary>A PAXLST interchange with BGM+745, the flight, the passengers given and CNT.</summary>
    public static string PassengerList(params string[][] travelers)
    {
        List<string> body = ["BGM+745'", .. Flight];
        foreach (string[] traveler in travelers)
        {
            body.AddRange(traveler);
        }

        body.Add($"CNT+42:{travelers.Length}'");
        return Paxlst([.. body]);
    }

    public static string Wrap(string messageIdentifier, string[] body, string unh = "UNH+1+{0}'")
    {
        StringBuilder text = new();
        text.Append(Una).Append('\n').Append(Unb).Append('\n');
        text.Append(string.Format(System.Globalization.CultureInfo.InvariantCulture, unh, messageIdentifier)).Append('\n');
        foreach (string segment in body)
        {
            text.Append(segment).Append('\n');
        }

        text.Append("UNT+").Append(body.Length + 2).Append("+1'\n");
        text.Append("UNZ+1+REF001'\n");
        return text.ToString();
    }

    public static byte[] Bytes(string text) => Encoding.Latin1.GetBytes(text);
}
