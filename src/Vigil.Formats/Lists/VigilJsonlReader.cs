using System.Buffers;
using System.Collections.Immutable;
using Vigil.Domain;
using Vigil.Formats.Diagnostics;
using Vigil.Formats.Json;

namespace Vigil.Formats.Lists;

/// <summary>Reads <c>vigil-jsonl</c>: Vigil's own list format, one subject per line in the JSON form of
/// <see cref="SubjectJson"/>.</summary>
/// <remarks>
/// <para>
/// Each line is one JSON object. <c>id</c> is the list's own identifier (<c>sourceId</c> is accepted as an alias);
/// the Vigil id is <see cref="SubjectId.For"/> of the list name and that id. <c>subjectId</c>, <c>list</c> and
/// <c>provenance</c>, and the custody fields <c>recordedAt</c>, <c>recordedBy</c> and <c>manual</c>, are ignored:
/// they come from the import. <c>category</c> defaults to <see cref="ListReadOptions.DefaultCategory"/>; <c>names</c>
/// needs at least one name. Custody entries read from the file are not manual, have no recorder, and are recorded at
/// <see cref="Provenance.ImportedAt"/> of <see cref="ListReadOptions.Provenance"/> when it is given.
/// </para>
/// <para>
/// Input is UTF-8, a leading byte order mark is tolerated, lines end with LF or CRLF. Blank lines and lines whose
/// first non-blank character is <c>#</c> are skipped. A line with an error gives no subject, and reading goes on so
/// that every problem of the file is reported. Positions: <see cref="SourcePosition.Line"/> from 1;
/// <see cref="SourcePosition.Column"/> in UTF-16 characters from 1, at the offending token;
/// <see cref="SourcePosition.Field"/> the JSON path (<c>$.datesOfBirth[1]</c>). Codes: <c>VGL-JSONL001</c> to
/// <c>VGL-JSONL015</c>.
/// </para>
/// </remarks>
public sealed class VigilJsonlReader : IListReader
{
    /// <summary>The format name: <c>vigil-jsonl</c>.</summary>
    public const string FormatName = "vigil-jsonl";

    private const int ProgressStep = 1 << 20;

    /// <inheritdoc />
    public string Format => FormatName;

    /// <inheritdoc />
    public ListReadResult Read(ListInput input, ListReadOptions options)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(options);
        Session session = new(options);
        byte[] buffer = ArrayPool<byte>.Shared.Rent(64 * 1024);
        try
        {
            int start = 0, end = 0;
            long total = 0, nextProgress = ProgressStep;
            bool eof = false;
            while (true)
            {
                int newline = buffer.AsSpan(start, end - start).IndexOf((byte)'\n');
                if (newline >= 0)
                {
                    session.ReadLine(buffer.AsSpan(start, newline));
                    start += newline + 1;
                    continue;
                }

                if (eof)
                {
                    if (end > start)
                    {
                        session.ReadLine(buffer.AsSpan(start, end - start));
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
                    // A line longer than the buffer: grow it (MaxBytes bounds how far).
                    byte[] larger = ArrayPool<byte>.Shared.Rent(buffer.Length * 2);
                    buffer.AsSpan(0, end).CopyTo(larger);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = larger;
                }

                int read = input.Main.Read(buffer, end, buffer.Length - end);
                if (read == 0)
                {
                    eof = true;
                    continue;
                }

                end += read;
                total += read;
                if (total > options.MaxBytes)
                {
                    session.TooLarge();
                    break;
                }

                if (total >= nextProgress)
                {
                    options.Progress?.Report(total);
                    nextProgress = total + ProgressStep;
                }
            }

            options.Progress?.Report(total);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }

        return session.ToResult();
    }

    /// <summary>The state of one read: line number, ids seen, results.</summary>
    private sealed class Session(ListReadOptions options)
    {
        private readonly SubjectJsonParser _parser = SubjectJsonParser.ForListLines(options);
        private readonly Dictionary<string, int> _firstLineOfId = new(StringComparer.Ordinal);
        private readonly ImmutableArray<Subject>.Builder _subjects = ImmutableArray.CreateBuilder<Subject>();
        private readonly List<Diagnostic> _diagnostics = [];
        private readonly List<(int Subject, int Relation, string Text, SourcePosition Position)> _references = [];
        private int _line;

        public void ReadLine(ReadOnlySpan<byte> line)
        {
            _line++;
            if (_line == 1 && line.StartsWith("\uFEFF"u8))
            {
                line = line[3..];
            }

            if (line.EndsWith("\r"u8))
            {
                line = line[..^1];
            }

            ReadOnlySpan<byte> content = line.TrimStart(" \t"u8);
            if (content.IsEmpty || content[0] == (byte)'#' || content.TrimEnd(" \t\r"u8).IsEmpty)
            {
                return;
            }

            Subject? subject = _parser.Parse(line, _line, _diagnostics);
            if (_parser.SourceId is { } id)
            {
                if (_firstLineOfId.TryGetValue(id, out int firstLine))
                {
                    SourcePosition at = new()
                    {
                        Source = options.SourceName,
                        Line = _line,
                        Column = SubjectJsonParser.ColumnOf(line, _parser.SourceIdOffset),
                        Field = "$.id",
                    };
                    _diagnostics.Add(VigilJsonlDiagnostics.DuplicateId(at, id, firstLine));
                    subject = null;
                }
                else
                {
                    _firstLineOfId.Add(id, _line);
                }
            }

            if (subject is not null)
            {
                foreach ((int relation, string text, SourcePosition position) in _parser.References)
                {
                    _references.Add((_subjects.Count, relation, text, position));
                }

                _subjects.Add(subject);
            }
        }

        public void TooLarge() =>
            _diagnostics.Add(VigilJsonlDiagnostics.TooLarge(new SourcePosition { Source = options.SourceName, Line = _line + 1 }, options.MaxBytes));

        public ListReadResult ToResult()
        {
            ImmutableArray<SubjectReference> external = ResolveRelatives();
            return new(_subjects.ToImmutable(), [.. _diagnostics]) { ExternalReferences = external };
        }

        /// <summary>Resolves the relatives that relations name, once every id of the file is known: an id of the file
        /// first (an id may hold a colon), else <c>LIST:ID</c>. A relative in another list is passed on for the import
        /// to look up in the database.</summary>
        private ImmutableArray<SubjectReference> ResolveRelatives()
        {
            ImmutableArray<SubjectReference>.Builder external = ImmutableArray.CreateBuilder<SubjectReference>();
            foreach ((int index, int relationIndex, string text, SourcePosition position) in _references)
            {
                Subject subject = _subjects[index];
                SubjectRelation relation = subject.Relations[relationIndex];
                string list = options.ListName, id = text;
                int colon = text.IndexOf(':', StringComparison.Ordinal);
                if (!_firstLineOfId.ContainsKey(text) && colon > 0 && colon < text.Length - 1)
                {
                    (list, id) = (text[..colon], text[(colon + 1)..]);
                }

                bool sameList = string.Equals(list, options.ListName, StringComparison.Ordinal);
                if (sameList && string.Equals(id, subject.Listing.SourceId, StringComparison.Ordinal))
                {
                    _diagnostics.Add(VigilJsonlDiagnostics.SelfRelation(position, text));
                    continue;
                }

                if (sameList && !_firstLineOfId.ContainsKey(id))
                {
                    _diagnostics.Add(VigilJsonlDiagnostics.UnknownRelativeInFile(position, text));
                    continue;
                }

                if (!sameList)
                {
                    external.Add(new SubjectReference(list, id, position));
                }

                if (!string.Equals(id, relation.RelativeSourceId, StringComparison.Ordinal) || !sameList)
                {
                    SubjectRelation resolved = SubjectRelation.To(relation.Type, list, id) with
                    {
                        Since = relation.Since,
                        Source = relation.Source,
                        Note = relation.Note,
                        RecordedAt = relation.RecordedAt,
                    };
                    _subjects[index] = subject with { Relations = subject.Relations.SetItem(relationIndex, resolved) };
                }
            }

            // Diagnostics stay in file order, as every reader gives them.
            List<Diagnostic> ordered = [.. _diagnostics.OrderBy(d => d.Position.Line ?? 0)];
            _diagnostics.Clear();
            _diagnostics.AddRange(ordered);
            return external.ToImmutable();
        }
    }
}
