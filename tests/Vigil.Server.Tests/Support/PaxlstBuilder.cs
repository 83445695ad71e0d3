using System.Globalization;
using System.Text;

namespace Vigil.Server.Tests.Support;

/// <summary>A passenger of a generated PAXLST.</summary>
/// <param name="FamilyName">Upper-case Latin letters, as carriers send them.</param>
/// <param name="GivenNames">Given names separated by spaces.</param>
/// <param name="BirthDate">Date of birth.</param>
/// <param name="Nationality">ISO 3166-1 alpha-3.</param>
/// <param name="Document">Passport number.</param>
/// <param name="Booking">The booking reference (RFF+AVF), or null.</param>
public sealed record PaxlstPassenger(string FamilyName, string GivenNames, DateOnly BirthDate, string Nationality, string Document, string? Booking = null)
{
    /// <summary>Invented passengers nobody lists.</summary>
    public static PaxlstPassenger[] Innocents { get; } =
    [
        new("SOLVANG", "INGRID", new DateOnly(1979, 6, 2), "NOR", "NX4471902", "BK7QX1"),
        new("MARCHETTI", "OTTAVIO LUCA", new DateOnly(1964, 11, 30), "ITA", "YA9915204", "BK7QX2"),
        new("OYELARAN", "FUNMILAYO", new DateOnly(2001, 2, 14), "NGA", "A07731542", "BK7QX3"),
    ];

    /// <summary>NFL-2019-0011 of the demo list, recorded as detained: a custody anomaly.</summary>
    public static PaxlstPassenger Detained { get; } = new("QADIRI", "IMRAN QADIR", new DateOnly(1987, 5, 1), "GBR", "PK8804413", "BK9ZZ1");

    /// <summary>NFL-2019-0004 of the demo list, a no-board entry at large.</summary>
    public static PaxlstPassenger NoBoard { get; } = new("TOLIBJONOV", "JAMSHID RAKHIMOVICH", new DateOnly(1980, 3, 3), "UZB", "UZ5512088", "BK9ZZ2");

    /// <summary>NFL-2019-0002 of the demo list, a secondary-screening entry.</summary>
    public static PaxlstPassenger Secondary { get; } = new("ERRACHIDI", "NADIA", new DateOnly(1993, 11, 4), "BEL", "EN7701349", "BK9ZZ3");
}

/// <summary>Writes small PAXLST interchanges (UN/EDIFACT D:05B, one leg, passengers) with the references a test
/// needs unique, in the layout of the shared examples.</summary>
public static class PaxlstBuilder
{
    /// <summary>The interchange.</summary>
    /// <param name="reference">The interchange control reference (UNB/UNZ); also the base of the message reference.</param>
    /// <param name="passengers">The passengers, in order: travelers <c>{messageReference}/1</c>, <c>/2</c>…</param>
    /// <param name="carrier">The operating carrier.</param>
    /// <param name="number">The flight number.</param>
    /// <param name="departure">The local departure time; arrival is eight hours later.</param>
    public static byte[] Build(string reference, IReadOnlyList<PaxlstPassenger> passengers, string carrier = TestKeys.OwnCarrier, string number = "19", DateTime? departure = null)
    {
        DateTime leaves = departure ?? new DateTime(2026, 3, 15, 9, 10, 0, DateTimeKind.Unspecified);
        List<string> body =
        [
            $"UNH+{MessageReference(reference)}+PAXLST:D:05B:UN:IATA+{reference}",
            "BGM+745",
            "NAD+MS+++VIGIL TEST DESK",
            $"TDT+20+{carrier}{number}+++{carrier}",
            "LOC+125+LHR",
            $"DTM+189:{leaves.ToString("yyMMddHHmm", CultureInfo.InvariantCulture)}:201",
            "LOC+87+JFK",
            $"DTM+232:{leaves.AddHours(8).ToString("yyMMddHHmm", CultureInfo.InvariantCulture)}:201",
        ];
        foreach (PaxlstPassenger p in passengers)
        {
            body.Add($"NAD+FL+++{p.FamilyName}:{p.GivenNames.Replace(' ', ':')}");
            body.Add("ATT+2++M");
            body.Add($"DTM+329:{p.BirthDate.ToString("yyyyMMdd", CultureInfo.InvariantCulture)}:102");
            body.Add("LOC+178+LHR");
            body.Add("LOC+179+JFK");
            body.Add($"NAT+2+{p.Nationality}");
            if (p.Booking is not null)
            {
                body.Add($"RFF+AVF:{p.Booking}");
            }

            body.Add($"DOC+P:110:111+{p.Document}");
            body.Add($"LOC+91+{p.Nationality}");
        }

        body.Add($"CNT+42:{passengers.Count.ToString(CultureInfo.InvariantCulture)}");
        body.Add($"UNT+{(body.Count + 1).ToString(CultureInfo.InvariantCulture)}+{MessageReference(reference)}");
        StringBuilder text = new("UNA:+.? '");
        text.Append($"UNB+UNOA:4+VIGILTEST:ZZ+BORDERAGENCY:ZZ+260314:0800+{reference}++APIS'");
        foreach (string segment in body)
        {
            text.Append(segment).Append('\'');
        }

        text.Append($"UNZ+1+{reference}'");
        return Encoding.ASCII.GetBytes(text.ToString());
    }

    /// <summary>The message reference (UNH) of an interchange built with <paramref name="reference"/>: the traveler ids
    /// of its screening results are <c>{this}/{ordinal}</c>.</summary>
    public static string MessageReference(string reference) => "M" + reference;
}
