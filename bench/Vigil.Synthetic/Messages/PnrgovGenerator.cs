using System.Globalization;
using System.Text;
using Vigil.Domain;

namespace Vigil.Synthetic.Messages;

/// <summary>Writes a valid IATA PNRGOV interchange: one push (one message) for one flight with generated PNRs of one
/// to four passengers, each with contacts, SSR DOCS, ticket, payment and itinerary, and now and then a history
/// block.</summary>
/// <remarks>Everything in it is invented; the UNB application reference is <c>SYNTHETIC</c> and its test indicator
/// 1, and the e-mail addresses are at <c>MAIL.EXAMPLE</c>.</remarks>
internal static class PnrgovGenerator
{
    private static readonly string[] Titles = ["MR", "MRS", "MS", string.Empty];

    /// <summary>An interchange with <paramref name="pnrs"/> PNRs.</summary>
    public static byte[] Generate(int pnrs, long seed, bool lineBreaks = true)
    {
        Rng rng = Rng.For(seed, "pnrgov");
        PassengerSource passengers = new(seed, null, 0);
        DateTime prepared = PaxlstGenerator.PreparedAt;
        DateOnly today = DateOnly.FromDateTime(prepared);
        DateTime departs = prepared.Date.AddDays(1).AddHours(6).AddMinutes(40);
        DateTime arrives = departs.AddMinutes(100);
        string tvl = $"{EdifactText.PnrDay(DateOnly.FromDateTime(departs))}:{departs:HHmm}:{EdifactText.PnrDay(DateOnly.FromDateTime(arrives))}:{arrives:HHmm}+ATH+VIE+VG+0471";
        string control = string.Create(CultureInfo.InvariantCulture, $"SYP{seed % 100_000_000:D8}");

        StringBuilder text = new();
        int count = 0;
        void Add(string segment)
        {
            text.Append(segment).Append('\'');
            if (lineBreaks)
            {
                text.Append('\n');
            }

            count++;
        }

        text.Append("UNA:+.?*'");
        if (lineBreaks)
        {
            text.Append('\n');
        }

        Add($"UNB+IATA:1+VG+BORDERAGENCY+{EdifactText.EnvelopeDate(prepared)}+{control}++SYNTHETIC++++1");
        int first = count;
        Add("UNH+P0001+PNRGOV:11:1:IA+VG0471/" + EdifactText.PnrDay(DateOnly.FromDateTime(departs)) + "/" + departs.ToString("HHmm", CultureInfo.InvariantCulture));
        Add("MSG+:22");
        Add("ORG+VG:ATH");
        Add("TVL+" + tvl);
        Add(string.Create(CultureInfo.InvariantCulture, $"EQN+{pnrs}"));
        for (int p = 0; p < pnrs; p++)
        {
            DateOnly created = today.AddDays(-rng.Between(1, 120));
            Add("SRC");
            Add($"RCI+VG:{EdifactText.Code(rng, 6, 3)}::{EdifactText.PnrDay(created)}:{rng.Between(0, 23):D2}{rng.Between(0, 59):D2}00");
            Add($"DAT+700:{EdifactText.PnrDay(today.AddDays(-rng.Between(0, 3)))}:{rng.Between(0, 23):D2}{rng.Between(0, 59):D2}");
            int travelers = rng.Weighted([0.55, 0.25, 0.12, 0.08]) + 1;
            GeneratedPassenger[] people = new GeneratedPassenger[travelers];
            for (int t = 0; t < travelers; t++)
            {
                people[t] = passengers.Next(today);
            }

            string contact = (people[0].Given ?? "X").Split(' ')[0].Replace("?'", string.Empty, StringComparison.Ordinal) + ".." + people[0].Family.Replace("?'", string.Empty, StringComparison.Ordinal).Replace(' ', '.');
            Add($"IFT+4:28::VG+CTCE {contact}//MAIL.EXAMPLE");
            if (rng.Chance(0.6))
            {
                Add($"IFT+4:28::VG+CTCM 0000{rng.Between(1_000_000, 9_999_999)}");
            }

            for (int t = 0; t < travelers; t++)
            {
                GeneratedPassenger person = people[t];
                string title = person.Gender == Gender.Female ? rng.Pick(Titles[1..]) : rng.Chance(0.7) ? "MR" : string.Empty;
                string given = person.Given is null ? string.Empty : (person.Given + (title.Length > 0 ? " " + title : string.Empty));
                Add(string.Create(CultureInfo.InvariantCulture, $"TIF+{person.Family}+{given}:A:{t + 1}"));
                string[] names = (person.Given ?? string.Empty).Split(' ', 2);
                string document = EdifactText.Code(rng, 9);
                string expiry = EdifactText.SsrDay(today.AddDays(rng.Between(200, 3600)));
                Add(string.Create(CultureInfo.InvariantCulture,
                    $"SSR+DOCS:HK:1:VG:::::/P/{person.Nationality}/{document}/{person.Nationality}/{EdifactText.SsrDay(person.DateOfBirth)}/{(person.Gender == Gender.Female ? 'F' : 'M')}/{expiry}/{person.Family}/{names[0]}{(names.Length > 1 ? "/" + names[1] : string.Empty)}+::{t + 1}"));
            }

            Add(string.Create(CultureInfo.InvariantCulture, $"TKT+555{rng.Between(1_000_000, 9_999_999)}{rng.Between(100, 999)}:T:1"));
            Add(rng.Chance(0.8) ? string.Create(CultureInfo.InvariantCulture, $"FOP+CC:::VI:XXXXXXXXXXXX{rng.Between(1000, 9999)}:{rng.Between(1, 12):D2}{rng.Between(26, 30)}") : "FOP+CA::640.00");
            Add("TVL+" + tvl + ":Y");
            Add(string.Create(CultureInfo.InvariantCulture, $"RPI+{travelers}+HK"));
            if (rng.Chance(0.15))
            {
                Add("ABI+1+:ATHVG+ATH++VG");
                Add($"DAT+T:{EdifactText.PnrDay(created)}:0910");
                Add("SAC+++X");
                Add("TVL+" + tvl + ":Y");
            }
        }

        Add(string.Create(CultureInfo.InvariantCulture, $"UNT+{count - first + 1}+P0001"));
        Add($"UNZ+1+{control}");
        return Encoding.ASCII.GetBytes(text.ToString());
    }
}
