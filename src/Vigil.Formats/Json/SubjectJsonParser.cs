using System.Collections.Immutable;
using System.Text;
using System.Text.Json;
using Vigil.Domain;
using Vigil.Formats.Diagnostics;
using Vigil.Formats.Lists;

namespace Vigil.Formats.Json;

/// <summary>Reads one JSON subject with <see cref="Utf8JsonReader"/>, reporting every problem with its JSON path.</summary>
/// <remarks>
/// Two forms share this code: the stored form written by <see cref="SubjectJson"/> (Vigil id, list name, provenance
/// and custody record-keeping fields are read) and a <c>vigil-jsonl</c> line (the list's <c>id</c>; the Vigil id,
/// list name and provenance come from the import). Not thread-safe: one instance per reader or thread.
/// </remarks>
internal sealed class SubjectJsonParser
{
    private const int SharedTextLimit = 200_000;
    private readonly Dictionary<string, string> _shared = new(StringComparer.Ordinal);

    private static readonly string CustodyAllowed = string.Join(", ", CustodyStates.All.Select(n => "'" + n + "'"));

    private const string PartialDateForm = "YYYY, YYYY-MM or YYYY-MM-DD, optionally prefixed with '~'";
    private const string DateOfBirthForm = "YYYY, YYYY-MM or YYYY-MM-DD, optionally prefixed with '~', or a range FROM..UNTIL";

    private readonly bool _listLine;
    private readonly string _listName;
    private readonly ListingCategory _defaultCategory;
    private readonly Provenance? _provenance;
    private readonly string? _source;
    private readonly JsonPathBuilder _path = new();
    private readonly List<(Diagnostic Diagnostic, long ByteOffset)> _pending = [];
    private readonly ItemReader<PersonName> _readName;
    private readonly ItemReader<DateOfBirth> _readDateOfBirth;
    private readonly ItemReader<PlaceOfBirth> _readPlaceOfBirth;
    private readonly ItemReader<CountryCode> _readCountry;
    private readonly ItemReader<TravelDocument> _readDocument;
    private readonly ItemReader<Address> _readAddress;
    private readonly ItemReader<string> _readText;
    private readonly ItemReader<CustodyStatus> _readCustody;
    private readonly ItemReader<SubjectRelation> _readRelation;
    private readonly List<(int Index, string Text, long ByteOffset, string Field)> _pendingReferences = [];
    private int? _line;
    private int _errors;

    private SubjectJsonParser(bool listLine, string listName, ListingCategory defaultCategory, Provenance? provenance, string? source)
    {
        _listLine = listLine;
        _listName = listName;
        _defaultCategory = defaultCategory;
        _provenance = provenance;
        _source = source;
        _readName = ReadName;
        _readDateOfBirth = ReadDateOfBirth;
        _readPlaceOfBirth = ReadPlaceOfBirth;
        _readCountry = ReadCountryItem;
        _readDocument = ReadDocument;
        _readAddress = ReadAddress;
        _readText = ReadTextItem;
        _readCustody = ReadCustody;
        _readRelation = ReadRelation;
    }

    private delegate bool ItemReader<T>(ref Utf8JsonReader reader, int index, out T item);

    /// <summary>The list's id found by the last <see cref="Parse"/>, or null.</summary>
    public string? SourceId { get; private set; }

    /// <summary>The byte offset, in the last parsed input, of the value of <see cref="SourceId"/>.</summary>
    public long SourceIdOffset { get; private set; }

    /// <summary>The relatives named by the relations of the last parsed list line, as the line writes them
    /// (<c>ID</c> or <c>LIST:ID</c>), with the index of the relation and where the name is. Empty for the stored form,
    /// whose relations carry the relative's list and id.</summary>
    public List<(int Index, string Text, SourcePosition Position)> References { get; } = [];

    /// <summary>A parser of the stored form.</summary>
    public static SubjectJsonParser ForStored() => new(false, string.Empty, ListingCategory.NoBoard, null, null);

    /// <summary>A parser of <c>vigil-jsonl</c> lines.</summary>
    public static SubjectJsonParser ForListLines(ListReadOptions options) =>
        new(true, options.ListName, options.DefaultCategory, options.Provenance, options.SourceName);

    /// <summary>The column, from 1 in UTF-16 characters, of a byte offset within a line of UTF-8.</summary>
    public static int ColumnOf(ReadOnlySpan<byte> line, long byteOffset)
    {
        int end = (int)Math.Clamp(byteOffset, 0, line.Length);
        return Encoding.UTF8.GetCharCount(line[..end]) + 1;
    }

    /// <summary>Reads one subject from <paramref name="json"/>, adding every problem to <paramref name="diagnostics"/>.</summary>
    /// <returns>The subject, or null when there was at least one error.</returns>
    public Subject? Parse(ReadOnlySpan<byte> json, int? line, List<Diagnostic> diagnostics)
    {
        _path.Clear();
        _pending.Clear();
        _pendingReferences.Clear();
        References.Clear();
        _errors = 0;
        _line = line;
        SourceId = null;
        SourceIdOffset = 0;
        Subject? subject = null;
        Utf8JsonReader reader = new(json, new JsonReaderOptions { MaxDepth = 64 });
        try
        {
            subject = ReadSubject(ref reader);

            // Reading on to the end makes the reader reject anything after the object.
            while (reader.Read())
            {
            }
        }
        catch (JsonException e)
        {
            AddError(VigilJsonlDiagnostics.InvalidJson(Here(), Describe(e)), e.BytePositionInLine ?? reader.BytesConsumed);
        }
        catch (InvalidOperationException e)
        {
            // Utf8JsonReader.GetString throws this for text that is not valid UTF-8.
            AddError(VigilJsonlDiagnostics.InvalidJson(Here(), e.Message), reader.TokenStartIndex);
        }

        foreach ((Diagnostic diagnostic, long offset) in _pending)
        {
            diagnostics.Add(diagnostic with { Position = diagnostic.Position with { Column = ColumnOf(json, offset) } });
        }

        foreach ((int index, string text, long offset, string field) in _pendingReferences)
        {
            References.Add((index, text, At(field) with { Column = ColumnOf(json, offset) }));
        }

        return _errors == 0 ? subject : null;
    }

    private Subject? ReadSubject(ref Utf8JsonReader reader)
    {
        if (!reader.Read())
        {
            AddError(VigilJsonlDiagnostics.NotAnObject(Here(), "nothing"), 0);
            return null;
        }

        if (reader.TokenType != JsonTokenType.StartObject)
        {
            AddError(VigilJsonlDiagnostics.NotAnObject(Here(), Describe(reader.TokenType)), reader.TokenStartIndex);
            reader.Skip();
            return null;
        }

        long start = reader.TokenStartIndex;
        string? id = null, sourceId = null, subjectId = null, listName = null, reason = null, remarks = null;
        long idOffset = start, sourceIdOffset = start;
        bool idBad = false, sourceIdBad = false, subjectIdBad = false, listNameBad = false, categoryBad = false, namesSeen = false, namesBad = false;
        long namesOffset = start;
        SubjectKind? kind = null;
        ListingCategory? category = null;
        Gender? gender = null;
        PartialDate listedOn = default;
        Provenance? provenance = null;
        ImmutableArray<string> programmes = [], titles = [];
        ImmutableArray<PersonName> names = [];
        ImmutableArray<DateOfBirth> datesOfBirth = [];
        ImmutableArray<PlaceOfBirth> placesOfBirth = [];
        ImmutableArray<CountryCode> nationalities = [];
        ImmutableArray<TravelDocument> documents = [];
        ImmutableArray<Address> addresses = [];
        ImmutableArray<CustodyStatus> custody = [];
        ImmutableArray<SubjectRelation> relations = [];

        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (_listLine && reader.ValueTextEquals("id"u8))
            {
                Enter(ref reader, "id");
                idOffset = reader.TokenStartIndex;
                idBad = !TryReadText(ref reader, "id", out id);
                _path.Pop();
            }
            else if (reader.ValueTextEquals("sourceId"u8))
            {
                Enter(ref reader, "sourceId");
                sourceIdOffset = reader.TokenStartIndex;
                sourceIdBad = !TryReadText(ref reader, "sourceId", out sourceId);
                _path.Pop();
            }
            else if (reader.ValueTextEquals("subjectId"u8))
            {
                if (_listLine)
                {
                    SkipValue(ref reader);
                    continue;
                }

                Enter(ref reader, "subjectId");
                subjectIdBad = !TryReadText(ref reader, "subjectId", out subjectId);
                _path.Pop();
            }
            else if (reader.ValueTextEquals("list"u8))
            {
                if (_listLine)
                {
                    SkipValue(ref reader);
                    continue;
                }

                Enter(ref reader, "list");
                listNameBad = !TryReadText(ref reader, "list", out listName);
                _path.Pop();
            }
            else if (reader.ValueTextEquals("provenance"u8))
            {
                if (_listLine)
                {
                    SkipValue(ref reader);
                    continue;
                }

                Enter(ref reader, "provenance");
                provenance = ReadProvenance(ref reader);
                _path.Pop();
            }
            else if (reader.ValueTextEquals("kind"u8))
            {
                Enter(ref reader, "kind");
                TryReadEnum(ref reader, JsonNames.Kinds, "subject kind", out kind);
                _path.Pop();
            }
            else if (reader.ValueTextEquals("category"u8))
            {
                Enter(ref reader, "category");
                categoryBad = !TryReadEnum(ref reader, JsonNames.Categories, "listing category", out category);
                _path.Pop();
            }
            else if (reader.ValueTextEquals("programmes"u8))
            {
                Enter(ref reader, "programmes");
                programmes = ReadArray(ref reader, _readText);
                _path.Pop();
            }
            else if (reader.ValueTextEquals("reason"u8))
            {
                Enter(ref reader, "reason");
                TryReadString(ref reader, out reason);
                _path.Pop();
            }
            else if (reader.ValueTextEquals("listedOn"u8))
            {
                Enter(ref reader, "listedOn");
                TryReadPartialDate(ref reader, out listedOn);
                _path.Pop();
            }
            else if (reader.ValueTextEquals("names"u8))
            {
                Enter(ref reader, "names");
                namesSeen = reader.TokenType != JsonTokenType.Null;
                namesOffset = reader.TokenStartIndex;
                int errorsBefore = _errors;
                names = ReadArray(ref reader, _readName);
                namesBad = _errors != errorsBefore;
                _path.Pop();
            }
            else if (reader.ValueTextEquals("datesOfBirth"u8))
            {
                Enter(ref reader, "datesOfBirth");
                datesOfBirth = ReadArray(ref reader, _readDateOfBirth);
                _path.Pop();
            }
            else if (reader.ValueTextEquals("placesOfBirth"u8))
            {
                Enter(ref reader, "placesOfBirth");
                placesOfBirth = ReadArray(ref reader, _readPlaceOfBirth);
                _path.Pop();
            }
            else if (reader.ValueTextEquals("nationalities"u8))
            {
                Enter(ref reader, "nationalities");
                nationalities = ReadArray(ref reader, _readCountry);
                _path.Pop();
            }
            else if (reader.ValueTextEquals("gender"u8))
            {
                Enter(ref reader, "gender");
                TryReadEnum(ref reader, JsonNames.Genders, "gender", out gender);
                _path.Pop();
            }
            else if (reader.ValueTextEquals("documents"u8))
            {
                Enter(ref reader, "documents");
                documents = ReadArray(ref reader, _readDocument);
                _path.Pop();
            }
            else if (reader.ValueTextEquals("addresses"u8))
            {
                Enter(ref reader, "addresses");
                addresses = ReadArray(ref reader, _readAddress);
                _path.Pop();
            }
            else if (reader.ValueTextEquals("titles"u8))
            {
                Enter(ref reader, "titles");
                titles = ReadArray(ref reader, _readText);
                _path.Pop();
            }
            else if (reader.ValueTextEquals("remarks"u8))
            {
                Enter(ref reader, "remarks");
                TryReadString(ref reader, out remarks);
                _path.Pop();
            }
            else if (reader.ValueTextEquals("custody"u8))
            {
                Enter(ref reader, "custody");
                custody = ReadArray(ref reader, _readCustody);
                _path.Pop();
            }
            else if (reader.ValueTextEquals("relations"u8))
            {
                Enter(ref reader, "relations");
                relations = ReadArray(ref reader, _readRelation);
                _path.Pop();
            }
            else
            {
                SkipUnknown(ref reader);
            }
        }

        // A vigil-jsonl line names the list's id "id" and accepts "sourceId", the stored form's name, as an alias.
        if (_listLine && id is null && !idBad)
        {
            (id, idOffset, idBad) = (sourceId, sourceIdOffset, sourceIdBad);
        }
        else if (!_listLine)
        {
            (id, idOffset, idBad) = (sourceId, sourceIdOffset, sourceIdBad);
        }

        SourceId = id;
        SourceIdOffset = idOffset;
        if (id is null && !idBad)
        {
            AddError(
                _listLine
                    ? VigilJsonlDiagnostics.MissingId(At("$.id"))
                    : VigilJsonlDiagnostics.MissingProperty(At("$.sourceId"), "sourceId"),
                start);
        }

        if (_listLine)
        {
            if (!namesSeen)
            {
                AddError(VigilJsonlDiagnostics.MissingProperty(At("$.names"), "names"), start);
            }
            else if (names.IsEmpty && !namesBad)
            {
                AddError(VigilJsonlDiagnostics.NoNames(At("$.names")), namesOffset);
            }
        }
        else
        {
            if (subjectId is null && !subjectIdBad)
            {
                AddError(VigilJsonlDiagnostics.MissingProperty(At("$.subjectId"), "subjectId"), start);
            }

            if (listName is null && !listNameBad)
            {
                AddError(VigilJsonlDiagnostics.MissingProperty(At("$.list"), "list"), start);
            }

            if (category is null && !categoryBad)
            {
                AddError(VigilJsonlDiagnostics.MissingProperty(At("$.category"), "category"), start);
            }
        }

        if (_errors > 0 || id is null)
        {
            return null;
        }

        if (_listLine)
        {
            listName = _listName;
            provenance = _provenance;
        }

        Listing listing = new(listName!, id, category ?? _defaultCategory)
        {
            Programmes = programmes,
            Reason = reason,
            ListedOn = listedOn,
            Provenance = provenance,
        };
        return new Subject(_listLine ? Domain.SubjectId.For(listName!, id) : Domain.SubjectId.FromStored(subjectId!), kind ?? SubjectKind.Person, listing)
        {
            Names = names,
            DatesOfBirth = datesOfBirth,
            PlacesOfBirth = placesOfBirth,
            Nationalities = nationalities,
            Gender = gender ?? Gender.Unknown,
            Documents = documents,
            Addresses = addresses,
            Titles = titles,
            Remarks = remarks,
            CustodyHistory = custody,
            Relations = relations,
        };
    }

    private bool ReadName(ref Utf8JsonReader reader, int index, out PersonName item)
    {
        item = null!;
        if (!ExpectObject(ref reader))
        {
            return false;
        }

        long start = reader.TokenStartIndex;
        string? full = null, given = null, family = null, patronymic = null, note = null;
        bool fullBad = false;
        NameScript? script = null;
        NameQuality? quality = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("full"u8))
            {
                Enter(ref reader, "full");
                fullBad = !TryReadText(ref reader, "full", out full);
                _path.Pop();
            }
            else if (reader.ValueTextEquals("given"u8))
            {
                ReadStringProperty(ref reader, "given", out given);
            }
            else if (reader.ValueTextEquals("family"u8))
            {
                ReadStringProperty(ref reader, "family", out family);
            }
            else if (reader.ValueTextEquals("patronymic"u8))
            {
                ReadStringProperty(ref reader, "patronymic", out patronymic);
            }
            else if (reader.ValueTextEquals("note"u8))
            {
                ReadStringProperty(ref reader, "note", out note);
            }
            else if (reader.ValueTextEquals("script"u8))
            {
                Enter(ref reader, "script");
                TryReadEnum(ref reader, JsonNames.Scripts, "name script", out script);
                _path.Pop();
            }
            else if (reader.ValueTextEquals("quality"u8))
            {
                Enter(ref reader, "quality");
                TryReadEnum(ref reader, JsonNames.Qualities, "name quality", out quality);
                _path.Pop();
            }
            else
            {
                SkipUnknown(ref reader);
            }
        }

        if (full is null)
        {
            if (!fullBad)
            {
                AddError(VigilJsonlDiagnostics.MissingProperty(At(_path.Child("full")), "full"), start);
            }

            return false;
        }

        item = new PersonName(
            full,
            given,
            family,
            patronymic,
            script ?? NameScripts.Detect(full),
            quality ?? (index == 0 ? NameQuality.Primary : NameQuality.StrongAlias))
        {
            Note = note,
        };
        return true;
    }

    private bool ReadDateOfBirth(ref Utf8JsonReader reader, int index, out DateOfBirth item)
    {
        item = default;
        if (reader.TokenType != JsonTokenType.String)
        {
            WrongType(ref reader, "a date string");
            return false;
        }

        string text = reader.GetString()!;
        if (!DateOfBirth.TryParse(text, out item))
        {
            AddError(VigilJsonlDiagnostics.InvalidDate(Here(), text, DateOfBirthForm), reader.TokenStartIndex);
            return false;
        }

        return true;
    }

    private bool ReadPlaceOfBirth(ref Utf8JsonReader reader, int index, out PlaceOfBirth item)
    {
        item = null!;
        if (!ExpectObject(ref reader))
        {
            return false;
        }

        long start = reader.TokenStartIndex;
        string? text = null, city = null, region = null;
        bool textBad = false;
        CountryCode? country = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("text"u8))
            {
                Enter(ref reader, "text");
                textBad = !TryReadText(ref reader, "text", out text);
                _path.Pop();
            }
            else if (reader.ValueTextEquals("city"u8))
            {
                ReadStringProperty(ref reader, "city", out city);
            }
            else if (reader.ValueTextEquals("region"u8))
            {
                ReadStringProperty(ref reader, "region", out region);
            }
            else if (reader.ValueTextEquals("country"u8))
            {
                ReadCountryProperty(ref reader, out country);
            }
            else
            {
                SkipUnknown(ref reader);
            }
        }

        if (text is null)
        {
            if (!textBad)
            {
                AddError(VigilJsonlDiagnostics.MissingProperty(At(_path.Child("text")), "text"), start);
            }

            return false;
        }

        item = new PlaceOfBirth(text) { City = city, Region = region, Country = country };
        return true;
    }

    private bool ReadCountryItem(ref Utf8JsonReader reader, int index, out CountryCode item)
    {
        item = default;
        if (reader.TokenType != JsonTokenType.String)
        {
            WrongType(ref reader, "a country code string");
            return false;
        }

        return TryReadCountry(ref reader, out item);
    }

    private bool ReadDocument(ref Utf8JsonReader reader, int index, out TravelDocument item)
    {
        item = null!;
        if (!ExpectObject(ref reader))
        {
            return false;
        }

        long start = reader.TokenStartIndex;
        DocumentType? type = null;
        string? number = null, typeText = null, note = null;
        bool numberBad = false;
        CountryCode? country = null;
        PartialDate issued = default, expires = default;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("type"u8))
            {
                Enter(ref reader, "type");
                TryReadEnum(ref reader, JsonNames.DocumentTypes, "document type", out type);
                _path.Pop();
            }
            else if (reader.ValueTextEquals("number"u8))
            {
                Enter(ref reader, "number");
                numberBad = !TryReadText(ref reader, "number", out number);
                _path.Pop();
            }
            else if (reader.ValueTextEquals("country"u8))
            {
                ReadCountryProperty(ref reader, out country);
            }
            else if (reader.ValueTextEquals("issued"u8))
            {
                Enter(ref reader, "issued");
                TryReadPartialDate(ref reader, out issued);
                _path.Pop();
            }
            else if (reader.ValueTextEquals("expires"u8))
            {
                Enter(ref reader, "expires");
                TryReadPartialDate(ref reader, out expires);
                _path.Pop();
            }
            else if (reader.ValueTextEquals("typeText"u8))
            {
                ReadStringProperty(ref reader, "typeText", out typeText);
            }
            else if (reader.ValueTextEquals("note"u8))
            {
                ReadStringProperty(ref reader, "note", out note);
            }
            else
            {
                SkipUnknown(ref reader);
            }
        }

        if (number is null)
        {
            if (!numberBad)
            {
                AddError(VigilJsonlDiagnostics.MissingProperty(At(_path.Child("number")), "number"), start);
            }

            return false;
        }

        // A number field holding text ("Libyan passport No. 512345") gives the number read out of it, and the text is
        // kept in the note. One object is one document: a text listing several numbers keeps only the first, and the
        // others stay in the note (a writer gives several documents as several objects).
        DocumentNumberReading reading = DocumentNumberText.Read(number)[0];
        if (reading.IsReadOutOfText)
        {
            note = note is null ? number.Trim() : number.Trim() + "; " + note;
        }

        item = new TravelDocument(type ?? DocumentType.Other, reading.Number, country ?? reading.Country)
        {
            IssuedOn = issued,
            ExpiresOn = expires,
            TypeText = typeText,
            Note = note,
        };
        return true;
    }

    private bool ReadAddress(ref Utf8JsonReader reader, int index, out Address item)
    {
        item = null!;
        if (!ExpectObject(ref reader))
        {
            return false;
        }

        string? street = null, city = null, region = null, postalCode = null, countryText = null, note = null;
        CountryCode? country = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("street"u8))
            {
                ReadStringProperty(ref reader, "street", out street);
            }
            else if (reader.ValueTextEquals("city"u8))
            {
                ReadStringProperty(ref reader, "city", out city);
            }
            else if (reader.ValueTextEquals("region"u8))
            {
                ReadStringProperty(ref reader, "region", out region);
            }
            else if (reader.ValueTextEquals("postalCode"u8))
            {
                ReadStringProperty(ref reader, "postalCode", out postalCode);
            }
            else if (reader.ValueTextEquals("country"u8))
            {
                ReadCountryProperty(ref reader, out country);
            }
            else if (reader.ValueTextEquals("countryText"u8))
            {
                ReadStringProperty(ref reader, "countryText", out countryText);
            }
            else if (reader.ValueTextEquals("note"u8))
            {
                ReadStringProperty(ref reader, "note", out note);
            }
            else
            {
                SkipUnknown(ref reader);
            }
        }

        item = new Address
        {
            Street = street,
            City = city,
            Region = region,
            PostalCode = postalCode,
            Country = country,
            CountryText = countryText,
            Note = note,
        };
        return true;
    }

    private bool ReadTextItem(ref Utf8JsonReader reader, int index, out string item)
    {
        item = null!;
        if (reader.TokenType != JsonTokenType.String)
        {
            WrongType(ref reader, "a string");
            return false;
        }

        item = reader.GetString()!;
        return true;
    }

    private bool ReadCustody(ref Utf8JsonReader reader, int index, out CustodyStatus item)
    {
        item = null!;
        if (!ExpectObject(ref reader))
        {
            return false;
        }

        long start = reader.TokenStartIndex;
        CustodyState? state = null;
        bool statusBad = false, manual = false;
        PartialDate since = default;
        string? authority = null, place = null, source = null, note = null, recordedBy = null;
        CountryCode? country = null;
        DateTimeOffset recordedAt = _provenance?.ImportedAt ?? default;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("status"u8))
            {
                Enter(ref reader, "status");
                statusBad = !TryReadCustodyState(ref reader, out state);
                _path.Pop();
            }
            else if (reader.ValueTextEquals("since"u8))
            {
                Enter(ref reader, "since");
                TryReadPartialDate(ref reader, out since);
                _path.Pop();
            }
            else if (reader.ValueTextEquals("authority"u8))
            {
                ReadStringProperty(ref reader, "authority", out authority);
            }
            else if (reader.ValueTextEquals("place"u8))
            {
                ReadStringProperty(ref reader, "place", out place);
            }
            else if (reader.ValueTextEquals("country"u8))
            {
                ReadCountryProperty(ref reader, out country);
            }
            else if (reader.ValueTextEquals("source"u8))
            {
                ReadStringProperty(ref reader, "source", out source);
            }
            else if (reader.ValueTextEquals("note"u8))
            {
                ReadStringProperty(ref reader, "note", out note);
            }
            else if (reader.ValueTextEquals("recordedAt"u8) || reader.ValueTextEquals("recordedBy"u8) || reader.ValueTextEquals("manual"u8))
            {
                ReadRecordKeeping(ref reader, ref recordedAt, ref recordedBy, ref manual);
            }
            else
            {
                SkipUnknown(ref reader);
            }
        }

        if (state is null)
        {
            if (!statusBad)
            {
                AddError(VigilJsonlDiagnostics.MissingProperty(At(_path.Child("status")), "status"), start);
            }

            return false;
        }

        item = new CustodyStatus(state.Value, since)
        {
            Authority = authority,
            Place = place,
            Country = country,
            Source = source,
            Note = note,
            RecordedAt = recordedAt,
            RecordedBy = recordedBy,
            IsManual = manual,
        };
        return true;
    }

    private bool ReadRelation(ref Utf8JsonReader reader, int index, out SubjectRelation item)
    {
        item = null!;
        if (!ExpectObject(ref reader))
        {
            return false;
        }

        long start = reader.TokenStartIndex;
        RelationType? type = null;
        bool typeBad = false, subjectBad = false, manual = false;
        PartialDate since = default;
        string? subject = null, relativeId = null, relativeList = null, relativeSourceId = null, source = null, note = null, recordedBy = null;
        long subjectOffset = start;
        DateTimeOffset recordedAt = _provenance?.ImportedAt ?? default;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("type"u8))
            {
                Enter(ref reader, "type");
                typeBad = !TryReadEnum(ref reader, JsonNames.RelationTypeNames, "relation type", out type);
                _path.Pop();
            }
            else if (reader.ValueTextEquals("subject"u8))
            {
                Enter(ref reader, "subject");
                subjectOffset = reader.TokenStartIndex;
                subjectBad = !TryReadText(ref reader, "subject", out subject);
                _path.Pop();
            }
            else if (reader.ValueTextEquals("subjectId"u8) || reader.ValueTextEquals("list"u8) || reader.ValueTextEquals("sourceId"u8))
            {
                if (_listLine)
                {
                    // A list line names the relative by "subject"; the stored form's fields are the import's business.
                    SkipValue(ref reader);
                }
                else if (reader.ValueTextEquals("subjectId"u8))
                {
                    ReadStringProperty(ref reader, "subjectId", out relativeId);
                }
                else if (reader.ValueTextEquals("list"u8))
                {
                    ReadStringProperty(ref reader, "list", out relativeList);
                }
                else
                {
                    ReadStringProperty(ref reader, "sourceId", out relativeSourceId);
                }
            }
            else if (reader.ValueTextEquals("since"u8))
            {
                Enter(ref reader, "since");
                TryReadPartialDate(ref reader, out since);
                _path.Pop();
            }
            else if (reader.ValueTextEquals("source"u8))
            {
                ReadStringProperty(ref reader, "source", out source);
            }
            else if (reader.ValueTextEquals("note"u8))
            {
                ReadStringProperty(ref reader, "note", out note);
            }
            else if (reader.ValueTextEquals("recordedAt"u8) || reader.ValueTextEquals("recordedBy"u8) || reader.ValueTextEquals("manual"u8))
            {
                ReadRecordKeeping(ref reader, ref recordedAt, ref recordedBy, ref manual);
            }
            else
            {
                SkipUnknown(ref reader);
            }
        }

        if (type is null && !typeBad)
        {
            AddError(VigilJsonlDiagnostics.MissingProperty(At(_path.Child("type")), "type"), start);
        }

        SubjectRelation? relation = null;
        if (_listLine)
        {
            if (subject is null && !subjectBad)
            {
                AddError(VigilJsonlDiagnostics.MissingProperty(At(_path.Child("subject")), "subject"), start);
            }
            else if (subject is not null && type is { } listType)
            {
                // Taken as an id of the same list until the whole file is read: the reader resolves LIST:ID then.
                relation = SubjectRelation.To(listType, _listName, subject);
                _pendingReferences.Add((index, subject, subjectOffset, _path.Child("subject")));
            }
        }
        else
        {
            if (relativeList is null || relativeSourceId is null)
            {
                AddError(VigilJsonlDiagnostics.MissingProperty(At(_path.Child(relativeList is null ? "list" : "sourceId")), relativeList is null ? "list" : "sourceId"), start);
            }
            else if (type is { } storedType)
            {
                relation = new SubjectRelation(
                    storedType,
                    relativeId is null ? Domain.SubjectId.For(relativeList, relativeSourceId) : Domain.SubjectId.FromStored(relativeId),
                    relativeList,
                    relativeSourceId);
            }
        }

        if (relation is null)
        {
            return false;
        }

        item = relation with
        {
            Since = since,
            Source = source,
            Note = note,
            RecordedAt = recordedAt,
            RecordedBy = recordedBy,
            IsManual = manual,
        };
        return true;
    }

    /// <summary>Reads <c>recordedAt</c>, <c>recordedBy</c> or <c>manual</c> of a custody entry or relation; skips it
    /// in a list file, which states facts: who recorded them in Vigil, and when, is the import's business.</summary>
    private void ReadRecordKeeping(ref Utf8JsonReader reader, ref DateTimeOffset recordedAt, ref string? recordedBy, ref bool manual)
    {
        if (_listLine)
        {
            SkipValue(ref reader);
        }
        else if (reader.ValueTextEquals("recordedAt"u8))
        {
            Enter(ref reader, "recordedAt");
            TryReadTimestamp(ref reader, out recordedAt);
            _path.Pop();
        }
        else if (reader.ValueTextEquals("recordedBy"u8))
        {
            ReadStringProperty(ref reader, "recordedBy", out recordedBy);
        }
        else
        {
            Enter(ref reader, "manual");
            if (reader.TokenType is JsonTokenType.True or JsonTokenType.False)
            {
                manual = reader.GetBoolean();
            }
            else
            {
                WrongType(ref reader, "true or false");
            }

            _path.Pop();
        }
    }

    private Provenance? ReadProvenance(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        if (!ExpectObject(ref reader))
        {
            return null;
        }

        long start = reader.TokenStartIndex;
        string? file = null, sha = null;
        DateTimeOffset importedAt = default;
        bool fileBad = false, shaBad = false, importedAtSeen = false;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("sourceFile"u8))
            {
                Enter(ref reader, "sourceFile");
                fileBad = !TryReadString(ref reader, out file);
                _path.Pop();
            }
            else if (reader.ValueTextEquals("sha256"u8))
            {
                Enter(ref reader, "sha256");
                shaBad = !TryReadString(ref reader, out sha);
                _path.Pop();
            }
            else if (reader.ValueTextEquals("importedAt"u8))
            {
                Enter(ref reader, "importedAt");
                importedAtSeen = true;
                TryReadTimestamp(ref reader, out importedAt);
                _path.Pop();
            }
            else
            {
                SkipUnknown(ref reader);
            }
        }

        if (file is null && !fileBad)
        {
            AddError(VigilJsonlDiagnostics.MissingProperty(At(_path.Child("sourceFile")), "sourceFile"), start);
        }

        if (sha is null && !shaBad)
        {
            AddError(VigilJsonlDiagnostics.MissingProperty(At(_path.Child("sha256")), "sha256"), start);
        }

        if (!importedAtSeen)
        {
            AddError(VigilJsonlDiagnostics.MissingProperty(At(_path.Child("importedAt")), "importedAt"), start);
        }

        return file is null || sha is null ? null : new Provenance(file, sha, importedAt);
    }

    private ImmutableArray<T> ReadArray<T>(ref Utf8JsonReader reader, ItemReader<T> readItem)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return [];
        }

        if (reader.TokenType != JsonTokenType.StartArray)
        {
            WrongType(ref reader, "an array");
            return [];
        }

        ImmutableArray<T>.Builder items = ImmutableArray.CreateBuilder<T>();
        int index = 0;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            _path.PushIndex(index);
            if (readItem(ref reader, index, out T item))
            {
                items.Add(item);
            }

            _path.Pop();
            index++;
        }

        return items.DrainToImmutable();
    }

    private bool ExpectObject(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.StartObject)
        {
            return true;
        }

        WrongType(ref reader, "an object");
        return false;
    }

    private void ReadStringProperty(ref Utf8JsonReader reader, string name, out string? value)
    {
        Enter(ref reader, name);
        TryReadString(ref reader, out value);
        value = Shared(value);
        _path.Pop();
    }

    /// <summary>One instance of each short text read (given names, family names, cities repeat across a list of a
    /// million subjects), up to <see cref="SharedTextLimit"/> distinct texts.</summary>
    private string? Shared(string? value)
    {
        if (value is null || value.Length > 40)
        {
            return value;
        }

        if (_shared.TryGetValue(value, out string? shared))
        {
            return shared;
        }

        if (_shared.Count < SharedTextLimit)
        {
            _shared.Add(value, value);
        }

        return value;
    }

    private void ReadCountryProperty(ref Utf8JsonReader reader, out CountryCode? value)
    {
        Enter(ref reader, "country");
        value = null;
        if (reader.TokenType == JsonTokenType.String)
        {
            if (TryReadCountry(ref reader, out CountryCode code))
            {
                value = code;
            }
        }
        else if (reader.TokenType != JsonTokenType.Null)
        {
            WrongType(ref reader, "a country code string");
        }

        _path.Pop();
    }

    private bool TryReadCountry(ref Utf8JsonReader reader, out CountryCode code)
    {
        string text = reader.GetString()!;
        if (CountryCode.TryCreate(text, out code))
        {
            return true;
        }

        AddError(VigilJsonlDiagnostics.InvalidCountry(Here(), text), reader.TokenStartIndex);
        return false;
    }

    /// <summary>Reads a string or null; reports any other type.</summary>
    private bool TryReadString(ref Utf8JsonReader reader, out string? value)
    {
        value = null;
        switch (reader.TokenType)
        {
            case JsonTokenType.String:
                value = reader.GetString();
                return true;
            case JsonTokenType.Null:
                return true;
            default:
                WrongType(ref reader, "a string");
                return false;
        }
    }

    /// <summary>Reads a string that must carry text in a list line; null counts as missing, reported by the caller.</summary>
    private bool TryReadText(ref Utf8JsonReader reader, string name, out string? value)
    {
        if (!TryReadString(ref reader, out value))
        {
            return false;
        }

        if (_listLine && value is not null && string.IsNullOrWhiteSpace(value))
        {
            AddError(VigilJsonlDiagnostics.EmptyValue(Here(), name), reader.TokenStartIndex);
            value = null;
            return false;
        }

        return true;
    }

    private bool TryReadEnum<T>(ref Utf8JsonReader reader, EnumTextTable<T> table, string what, out T? value)
        where T : struct, Enum
    {
        value = null;
        if (reader.TokenType == JsonTokenType.Null)
        {
            return true;
        }

        if (reader.TokenType != JsonTokenType.String)
        {
            WrongType(ref reader, "a string");
            return false;
        }

        if (table.TryRead(ref reader, out T found))
        {
            value = found;
            return true;
        }

        AddError(VigilJsonlDiagnostics.UnknownEnumText(Here(), what, reader.GetString()!, table.Allowed), reader.TokenStartIndex);
        return false;
    }

    private bool TryReadCustodyState(ref Utf8JsonReader reader, out CustodyState? state)
    {
        state = null;
        if (reader.TokenType == JsonTokenType.Null)
        {
            return true;
        }

        if (reader.TokenType != JsonTokenType.String)
        {
            WrongType(ref reader, "a string");
            return false;
        }

        string text = reader.GetString()!;
        if (CustodyStates.TryParse(text, out CustodyState parsed))
        {
            state = parsed;
            return true;
        }

        AddError(VigilJsonlDiagnostics.UnknownCustodyStatus(Here(), text, CustodyAllowed), reader.TokenStartIndex);
        return false;
    }

    private void TryReadPartialDate(ref Utf8JsonReader reader, out PartialDate value)
    {
        value = default;
        if (reader.TokenType == JsonTokenType.Null)
        {
            return;
        }

        if (reader.TokenType != JsonTokenType.String)
        {
            WrongType(ref reader, "a date string");
            return;
        }

        string text = reader.GetString()!;
        if (!PartialDate.TryParse(text, out value))
        {
            AddError(VigilJsonlDiagnostics.InvalidDate(Here(), text, PartialDateForm), reader.TokenStartIndex);
        }
    }

    private void TryReadTimestamp(ref Utf8JsonReader reader, out DateTimeOffset value)
    {
        value = default;
        if (reader.TokenType != JsonTokenType.String)
        {
            WrongType(ref reader, "a date and time string");
            return;
        }

        if (!reader.TryGetDateTimeOffset(out value))
        {
            AddError(VigilJsonlDiagnostics.InvalidTimestamp(Here(), reader.GetString()!), reader.TokenStartIndex);
        }
    }

    private void Enter(ref Utf8JsonReader reader, string name)
    {
        _path.Push(name);
        reader.Read();
    }

    private static void SkipValue(ref Utf8JsonReader reader)
    {
        reader.Read();
        reader.Skip();
    }

    private void SkipUnknown(ref Utf8JsonReader reader)
    {
        long offset = reader.TokenStartIndex;
        string name = reader.GetString()!;
        _pending.Add((VigilJsonlDiagnostics.UnknownProperty(At(_path.Child(name)), name), offset));
        SkipValue(ref reader);
    }

    private void WrongType(ref Utf8JsonReader reader, string expected)
    {
        AddError(VigilJsonlDiagnostics.WrongType(Here(), expected, Describe(reader.TokenType)), reader.TokenStartIndex);
        reader.Skip();
    }

    private void AddError(Diagnostic diagnostic, long byteOffset)
    {
        _pending.Add((diagnostic, byteOffset));
        _errors++;
    }

    private SourcePosition Here() => At(_path.ToString());

    private SourcePosition At(string field) => new() { Source = _source, Line = _line, Field = field };

    private static string Describe(JsonTokenType type) => JsonTokenNames.Describe(type);

    private static string Describe(JsonException e)
    {
        // Utf8JsonReader appends " LineNumber: 0 | BytePositionInLine: 12."; the diagnostic gives the position itself.
        string message = e.Message;
        int cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        return cut > 0 ? message[..cut] : message;
    }
}
