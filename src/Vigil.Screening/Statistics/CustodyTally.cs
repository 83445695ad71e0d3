using System.Collections.Immutable;
using Vigil.Domain;

namespace Vigil.Screening.Statistics;

/// <summary>A number of subjects that agree on everything a count at one day reads of them: their list, listing
/// category, nationalities, and the custody entry in effect on that day.</summary>
/// <remarks>What a store hands over for a count at one day: a few thousand tallies, the counting done by the database,
/// instead of a hundred thousand records. Grouping identical values cannot change a count, so
/// <see cref="CustodyStatistics"/> still decides every rule (groups, missing values, order).</remarks>
/// <param name="ListName">The list.</param>
/// <param name="Category">The listing category the subjects have now.</param>
/// <param name="Nationalities">Their nationalities (empty when the store was not asked to read them).</param>
/// <param name="InEffect">The entry in effect on the day, of which only the state, authority, place and country are
/// kept; null when no entry has taken effect yet.</param>
/// <param name="Subjects">How many subjects the tally stands for.</param>
public sealed record CustodyTally(string ListName, ListingCategory Category, ImmutableArray<CountryCode> Nationalities, CustodyStatus? InEffect, int Subjects);
