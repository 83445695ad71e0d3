using System.Collections.Immutable;
using Vigil.Domain;

namespace Vigil.Testing;

/// <summary>Builds subjects for tests: a person on a no-board listing with one primary name, unless told otherwise.</summary>
/// <remarks>The id is derived from the list and source id, as importers derive it.</remarks>
public sealed class SubjectBuilder
{
    private readonly string _listName;
    private readonly string _sourceId;
    private readonly List<PersonName> _names = [];
    private readonly List<DateOfBirth> _datesOfBirth = [];
    private readonly List<CountryCode> _nationalities = [];
    private readonly List<TravelDocument> _documents = [];
    private readonly List<string> _programmes = [];
    private readonly List<CustodyStatus> _custody = [];
    private readonly List<SubjectRelation> _relations = [];
    private SubjectKind _kind = SubjectKind.Person;
    private ListingCategory _category = ListingCategory.NoBoard;
    private Gender _gender;
    private string? _remarks;
    private Provenance? _provenance;

    /// <summary>Starts a subject of <paramref name="listName"/> with the list's own id <paramref name="sourceId"/>.</summary>
    public SubjectBuilder(string listName, string sourceId)
    {
        _listName = listName;
        _sourceId = sourceId;
    }

    /// <summary>Starts a subject of list <c>test</c>.</summary>
    public static SubjectBuilder For(string sourceId, string listName = "test") => new(listName, sourceId);

    public SubjectBuilder Kind(SubjectKind kind)
    {
        _kind = kind;
        return this;
    }

    public SubjectBuilder Category(ListingCategory category)
    {
        _category = category;
        return this;
    }

    /// <summary>Adds a name; the first one added is primary unless a quality is given.</summary>
    public SubjectBuilder Name(string full, NameQuality? quality = null)
    {
        _names.Add(PersonName.Whole(full, quality ?? (_names.Count == 0 ? NameQuality.Primary : NameQuality.StrongAlias)));
        return this;
    }

    public SubjectBuilder BornOn(PartialDate date)
    {
        _datesOfBirth.Add(DateOfBirth.On(date));
        return this;
    }

    public SubjectBuilder Nationality(string code)
    {
        _nationalities.Add(CountryCode.Of(code));
        return this;
    }

    public SubjectBuilder Gender(Gender gender)
    {
        _gender = gender;
        return this;
    }

    public SubjectBuilder Passport(string number, string? country = null) => Document(DocumentType.Passport, number, country);

    public SubjectBuilder Document(DocumentType type, string number, string? country = null)
    {
        _documents.Add(new TravelDocument(type, number, country is null ? null : CountryCode.Of(country)));
        return this;
    }

    public SubjectBuilder Programme(string programme)
    {
        _programmes.Add(programme);
        return this;
    }

    public SubjectBuilder Remarks(string? remarks)
    {
        _remarks = remarks;
        return this;
    }

    /// <summary>Adds a custody entry as a list file gives it (not manual, no record-keeping).</summary>
    public SubjectBuilder Custody(CustodyState state, PartialDate since = default, string? place = null)
    {
        _custody.Add(new CustodyStatus(state, since) { Place = place });
        return this;
    }

    /// <summary>Adds a custody entry as made by hand in Vigil.</summary>
    public SubjectBuilder ManualCustody(CustodyState state, PartialDate since, DateTimeOffset recordedAt, string recordedBy)
    {
        _custody.Add(new CustodyStatus(state, since) { RecordedAt = recordedAt, RecordedBy = recordedBy, IsManual = true });
        return this;
    }

    /// <summary>Adds a relation as a list file gives it: <paramref name="relativeSourceId"/> of <paramref name="relativeList"/>
    /// (default: the subject's own list) is this subject's <paramref name="type"/>.</summary>
    public SubjectBuilder Related(RelationType type, string relativeSourceId, string? relativeList = null, PartialDate since = default)
    {
        _relations.Add(SubjectRelation.To(type, relativeList ?? _listName, relativeSourceId) with { Since = since });
        return this;
    }

    public SubjectBuilder From(Provenance provenance)
    {
        _provenance = provenance;
        return this;
    }

    public Subject Build()
    {
        ImmutableArray<PersonName> names = _names.Count == 0
            ? [PersonName.Whole($"Subject {_sourceId}", NameQuality.Primary)]
            : [.. _names];
        return new Subject(SubjectId.For(_listName, _sourceId), _kind, new Listing(_listName, _sourceId, _category)
        {
            Programmes = [.. _programmes],
            Provenance = _provenance,
        })
        {
            Names = names,
            DatesOfBirth = [.. _datesOfBirth],
            Nationalities = [.. _nationalities],
            Gender = _gender,
            Relations = [.. _relations],
            Documents = [.. _documents],
            Remarks = _remarks,
            CustodyHistory = [.. _custody],
        };
    }
}
