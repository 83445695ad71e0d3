using System.Collections.Immutable;
using Vigil.Domain;

namespace Vigil.Synthetic;

/// <summary>Generates invented custody histories for the subjects of a synthetic list: at large from 2012–2016, then
/// detained, repatriated, prosecuted, released or dead, one step every few months, with dates given by year, month or
/// day as lists give them. About five entries a subject on average.</summary>
/// <remarks>Its own random stream: a list made with custody histories has the same subjects as one made without.</remarks>
internal sealed class CustodyGenerator(long seed)
{
    // Invented authorities and places: no real force, camp or prison.
    private static readonly string[] Authorities = ["Northern Guard", "Eastern Police", "Coalition Detention Unit", "Border Directorate", "Joint Security Office"];
    private static readonly string[] Places = ["Camp Tamarisk", "Camp Juniper", "Central Holding Facility", "Riverside Prison", "Camp Saltbush"];
    private static readonly string[] HoldingCountries = ["SYR", "IRQ", "TUR"];
    private static readonly string[] Courts = ["Court of Assize", "Special Criminal Court", "High Court"];

    private readonly Rng _rng = Rng.For(seed, "custody");

    public ImmutableArray<CustodyStatus> Next(ImmutableArray<CountryCode> nationalities)
    {
        ImmutableArray<CustodyStatus>.Builder history = ImmutableArray.CreateBuilder<CustodyStatus>();
        if (_rng.Chance(0.04))
        {
            return [];
        }

        DateOnly day = new(_rng.Between(2012, 2016), _rng.Between(1, 12), _rng.Between(1, 28));
        DateOnly end = new(2025, 12, 31);
        CustodyState state = CustodyState.AtLarge;
        CustodyStatus entry = Entry(state, day, null, null, null);
        CountryCode? home = nationalities.IsDefaultOrEmpty ? null : nationalities[0];
        while (true)
        {
            history.Add(entry);
            if (history.Count >= 14)
            {
                break;
            }

            day = day.AddMonths(_rng.Between(2, 20)).AddDays(_rng.Between(0, 27));
            if (day > end)
            {
                break;
            }

            double u = _rng.NextDouble();
            (CustodyState Next, int Kind)? step = state switch
            {
                CustodyState.AtLarge => u < 0.70 ? (CustodyState.Detained, 1) : u < 0.82 ? (CustodyState.DeceasedReported, 0) : u < 0.90 ? (CustodyState.CitizenshipRevoked, 3) : null,
                CustodyState.Detained => u < 0.40 ? (CustodyState.Repatriated, 2) : u < 0.55 ? (CustodyState.Detained, 1) : u < 0.70 ? (CustodyState.Released, 0)
                    : u < 0.85 ? (CustodyState.UnderProsecution, 4) : u < 0.90 ? (CustodyState.DeceasedConfirmed, 0) : null,
                CustodyState.Repatriated => u < 0.65 ? (CustodyState.UnderProsecution, 4) : u < 0.90 ? (CustodyState.Released, 0) : null,
                CustodyState.UnderProsecution => u < 0.65 ? (CustodyState.Convicted, 4) : u < 0.90 ? (CustodyState.Acquitted, 4) : null,
                CustodyState.Convicted => u < 0.80 ? (CustodyState.Released, 0) : null,
                CustodyState.Acquitted or CustodyState.Released => u < 0.45 ? (CustodyState.AtLarge, 0) : u < 0.70 ? (CustodyState.Repatriated, 2) : null,
                CustodyState.DeceasedReported => u < 0.40 ? (CustodyState.DeceasedConfirmed, 0) : null,
                CustodyState.CitizenshipRevoked => u < 0.50 ? (CustodyState.Stateless, 0) : u < 0.85 ? (CustodyState.Detained, 1) : null,
                CustodyState.Stateless => u < 0.60 ? (CustodyState.Detained, 1) : null,
                _ => null,
            };
            if (step is not { } s)
            {
                break;
            }

            state = s.Next;
            entry = s.Kind switch
            {
                1 => Entry(state, day, _rng.Pick(Authorities), _rng.Pick(Places), CountryCode.Of(_rng.Pick(HoldingCountries))),
                2 => Entry(state, day, null, null, home),
                3 => Entry(state, day, null, null, home),
                4 => Entry(state, day, _rng.Pick(Courts), null, home),
                _ => Entry(state, day, null, null, null),
            };
        }

        return history.ToImmutable();
    }

    private CustodyStatus Entry(CustodyState state, DateOnly day, string? authority, string? place, CountryCode? country)
    {
        double u = _rng.NextDouble();
        PartialDate since = u < 0.25 ? PartialDate.OfYear(day.Year) : u < 0.65 ? PartialDate.OfYearMonth(day.Year, day.Month) : PartialDate.Of(day);
        return new CustodyStatus(state, since) { Authority = authority, Place = place, Country = country, Source = "synthetic" };
    }
}
