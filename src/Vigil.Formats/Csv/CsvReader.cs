using System.Buffers;
using System.Text;

namespace Vigil.Formats.Csv;

/// <summary>A streaming RFC 4180 CSV reader that knows where each field starts.</summary>
/// <remarks>
/// <para>
/// Fields are separated by commas and records by CRLF, LF or a lone CR. A field may be quoted; inside quotes a
/// doubled quote is one quote, and commas and line breaks are data (RFC 4180 section 2). Lines and columns count
/// from 1; columns count UTF-16 characters.
/// </para>
/// <para>
/// Leniencies, each for a reason: empty lines are skipped (RFC 4180 has no empty records, and a blank line at the
/// end of a file is common); a DOS end-of-file mark (U+001A, which OFAC's legacy files end with) at the start of a
/// record is skipped; an unquoted field equal to the optional empty marker (OFAC's <c>-0-</c>, often followed by a
/// space) is read as empty. Text after a closing quote and a quote inside an unquoted field are kept as data and
/// reported as problems, so the caller decides how severe they are.
/// </para>
/// </remarks>
internal sealed class CsvReader
{
    private const int BufferSize = 16 * 1024;

    /// <summary>What ends a run of plain characters outside quotes: a separator, a quote, a line break.</summary>
    private static readonly SearchValues<char> UnquotedStops = SearchValues.Create(",\"\r\n");

    /// <summary>What ends a run of plain characters inside quotes: a quote, a line break.</summary>
    private static readonly SearchValues<char> QuotedStops = SearchValues.Create("\"\r\n");

    private readonly TextReader _reader;
    private readonly string? _emptyMarker;
    private readonly char[] _buffer = new char[BufferSize];
    private readonly StringBuilder _field = new();
    private readonly List<(int Line, int Column)> _positions = [];
    private readonly List<CsvProblem> _problems = [];
    private int _length;
    private int _index;
    private int _line = 1;
    private int _column = 1;
    private bool _afterCr;

    /// <summary>Creates a reader over text.</summary>
    /// <param name="reader">The text; not disposed by this reader.</param>
    /// <param name="emptyMarker">An unquoted field equal to this, after trimming spaces, is read as empty.</param>
    public CsvReader(TextReader reader, string? emptyMarker = null)
    {
        ArgumentNullException.ThrowIfNull(reader);
        _reader = reader;
        _emptyMarker = emptyMarker;
    }

    /// <summary>The most characters kept of one field; the rest is skipped and reported
    /// (<see cref="CsvProblemKind.FieldTooLong"/>), so that a hostile file cannot exhaust memory. No limit by default.</summary>
    public int MaxFieldChars { get; init; } = int.MaxValue;

    /// <summary>The line the last record read starts on, from 1.</summary>
    public int RecordLine { get; private set; }

    /// <summary>Problems of the last record read.</summary>
    public IReadOnlyList<CsvProblem> Problems => _problems;

    /// <summary>The line and column where field <paramref name="index"/> of the last record starts.</summary>
    public (int Line, int Column) FieldPosition(int index) => _positions[index];

    /// <summary>Reads the next record into <paramref name="fields"/>.</summary>
    /// <returns>False at the end of the input.</returns>
    public bool TryRead(List<string> fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        fields.Clear();
        _positions.Clear();
        _problems.Clear();
        while (true)
        {
            int c = Peek();
            if (c == -1)
            {
                return false;
            }

            if (c is '\r' or '\n' or '\u001A')
            {
                Next();
                continue;
            }

            break;
        }

        RecordLine = _line;
        while (true)
        {
            int fieldIndex = fields.Count;
            int fieldLine = _line, fieldColumn = _column;
            _positions.Add((fieldLine, fieldColumn));
            _field.Clear();
            bool quoted = Peek() == '"';
            if (quoted)
            {
                Next();
                if (!ReadQuoted(fieldIndex))
                {
                    _problems.Add(new CsvProblem(CsvProblemKind.UnterminatedQuote, fieldLine, fieldColumn, fieldIndex));
                    fields.Add(_field.ToString());
                    return true;
                }

                int after = Peek();
                if (after is not (',' or '\r' or '\n' or -1))
                {
                    _problems.Add(new CsvProblem(CsvProblemKind.TextAfterClosingQuote, _line, _column, fieldIndex));
                }
            }

            ReadUnquoted(quoted, fieldIndex);
            fields.Add(quoted ? _field.ToString() : Unquoted());
            int end = Next();
            if (end == ',')
            {
                continue;
            }

            if (end == '\r' && Peek() == '\n')
            {
                Next();
            }

            return true;
        }
    }

    private bool ReadQuoted(int fieldIndex)
    {
        while (true)
        {
            AppendRun(QuotedStops, fieldIndex);
            int c = Next();
            if (c == -1)
            {
                return false;
            }

            if (c == '"')
            {
                if (Peek() != '"')
                {
                    return true;
                }

                Next();
            }

            Append((char)c, fieldIndex);
        }
    }

    private void ReadUnquoted(bool quoted, int fieldIndex)
    {
        bool reported = quoted;
        while (true)
        {
            AppendRun(UnquotedStops, fieldIndex);
            int c = Peek();
            if (c is ',' or '\r' or '\n' or -1)
            {
                return;
            }

            if (c == '"' && !reported)
            {
                _problems.Add(new CsvProblem(CsvProblemKind.QuoteInUnquotedField, _line, _column, fieldIndex));
                reported = true;
            }

            Next();
            Append((char)c, fieldIndex);
        }
    }

    /// <summary>Takes the characters of the buffer up to the next of <paramref name="stops"/> (or the buffer's end) in
    /// one piece: none of them is a line break, so each moves the column by one. The caller reads the stop itself.</summary>
    /// <remarks>Reading a list file character by character cost most of its read time (OFAC's 3.5 MB).</remarks>
    private void AppendRun(SearchValues<char> stops, int fieldIndex)
    {
        ReadOnlySpan<char> rest = _buffer.AsSpan(_index, _length - _index);
        int run = rest.IndexOfAny(stops);
        if (run < 0)
        {
            run = rest.Length;
        }

        if (run == 0)
        {
            return;
        }

        ReadOnlySpan<char> text = rest[..run];
        if (_field.Length + run <= MaxFieldChars)
        {
            _field.Append(text);
        }
        else
        {
            foreach (char c in text)
            {
                Append(c, fieldIndex);
            }
        }

        _index += run;
        _column += run;
        _afterCr = false;
    }

    private void Append(char c, int fieldIndex)
    {
        if (_field.Length < MaxFieldChars)
        {
            _field.Append(c);
        }
        else if (_problems.Count == 0 || _problems[^1].Kind != CsvProblemKind.FieldTooLong || _problems[^1].FieldIndex != fieldIndex)
        {
            (int line, int column) = _positions[fieldIndex];
            _problems.Add(new CsvProblem(CsvProblemKind.FieldTooLong, line, column, fieldIndex));
        }
    }

    private string Unquoted()
    {
        if (_emptyMarker is not null && _field.Length >= _emptyMarker.Length && _field.Length <= _emptyMarker.Length + 4)
        {
            string text = _field.ToString().Trim(' ');
            if (string.Equals(text, _emptyMarker, StringComparison.Ordinal))
            {
                return string.Empty;
            }

            return text.Length == _field.Length ? text : _field.ToString();
        }

        return _field.ToString();
    }

    private int Peek()
    {
        if (_index == _length && !Fill())
        {
            return -1;
        }

        return _buffer[_index];
    }

    private int Next()
    {
        if (_index == _length && !Fill())
        {
            return -1;
        }

        char c = _buffer[_index++];
        if (c == '\n')
        {
            if (!_afterCr)
            {
                _line++;
            }

            _column = 1;
            _afterCr = false;
        }
        else if (c == '\r')
        {
            _line++;
            _column = 1;
            _afterCr = true;
        }
        else
        {
            _column++;
            _afterCr = false;
        }

        return c;
    }

    private bool Fill()
    {
        _length = _reader.Read(_buffer, 0, _buffer.Length);
        _index = 0;
        return _length > 0;
    }
}
