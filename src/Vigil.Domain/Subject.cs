using System.Collections.Immutable;

namespace Vigil.Domain;

/// <summary>A listed person or organization: one entry of a watch list.</summary>
/// <remarks>
/// <see cref="Id"/> is Vigil's own identifier (see <see cref="SubjectId"/>); the list's identifier is
/// <see cref="Listing.SourceId"/>. The first name in <see cref="Names"/> with quality
/// <see cref="NameQuality.Primary"/> is the primary name. Collections keep the order the list gives.
/// </remarks>
/// <param name="Id">Vigil's identifier.</param>
/// <param name="Kind">Person, organization, vessel or aircraft.</param>
/// <param name="Listing">Which list, why, and from which file.</param>
public sealed record Subject(SubjectId Id, SubjectKind Kind, Listing Listing)
{
    /// <summary>Every name: primary, aliases, original script.</summary>
    public ImmutableArray<PersonName> Names { get; init; } = [];

    /// <summary>Dates of birth; several when the list gives several.</summary>
    public ImmutableArray<DateOfBirth> DatesOfBirth { get; init; } = [];

    /// <summary>Places of birth.</summary>
    public ImmutableArray<PlaceOfBirth> PlacesOfBirth { get; init; } = [];

    /// <summary>Nationalities and citizenships.</summary>
    public ImmutableArray<CountryCode> Nationalities { get; init; } = [];

    /// <summary>Gender.</summary>
    public Gender Gender { get; init; }

    /// <summary>Identity and travel documents.</summary>
    public ImmutableArray<TravelDocument> Documents { get; init; } = [];

    /// <summary>Addresses.</summary>
    public ImmutableArray<Address> Addresses { get; init; } = [];

    /// <summary>Titles and designations ("Colonel", "Amir").</summary>
    public ImmutableArray<string> Titles { get; init; } = [];

    /// <summary>Free text remarks of the list.</summary>
    public string? Remarks { get; init; }

    /// <summary>Custody and legal status history, oldest first; empty when nothing is known.</summary>
    public ImmutableArray<CustodyStatus> CustodyHistory { get; init; } = [];

    /// <summary>The relations recorded on this subject (its spouse, children, associates...), in the order given;
    /// relations recorded on other subjects that name this one are not here (see <see cref="SubjectRelation"/>).</summary>
    public ImmutableArray<SubjectRelation> Relations { get; init; } = [];

    /// <summary>The primary name, or the first name when none is marked primary.</summary>
    public PersonName? PrimaryName
    {
        get
        {
            foreach (PersonName name in Names)
            {
                if (name.Quality == NameQuality.Primary)
                {
                    return name;
                }
            }

            return Names.IsDefaultOrEmpty ? null : Names[0];
        }
    }

    /// <summary>The current custody status: the latest entry of the history.</summary>
    public CustodyState CurrentCustody => CustodyHistory.IsDefaultOrEmpty ? CustodyState.Unknown : CustodyHistory[^1].State;
}
