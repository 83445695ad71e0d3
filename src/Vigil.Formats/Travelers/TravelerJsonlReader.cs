using System.Buffers;
using System.Collections.Immutable;
using System.Text;
using System.Text.Json;
using Vigil.Domain;
using Vigil.Formats.Diagnostics;

namespace Vigil.Formats.Travelers;

/// <summary>Reads a traveler file: one JSON object per line, as a stream, one <see cref="TravelerLine"/> per line.</summary>
/// <remarks>
/// <para>
/// A line is <c>{"id","name"}</c> (the whole name, any script) or <c>{"id","givenNames","familyName"}</c>, with
/// optional <c>"dob"</c> (<c>YYYY-MM-DD</c>, <c>YYYY-MM</c>, <c>YYYY</c>, <c>~YYYY</c> or <c>""</c>),
/// <c>"nationality"</c> (ISO 3166-1 alpha-3 or <c>""</c>), <c>"gender"</c> (<c>M</c>, <c>F</c>, <c>X</c> or
/// <c>""</c>, any case) and <c>"document": {"number","country","type"}</c>. <c>id</c> is a string (a JSON number
/// is taken as its text). A <c>null</c> value is the same as an absent one. Properties not listed here (labels
/// such as <c>kind</c> or <c>expect</c>) are ignored.
/// </para>
/// <para>
/// Input is UTF-8; a leading byte order mark is tolerated; lines end with LF or CRLF. Blank lines are skipped but
/// counted. A line with errors yields a <see cref="TravelerLine"/> with every error of the line, and reading goes on.
/// Positions: <see cref="SourcePosition.Line"/> from 1; <see cref="SourcePosition.Column"/> in UTF-16 characters from
/// 1, at the offending token; <see cref="SourcePosition.Field"/> the JSON path (<c>$.document.country</c>). Codes:
/// <c>VGL-TRV001</c> to <c>VGL-TRV011</c> (see <see cref="TravelerDiagnostics"/>).
/// </para>
/// <para>Thread-safe: every method is static and keeps no state between calls.</para>
/// </remarks>
public static class TravelerJsonlReader
{
    /// <summary>The longest line read, in bytes; a longer line is skipped with <c>VGL-TRV011</c>.</summary>
    public const int MaxLineBytes = 1 << 20;

    private const int InitialBuffer = 64 * 1024;

    /// <summary>Reads every line of <paramref name="stream"/>, lazily, in file order.</summary>
    /// <param name="stream">The traveler file; read to its end, not disposed.</param>
    /// <param name="sourceName">The name of the input used in diagnostics (a file name), or null.</param>
    /// <param name="progress">Told the number of bytes read so far after each block read, or null.</param>
    /// <returns>One entry per non-blank line.</returns>
    public static IEnumerable<TravelerLine> Read(Stream stream, string? sourceName = null, IProgress<long>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        return ReadIterator(stream, sourceName, progress);
    }

    /// <summary>Reads one line (without its line terminator).</summary>
    /// <param name="line">The bytes of the line; a trailing CR is ignored; a byte order mark is not expected here.</param>
    /// <param name="lineNumber">The line number for positions, from 1.</param>
    /// <param name="sourceName">The name of the input used in diagnostics, or null.</param>
    /// <returns>The traveler or its errors; null when the line is blank.</returns>
    public static TravelerLine? ReadLine(ReadOnlySpan<byte> line, int lineNumber, string? sourceName = null)
    {
        if (line.EndsWith("\r"u8))
        {
            line = line[..^1];
        }

        if (line.Trim(" \t\r"u8).IsEmpty)
        {
            return null;
        }

        LineParser parser = new(line, lineNumber, sourceName);
        return parser.Parse();
    }

    private static IEnumerable<TravelerLine> ReadIterator(Stream stream, string? sourceName, IProgress<long>? progress)
    {
        byte[] buffer = ArrayPool<byte>.Shared.Rent(InitialBuffer);
        try
        {
            int start = 0, end = 0, lineNumber = 0;
            long total = 0;
            bool eof = false, skipping = false;
            while (true)
            {
                int newline = buffer.AsSpan(start, end - start).IndexOf((byte)'\n');
                if (newline >= 0 || (eof && end > start))
                {
                    int length = newline >= 0 ? newline : end - start;
                    lineNumber++;
                    TravelerLine? read = skipping
                        ? TooLong(lineNumber, sourceName)
                        : ReadLine(Content(buffer.AsSpan(start, length), lineNumber), lineNumber, sourceName);
                    skipping = false;
                    start += newline >= 0 ? newline + 1 : length;
                    if (read is not null)
                    {
                        yield return read;
                    }

                    continue;
                }

                if (eof)
                {
                    if (skipping)
                    {
                        yield return TooLong(lineNumber + 1, sourceName);
                    }

                    break;
                }

                if (start > 0)
                {
                    buffer.AsSpan(start, end - start).CopyTo(buffer);
                    end -= start;
                    start = 0;
                }

                if (end == buffer.Length)
                {
                    if (buffer.Length >= MaxLineBytes)
                    {
                        // Drop what we have of the overlong line and keep dropping until its end: memory stays bounded.
                        skipping = true;
                        end = 0;
                    }
                    else
                    {
                        byte[] larger = ArrayPool<byte>.Shared.Rent(buffer.Length * 2);
                        buffer.AsSpan(0, end).CopyTo(larger);
                        ArrayPool<byte>.Shared.Return(buffer);
                        buffer = larger;
                    }
                }

                int count = stream.Read(buffer, end, buffer.Length - end);
                if (count == 0)
                {
                    eof = true;
                    continue;
                }

                end += count;
                total += count;
                progress?.Report(total);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static ReadOnlySpan<byte> Content(ReadOnlySpan<byte> line, int lineNumber) =>
        lineNumber == 1 && line.StartsWith("\uFEFF"u8) ? line[3..] : line;

    private static TravelerLine TooLong(int lineNumber, string? sourceName) =>
        new(lineNumber, null, null, [TravelerDiagnostics.LineTooLong(new SourcePosition { Source = sourceName, Line = lineNumber, Column = 1 }, MaxLineBytes)]);

    /// <summary>Describes a JSON token for messages ("a number", "an array").</summary>
    internal static string Describe(JsonTokenType token) => Json.JsonTokenNames.Describe(token);

    /// <summary>The state of reading one line.</summary>
    private ref struct LineParser
    {
        private readonly ReadOnlySpan<byte> _line;
        private readonly int _lineNumber;
        private readonly string? _source;
        private ImmutableArray<Diagnostic>.Builder? _errors;
        private string? _id;
        private string? _name;
        private string? _givenNames;
        private string? _familyName;
        private PartialDate _dob;
        private CountryCode? _nationality;
        private Gender _gender;
        private string? _documentNumber;
        private CountryCode? _documentCountry;
        private DocumentType? _documentType;
        private bool _sawWrongType;

        public LineParser(ReadOnlySpan<byte> line, int lineNumber, string? source)
        {
            _line = line;
            _lineNumber = lineNumber;
            _source = source;
        }

        public TravelerLine Parse()
        {
            Utf8JsonReader reader = new(_line, new JsonReaderOptions { MaxDepth = 64 });
            try
            {
                reader.Read();
                if (reader.TokenType != JsonTokenType.StartObject)
                {
                    AddError(TravelerDiagnostics.NotAnObject(At(reader.TokenStartIndex, "$"), Describe(reader.TokenType)));
                    reader.Skip();
                }
                else
                {
                    ReadTraveler(ref reader);
                }

                // Reading on to the end makes the reader reject anything after the object.
                while (reader.Read())
                {
                }
            }
            catch (JsonException e)
            {
                AddError(TravelerDiagnostics.InvalidJson(At(e.BytePositionInLine ?? 0, "$"), Detail(e)));
            }
            catch (InvalidOperationException)
            {
                // Utf8JsonReader checks the UTF-8 of a string only when it is turned into text.
                AddError(TravelerDiagnostics.InvalidJson(At(reader.TokenStartIndex, "$"), "a string is not valid UTF-8."));
            }

            if (_errors is null)
            {
                TravelerRecord traveler = new(_id!)
                {
                    Name = _name,
                    GivenNames = _givenNames,
                    FamilyName = _familyName,
                    DateOfBirth = _dob,
                    Nationality = _nationality,
                    Gender = _gender,
                    DocumentNumber = _documentNumber,
                    DocumentCountry = _documentCountry,
                    DocumentType = _documentType,
                };
                return TravelerLine.Of(_lineNumber, traveler);
            }

            return new TravelerLine(_lineNumber, _id, null, _errors.ToImmutable());
        }

        private void ReadTraveler(ref Utf8JsonReader reader)
        {
            long objectStart = reader.TokenStartIndex;
            bool sawIdProblem = false;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                if (reader.ValueTextEquals("id"u8))
                {
                    reader.Read();
                    if (reader.TokenType == JsonTokenType.Number)
                    {
                        _id = Encoding.UTF8.GetString(reader.ValueSpan);
                    }
                    else if (reader.TokenType == JsonTokenType.String)
                    {
                        string id = reader.GetString()!;
                        if (id.Length == 0)
                        {
                            AddError(TravelerDiagnostics.MissingId(At(reader.TokenStartIndex, "$.id")));
                            sawIdProblem = true;
                        }
                        else
                        {
                            _id = id;
                        }
                    }
                    else if (reader.TokenType != JsonTokenType.Null)
                    {
                        AddError(TravelerDiagnostics.WrongType(At(reader.TokenStartIndex, "$.id"), "id", "a string", Describe(reader.TokenType)));
                        sawIdProblem = true;
                        reader.Skip();
                    }
                }
                else if (reader.ValueTextEquals("name"u8))
                {
                    _name = ReadText(ref reader, "name", "$.name");
                }
                else if (reader.ValueTextEquals("givenNames"u8))
                {
                    _givenNames = ReadText(ref reader, "givenNames", "$.givenNames");
                }
                else if (reader.ValueTextEquals("familyName"u8))
                {
                    _familyName = ReadText(ref reader, "familyName", "$.familyName");
                }
                else if (reader.ValueTextEquals("dob"u8))
                {
                    ReadDateOfBirth(ref reader);
                }
                else if (reader.ValueTextEquals("nationality"u8))
                {
                    _nationality = ReadCountry(ref reader, "nationality", "$.nationality");
                }
                else if (reader.ValueTextEquals("gender"u8))
                {
                    ReadGender(ref reader);
                }
                else if (reader.ValueTextEquals("document"u8))
                {
                    ReadDocument(ref reader);
                }
                else
                {
                    reader.Read();
                    reader.Skip();
                }
            }

            if (_id is null && !sawIdProblem)
            {
                AddError(TravelerDiagnostics.MissingId(At(objectStart, "$")));
            }

            // A name of the wrong type was reported already; "no name" would only repeat it.
            if (IsBlank(_name) && IsBlank(_givenNames) && IsBlank(_familyName) && !_sawWrongType)
            {
                AddError(TravelerDiagnostics.MissingName(At(objectStart, "$")));
            }
        }

        private string? ReadText(ref Utf8JsonReader reader, string property, string path)
        {
            reader.Read();
            switch (reader.TokenType)
            {
                case JsonTokenType.String:
                    return reader.GetString();
                case JsonTokenType.Null:
                    return null;
                default:
                    AddError(TravelerDiagnostics.WrongType(At(reader.TokenStartIndex, path), property, "a string", Describe(reader.TokenType)));
                    _sawWrongType = true;
                    reader.Skip();
                    return null;
            }
        }

        private void ReadDateOfBirth(ref Utf8JsonReader reader)
        {
            long at = PeekStart(ref reader);
            string? text = ReadText(ref reader, "dob", "$.dob");
            if (text is not null && !PartialDate.TryParse(text, out _dob))
            {
                AddError(TravelerDiagnostics.InvalidDate(At(at, "$.dob"), text));
            }
        }

        private CountryCode? ReadCountry(ref Utf8JsonReader reader, string property, string path)
        {
            long at = PeekStart(ref reader);
            string? text = ReadText(ref reader, property, path);
            if (string.IsNullOrWhiteSpace(text))
            {
                return null;
            }

            if (CountryCode.TryCreate(text, out CountryCode code))
            {
                return code;
            }

            AddError(TravelerDiagnostics.InvalidCountry(At(at, path), text));
            return null;
        }

        private void ReadGender(ref Utf8JsonReader reader)
        {
            long at = PeekStart(ref reader);
            string? text = ReadText(ref reader, "gender", "$.gender");
            if (TravelerFields.TryParseGender(text, out Gender gender))
            {
                _gender = gender;
            }
            else
            {
                AddError(TravelerDiagnostics.InvalidGender(At(at, "$.gender"), text!));
            }
        }

        private void ReadDocument(ref Utf8JsonReader reader)
        {
            reader.Read();
            if (reader.TokenType == JsonTokenType.Null)
            {
                return;
            }

            long documentStart = reader.TokenStartIndex;
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                AddError(TravelerDiagnostics.WrongType(At(documentStart, "$.document"), "document", "an object", Describe(reader.TokenType)));
                reader.Skip();
                return;
            }

            string? number = null;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                if (reader.ValueTextEquals("number"u8))
                {
                    number = ReadText(ref reader, "number", "$.document.number");
                }
                else if (reader.ValueTextEquals("country"u8))
                {
                    _documentCountry = ReadCountry(ref reader, "country", "$.document.country");
                }
                else if (reader.ValueTextEquals("type"u8))
                {
                    long at = PeekStart(ref reader);
                    string? type = ReadText(ref reader, "type", "$.document.type");
                    if (!string.IsNullOrWhiteSpace(type))
                    {
                        if (TravelerFields.TryParseDocumentType(type.AsSpan().Trim(), out DocumentType parsed))
                        {
                            _documentType = parsed;
                        }
                        else
                        {
                            AddError(TravelerDiagnostics.UnknownDocumentType(At(at, "$.document.type"), type));
                        }
                    }
                }
                else
                {
                    reader.Read();
                    reader.Skip();
                }
            }

            if (!IsBlank(number))
            {
                _documentNumber = number;
            }
            else if (_documentCountry is not null || _documentType is not null)
            {
                AddError(TravelerDiagnostics.MissingDocumentNumber(At(documentStart, "$.document")));
            }
        }

        /// <summary>The offset of the value that follows the current property name.</summary>
        private static long PeekStart(ref Utf8JsonReader reader)
        {
            Utf8JsonReader copy = reader;
            return copy.Read() ? copy.TokenStartIndex : reader.BytesConsumed;
        }

        private static bool IsBlank(string? text) => string.IsNullOrWhiteSpace(text);

        private readonly SourcePosition At(long byteOffset, string field) => new()
        {
            Source = _source,
            Line = _lineNumber,
            Column = Encoding.UTF8.GetCharCount(_line[..(int)Math.Clamp(byteOffset, 0, _line.Length)]) + 1,
            Field = field,
        };

        private void AddError(Diagnostic diagnostic) => (_errors ??= ImmutableArray.CreateBuilder<Diagnostic>()).Add(diagnostic);

        private static string Detail(JsonException e)
        {
            // The reader's message ends with its own "LineNumber: 0 | BytePositionInLine: n." which our position replaces.
            string message = e.Message;
            int cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
            return cut > 0 ? message[..cut] : message;
        }
    }
}
