using System.Text;
using System.Xml;
using Vigil.Domain;
using Vigil.Formats.Diagnostics;

namespace Vigil.Formats.Lists;

/// <summary>Reads the UN Security Council Consolidated List XML (format <c>un-xml</c>, root
/// <c>CONSOLIDATED_LIST</c>, schema <c>https://www.un.org/sc/resources/sc-sanctions.xsd</c>).</summary>
/// <remarks>
/// <para>
/// The file is streamed with <see cref="XmlReader"/>; only the record being read is held in memory. DTDs are
/// refused (a file with a DOCTYPE is rejected whole), no external resource is ever fetched, and the number of
/// characters is bounded by <see cref="ListReadOptions.MaxBytes"/>.
/// </para>
/// <para>
/// INDIVIDUAL records become <see cref="SubjectKind.Person"/>, ENTITY records <see cref="SubjectKind.Organization"/>.
/// The source id is REFERENCE_NUMBER (<c>QDi.123</c>). The primary name is FIRST_NAME to FOURTH_NAME joined by
/// spaces. The UN does not say which of those parts is the family name (FIRST_NAME is the family name of Korean
/// entries, the given name of Arabic ones), so <see cref="PersonName.GivenNames"/> is FIRST_NAME as the schema
/// names it and <see cref="PersonName.FamilyName"/> is left null; matching works on the full name.
/// An ALIAS_NAME holding several names separated by semicolons ("Abas Rashidi; Abbas Rashedi") gives one alias
/// per name.
/// </para>
/// <para>
/// Positions are the line and column of the element concerned (UTF-16 characters, from 1) and its path; see
/// <see cref="UnDiagnostics"/>.
/// </para>
/// </remarks>
public sealed partial class UnConsolidatedListReader : IListReader
{
    private const string RootName = "CONSOLIDATED_LIST";
    private const int HeadSize = 4096;

    /// <inheritdoc />
    public string Format => "un-xml";

    /// <inheritdoc />
    public ListReadResult Read(ListInput input, ListReadOptions options)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(options);
        string source = options.SourceName;
        List<Diagnostic> diagnostics = [];
        List<Subject> subjects = [];
        Dictionary<string, int> seen = new(StringComparer.Ordinal);
        MeteredStream metered = new(input.Main, options.MaxBytes, options.Progress, headSize: HeadSize);
        XmlReaderSettings settings = new()
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            MaxCharactersInDocument = Math.Max(options.MaxBytes, 1),
            MaxCharactersFromEntities = 1024,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
            IgnoreWhitespace = true,
            CloseInput = false,
        };

        List<UnNode> open = [];
        bool sawRoot = false;
        using XmlReader reader = XmlReader.Create(metered, settings);
        IXmlLineInfo? lineInfo = reader as IXmlLineInfo;
        try
        {
            while (reader.Read())
            {
                switch (reader.NodeType)
                {
                    case XmlNodeType.Element:
                        {
                            string name = reader.LocalName;
                            int line = lineInfo?.LineNumber ?? 0, column = lineInfo?.LinePosition ?? 0;
                            if (!sawRoot)
                            {
                                sawRoot = true;
                                if (!string.Equals(name, RootName, StringComparison.Ordinal))
                                {
                                    diagnostics.Add(UnDiagnostics.UnexpectedRoot(source, line, column, name));
                                    return Finish(subjects, diagnostics, metered, options);
                                }
                            }

                            UnNode? parent = open.Count == 0 ? null : open[^1];
                            UnNode node = new(name, parent?.NextIndex(name) ?? 1, open.Count + 1, parent, line, column);
                            if (node.Depth > 3)
                            {
                                parent!.Add(node);
                            }

                            if (reader.IsEmptyElement)
                            {
                                Close(node, subjects, diagnostics, seen, options);
                            }
                            else
                            {
                                open.Add(node);
                            }

                            break;
                        }

                    case XmlNodeType.Text:
                    case XmlNodeType.CDATA:
                    case XmlNodeType.SignificantWhitespace:
                        if (open.Count >= 3)
                        {
                            open[^1].AppendText(reader.Value);
                        }

                        break;

                    case XmlNodeType.EndElement:
                        UnNode closed = open[^1];
                        open.RemoveAt(open.Count - 1);
                        Close(closed, subjects, diagnostics, seen, options);
                        break;
                }
            }
        }
        catch (XmlException e)
        {
            if (metered.LimitExceeded || e.Message.Contains("MaxCharactersInDocument", StringComparison.Ordinal))
            {
                diagnostics.Add(UnDiagnostics.TooLarge(source, options.MaxBytes));
            }
            else if (!sawRoot && e.Message.Contains("DTD", StringComparison.Ordinal))
            {
                // XmlReader's DTD refusal carries no position: find the DOCTYPE in the first bytes.
                (int line, int column) = e.LineNumber > 0 ? (e.LineNumber, e.LinePosition) : FindDoctype(metered.Head);
                diagnostics.Add(UnDiagnostics.DtdNotAllowed(source, NullIfZero(line), NullIfZero(column)));
            }
            else
            {
                string? path = open.Count == 0 ? null : open[^1].Path;
                diagnostics.Add(UnDiagnostics.MalformedXml(source, NullIfZero(e.LineNumber), NullIfZero(e.LinePosition), path, Detail(e)));
            }

            return Finish(subjects, diagnostics, metered, options);
        }
        catch (DecoderFallbackException e)
        {
            string? path = open.Count == 0 ? null : open[^1].Path;
            diagnostics.Add(UnDiagnostics.MalformedXml(source, NullIfZero(lineInfo?.LineNumber ?? 0), NullIfZero(lineInfo?.LinePosition ?? 0), path, e.Message));
            return Finish(subjects, diagnostics, metered, options);
        }

        if (metered.LimitExceeded)
        {
            diagnostics.Add(UnDiagnostics.TooLarge(source, options.MaxBytes));
        }
        else if (!sawRoot)
        {
            diagnostics.Add(UnDiagnostics.MalformedXml(source, null, null, null, "no root element"));
        }

        return Finish(subjects, diagnostics, metered, options);
    }

    private static ListReadResult Finish(List<Subject> subjects, List<Diagnostic> diagnostics, MeteredStream metered, ListReadOptions options)
    {
        options.Progress?.Report(metered.BytesRead);
        return new ListReadResult([.. subjects], [.. diagnostics]);
    }

    /// <summary>Handles an element once it is complete: a record under INDIVIDUALS or ENTITIES becomes a subject.</summary>
    private static void Close(UnNode node, List<Subject> subjects, List<Diagnostic> diagnostics, Dictionary<string, int> seen, ListReadOptions options)
    {
        if (node.Depth != 3 || node.Parent is not { } group)
        {
            return;
        }

        SubjectKind? kind = (group.Name, node.Name) switch
        {
            ("INDIVIDUALS", "INDIVIDUAL") => SubjectKind.Person,
            ("ENTITIES", "ENTITY") => SubjectKind.Organization,
            _ => null,
        };
        if (kind is { } k && ToSubject(node, k, diagnostics, seen, options) is { } subject)
        {
            subjects.Add(subject);
        }
    }

    /// <summary>The XmlException message without the position that the diagnostic already gives.</summary>
    private static string Detail(XmlException e)
    {
        string message = e.Message;
        int at = message.IndexOf(" Line ", StringComparison.Ordinal);
        return (at > 0 ? message[..at] : message).TrimEnd('.', ' ', ',');
    }

    /// <summary>Line and column (from 1) of <c>&lt;!DOCTYPE</c> in the first bytes read as UTF-8, or zeros.</summary>
    private static (int Line, int Column) FindDoctype(ReadOnlySpan<byte> head)
    {
        string text = Encoding.UTF8.GetString(head);
        int at = text.IndexOf("<!DOCTYPE", StringComparison.Ordinal);
        if (at < 0)
        {
            return (0, 0);
        }

        int line = 1, lineStart = 0;
        for (int i = 0; i < at; i++)
        {
            if (text[i] == '\n')
            {
                line++;
                lineStart = i + 1;
            }
        }

        return (line, at - lineStart + 1);
    }

    private static int? NullIfZero(int value) => value > 0 ? value : null;
}
