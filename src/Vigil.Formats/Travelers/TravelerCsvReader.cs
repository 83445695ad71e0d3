using System.Collections.Immutable;
using System.Text;
using Vigil.Domain;
using Vigil.Formats.Csv;
using Vigil.Formats.Diagnostics;

namespace Vigil.Formats.Travelers;

/// <summary>Reads a traveler file in CSV (RFC 4180) with a header row, as a stream, one <see cref="TravelerLine"/> per
/// record.</summary>
/// <remarks>
/// <para>
/// The header names the columns; their order is free and the names are matched without regard to case, spaces,
/// <c>_</c> or <c>-</c>: <c>id</c>; <c>name</c> (the whole name, any script) or <c>givenNames</c> and
/// <c>familyName</c> (also <c>given</c>, <c>firstName</c>, <c>forenames</c>; <c>family</c>, <c>surname</c>,
/// <c>lastName</c>); optional <c>dob</c> (<c>dateOfBirth</c>, <c>birthDate</c>), <c>nationality</c>, <c>gender</c>
/// (<c>sex</c>), <c>documentNumber</c> (<c>document</c>, <c>passportNumber</c>), <c>documentCountry</c>
/// (<c>issuingCountry</c>) and <c>documentType</c>. Values follow the JSON lines format (see
/// <see cref="TravelerJsonlReader"/>); other columns are ignored.
/// </para>
/// <para>
/// A record with errors yields a <see cref="TravelerLine"/> with every error of the record, and reading goes on.
/// Positions: <see cref="SourcePosition.Line"/> and <see cref="SourcePosition.Column"/> of the field (UTF-16
/// characters from 1), <see cref="SourcePosition.Field"/> the header name as written. A header without an id column
/// or a name column makes the file unreadable: one error at the header, nothing else read (<c>VGL-TRV012</c>).
/// </para>
/// </remarks>
public static class TravelerCsvReader
{
    /// <summary>The longest field read, in characters; the rest of a longer one is skipped and the record is in
    /// error (<c>VGL-TRV014</c>).</summary>
    public const int MaxFieldChars = 4096;

    private enum Column
    {
        Ignored,
        Id,
        Name,
        GivenNames,
        FamilyName,
        DateOfBirth,
        Nationality,
        Gender,
        DocumentNumber,
        DocumentCountry,
        DocumentType,
    }

    /// <summary>Reads every record of <paramref name="stream"/>, lazily, in file order.</summary>
    /// <param name="stream">The traveler file (UTF-8, with or without byte order mark); read to its end, not disposed.</param>
    /// <param name="sourceName">The name of the input used in diagnostics (a file name), or null.</param>
    /// <returns>One entry per record after the header.</returns>
    public static IEnumerable<TravelerLine> Read(Stream stream, string? sourceName = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        return ReadIterator(stream, sourceName);
    }

    private static IEnumerable<TravelerLine> ReadIterator(Stream stream, string? sourceName)
    {
        using StreamReader text = new(stream, new UTF8Encoding(false, throwOnInvalidBytes: false), detectEncodingFromByteOrderMarks: true, bufferSize: 64 * 1024, leaveOpen: true);
        CsvReader csv = new(text) { MaxFieldChars = MaxFieldChars };
        List<string> fields = [];
        if (!csv.TryRead(fields))
        {
            yield break;
        }

        int headerLine = csv.RecordLine;
        string[] names = [.. fields];
        Column[] columns = new Column[names.Length];
        Diagnostic? headerError = ReadHeader(names, columns, csv, sourceName);
        if (headerError is not null)
        {
            yield return new TravelerLine(headerLine, null, null, [headerError]);
            yield break;
        }

        while (csv.TryRead(fields))
        {
            yield return ReadRecord(fields, names, columns, csv, sourceName);
        }
    }

    private static Diagnostic? ReadHeader(string[] names, Column[] columns, CsvReader csv, string? source)
    {
        Dictionary<Column, int> seen = [];
        for (int i = 0; i < names.Length; i++)
        {
            columns[i] = ColumnOf(names[i]);
            if (columns[i] == Column.Ignored)
            {
                continue;
            }

            if (seen.TryGetValue(columns[i], out int first))
            {
                return TravelerDiagnostics.BadHeader(At(csv, i, source, names[i]),
                    $"columns '{names[first]}' and '{names[i]}' both give the {Describe(columns[i])}");
            }

            seen[columns[i]] = i;
        }

        SourcePosition header = new() { Source = source, Line = csv.RecordLine, Column = 1 };
        if (!seen.ContainsKey(Column.Id))
        {
            return TravelerDiagnostics.BadHeader(header, "no 'id' column");
        }

        if (!seen.ContainsKey(Column.Name) && !seen.ContainsKey(Column.GivenNames) && !seen.ContainsKey(Column.FamilyName))
        {
            return TravelerDiagnostics.BadHeader(header, "no 'name' column, and no 'givenNames' or 'familyName' column");
        }

        return null;
    }

    private static TravelerLine ReadRecord(List<string> fields, string[] names, Column[] columns, CsvReader csv, string? source)
    {
        int line = csv.RecordLine;
        ImmutableArray<Diagnostic>.Builder errors = ImmutableArray.CreateBuilder<Diagnostic>();
        foreach (CsvProblem problem in csv.Problems)
        {
            SourcePosition at = new()
            {
                Source = source,
                Line = problem.Line,
                Column = problem.Column,
                Field = problem.FieldIndex < names.Length ? names[problem.FieldIndex] : null,
            };
            errors.Add(TravelerDiagnostics.CsvSyntax(at, problem.Kind switch
            {
                CsvProblemKind.UnterminatedQuote => "a quoted field is not closed before the end of the file",
                CsvProblemKind.TextAfterClosingQuote => "text follows the closing quote of the field",
                CsvProblemKind.FieldTooLong => $"the field is longer than {MaxFieldChars} characters; the rest was skipped",
                _ => "a quote inside a field that is not quoted (quote the field and double the quote)",
            }));
        }

        if (fields.Count != names.Length)
        {
            int index = Math.Min(fields.Count, names.Length) - 1;
            SourcePosition at = fields.Count > names.Length
                ? At(csv, names.Length, source, null)
                : At(csv, Math.Max(index, 0), source, index >= 0 ? names[index] : null);
            errors.Add(TravelerDiagnostics.FieldCount(at, fields.Count, names.Length));
        }

        string? id = null, name = null, given = null, family = null, number = null;
        PartialDate dob = PartialDate.Unknown;
        CountryCode? nationality = null, documentCountry = null;
        Gender gender = Gender.Unknown;
        DocumentType? documentType = null;
        int numberField = -1;
        for (int i = 0; i < Math.Min(fields.Count, names.Length); i++)
        {
            string value = fields[i];
            switch (columns[i])
            {
                case Column.Id:
                    id = string.IsNullOrWhiteSpace(value) ? null : value;
                    break;
                case Column.Name:
                    name = NullIfBlank(value);
                    break;
                case Column.GivenNames:
                    given = NullIfBlank(value);
                    break;
                case Column.FamilyName:
                    family = NullIfBlank(value);
                    break;
                case Column.DateOfBirth:
                    if (!string.IsNullOrWhiteSpace(value) && !PartialDate.TryParse(value.Trim(), out dob))
                    {
                        errors.Add(TravelerDiagnostics.InvalidDate(At(csv, i, source, names[i]), value));
                    }

                    break;
                case Column.Nationality:
                    nationality = Country(value, i);
                    break;
                case Column.DocumentCountry:
                    documentCountry = Country(value, i);
                    break;
                case Column.Gender:
                    if (!TravelerFields.TryParseGender(value, out gender))
                    {
                        errors.Add(TravelerDiagnostics.InvalidGender(At(csv, i, source, names[i]), value));
                    }

                    break;
                case Column.DocumentNumber:
                    number = NullIfBlank(value);
                    numberField = i;
                    break;
                case Column.DocumentType:
                    if (!string.IsNullOrWhiteSpace(value))
                    {
                        if (TravelerFields.TryParseDocumentType(value.AsSpan().Trim(), out DocumentType type))
                        {
                            documentType = type;
                        }
                        else
                        {
                            errors.Add(TravelerDiagnostics.UnknownDocumentType(At(csv, i, source, names[i]), value));
                        }
                    }

                    break;
                default:
                    break;
            }
        }

        SourcePosition start = new() { Source = source, Line = line, Column = 1 };
        if (id is null)
        {
            errors.Add(TravelerDiagnostics.MissingId(start));
        }

        if (name is null && given is null && family is null)
        {
            errors.Add(TravelerDiagnostics.MissingName(start));
        }

        if (number is null && (documentCountry is not null || documentType is not null))
        {
            errors.Add(TravelerDiagnostics.MissingDocumentNumber(numberField >= 0 ? At(csv, numberField, source, names[numberField]) : start));
        }

        if (errors.Count > 0)
        {
            return new TravelerLine(line, id, null, errors.ToImmutable());
        }

        return TravelerLine.Of(line, new TravelerRecord(id!)
        {
            Name = name,
            GivenNames = given,
            FamilyName = family,
            DateOfBirth = dob,
            Nationality = nationality,
            Gender = gender,
            DocumentNumber = number,
            DocumentCountry = documentCountry,
            DocumentType = documentType,
        });

        CountryCode? Country(string value, int i)
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                return null;
            }

            if (CountryCode.TryCreate(value.Trim(), out CountryCode code))
            {
                return code;
            }

            errors.Add(TravelerDiagnostics.InvalidCountry(At(csv, i, source, names[i]), value));
            return null;
        }
    }

    private static string? NullIfBlank(string value) => string.IsNullOrWhiteSpace(value) ? null : value;

    private static SourcePosition At(CsvReader csv, int field, string? source, string? name)
    {
        (int line, int column) = csv.FieldPosition(Math.Max(0, field));
        return new SourcePosition { Source = source, Line = line, Column = column, Field = name };
    }

    private static Column ColumnOf(string header)
    {
        StringBuilder key = new(header.Length);
        foreach (char c in header.AsSpan().Trim())
        {
            if (c is not (' ' or '_' or '-' or '.'))
            {
                key.Append(char.ToLowerInvariant(c));
            }
        }

        return key.ToString() switch
        {
            "id" or "travelerid" or "passengerid" => Column.Id,
            "name" or "fullname" => Column.Name,
            "givennames" or "givenname" or "given" or "firstname" or "firstnames" or "forename" or "forenames" => Column.GivenNames,
            "familyname" or "family" or "surname" or "lastname" => Column.FamilyName,
            "dob" or "dateofbirth" or "birthdate" => Column.DateOfBirth,
            "nationality" => Column.Nationality,
            "gender" or "sex" => Column.Gender,
            "documentnumber" or "document" or "passportnumber" or "passport" => Column.DocumentNumber,
            "documentcountry" or "issuingcountry" or "documentissuer" => Column.DocumentCountry,
            "documenttype" => Column.DocumentType,
            _ => Column.Ignored,
        };
    }

    private static string Describe(Column column) => column switch
    {
        Column.Id => "id",
        Column.Name => "whole name",
        Column.GivenNames => "given names",
        Column.FamilyName => "family name",
        Column.DateOfBirth => "date of birth",
        Column.Nationality => "nationality",
        Column.Gender => "gender",
        Column.DocumentNumber => "document number",
        Column.DocumentCountry => "document country",
        _ => "document type",
    };
}
