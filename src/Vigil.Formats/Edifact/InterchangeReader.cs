using System.Globalization;

namespace Vigil.Formats.Edifact;

/// <summary>Reads the envelope of an interchange (UNA, UNB/UNZ, UNG/UNE, UNH/UNT) and hands the body of each message
/// to a <see cref="MessageReader{TMessage}"/>.</summary>
/// <remarks>
/// Checks the envelope rules of ISO 9735-1 §5 (FORMATS.md §1): UNT counts and references, UNE/UNZ counts and
/// references, every UNH has a UNT, nothing after UNZ. A broken rule is an error located at the segment that shows it;
/// the messages are still read and returned.
/// </remarks>
internal sealed class InterchangeReader<TMessage>
    where TMessage : class
{
    private readonly EdifactContext _context;
    private readonly MessageReader<TMessage> _reader;
    private readonly Action<TMessage>? _onMessage;
    private readonly List<TMessage> _messages = [];
    private int _messagesRead;
    private SegmentTokenizer _tokenizer = null!;
    private EdifactInterchange? _interchange;
    private bool _sawHeader;
    private bool _afterTrailer;
    private bool _reportedAfterTrailer;
    private bool _reportedBeforeHeader;
    private int _messageCount;
    private int _groupCount;
    private bool _inGroup;
    private string? _groupReference;

    /// <summary>The message type the open functional group declares (UNG element 1), or null.</summary>
    private string? _groupMessageType;
    private int _groupIndex;
    private int _messagesInGroup;
    private MessageHeader? _message;
    private int _segmentsInMessage;
    private bool _reportedMessageTooLarge;
    private int _segmentCount;
    private bool _skipMessage;

    private InterchangeReader(EdifactContext context, MessageReader<TMessage> reader, Action<TMessage>? onMessage)
    {
        _context = context;
        _reader = reader;
        _onMessage = onMessage;
    }

    private EdifactIssues Issues => _context.Issues;

    /// <summary>Reads an interchange from bytes (CR and LF already removed).</summary>
    /// <param name="input">The interchange.</param>
    /// <param name="context">The options, issues and reference date.</param>
    /// <param name="reader">The reader of message bodies.</param>
    /// <param name="onMessage">Null to keep every message in the result; else called with each message as soon as it is
    /// read, and the result holds none.</param>
    public static EdifactParseResult<TMessage> Read(EdifactInput input, EdifactContext context, MessageReader<TMessage> reader, Action<TMessage>? onMessage = null) =>
        new InterchangeReader<TMessage>(context, reader, onMessage).Run(input);

    private EdifactParseResult<TMessage> Run(EdifactInput input)
    {
        byte[] data = input.Buffer;
        int length = input.Length;
        int p = 0;
        bool hasUna = false;
        ServiceCharacters service = ServiceCharacters.Default;
        if (length >= 3 && data[0] == 0xEF && data[1] == 0xBB && data[2] == 0xBF)
        {
            p = 3;
            Issues.Warning(EdifactDiagnostics.ByteOrderMarkCode, "The input starts with a UTF-8 byte order mark, which EDIFACT does not use; it was ignored.", 1, null);
        }

        while (p < length && data[p] is (byte)' ' or (byte)'\t')
        {
            p++;
        }

        if (p == length)
        {
            Issues.Error(EdifactDiagnostics.EmptyCode, "The input holds no EDIFACT segment: it is empty.", 1, null);
            return Result(EdifactOutcome.Unreadable);
        }

        if (length - p >= 3 && data[p] == 'U' && data[p + 1] == 'N' && data[p + 2] == 'A')
        {
            string? problem = ServiceCharacters.TryRead(data.AsSpan(p + 3, Math.Min(6, length - p - 3)), out service);
            if (problem is not null)
            {
                Issues.Error(EdifactDiagnostics.UnusableServiceStringCode,
                    $"The service characters cannot be determined: {problem}. Nothing was read.", 0, "UNA");
                return Result(EdifactOutcome.Unreadable);
            }

            hasUna = true;
            p += 9;
        }

        _tokenizer = new SegmentTokenizer(data, length, p, service, _context.Options.Limits, Issues, input.IsTooLarge);
        Segment segment = new(EdifactCharacterSet.Initial, (byte)service.ReleaseCharacter, length);
        _interchange = null;
        while (_tokenizer.Read(segment))
        {
            _segmentCount++;
            OnSegment(segment, service, hasUna);
        }

        int last = _tokenizer.LastIndex;
        string? lastTag = last > 0 ? segment.TagText : null;
        if (_segmentCount == 0 && !_tokenizer.StoppedAtLimit)
        {
            Issues.Error(EdifactDiagnostics.EmptyCode, hasUna
                ? "The input holds no segment after UNA."
                : "The input holds no EDIFACT segment.", Math.Max(last, 1), lastTag);
            return Result(EdifactOutcome.Unreadable);
        }

        bool complete = !_tokenizer.StoppedAtLimit;
        if (_message is not null)
        {
            if (complete)
            {
                Issues.Error(EdifactDiagnostics.MissingMessageTrailerCode,
                    $"The message {_message.Reference} (UNH at segment {_message.SegmentIndex}) has no UNT: the data ends first.", last, lastTag);
            }

            EndMessage(hasTrailer: false);
        }

        if (complete && _inGroup)
        {
            Issues.Error(EdifactDiagnostics.MissingGroupTrailerCode,
                $"The functional group {_groupReference} (UNG at segment {_groupIndex}) has no UNE: the data ends first.", last, lastTag);
        }

        if (complete && _sawHeader && !_afterTrailer)
        {
            Issues.Error(EdifactDiagnostics.MissingInterchangeTrailerCode,
                "The interchange has no UNZ: the data ends first (a truncated file?).", last, lastTag);
        }

        if (!_sawHeader && !_reportedBeforeHeader)
        {
            Issues.Error(EdifactDiagnostics.MissingInterchangeHeaderCode, "The interchange has no UNB header.", Math.Max(last, 1), lastTag);
        }

        EdifactOutcome outcome = !_sawHeader && _messagesRead == 0
            ? EdifactOutcome.Unreadable
            : Issues.ErrorCount > 0 ? EdifactOutcome.Invalid : EdifactOutcome.Valid;
        return Result(outcome);
    }

    private EdifactParseResult<TMessage> Result(EdifactOutcome outcome) => new(outcome, Issues.Items, _interchange, _messages);

    private void OnSegment(Segment segment, ServiceCharacters service, bool hasUna)
    {
        int tag = segment.Tag;
        if (_afterTrailer && !_reportedAfterTrailer)
        {
            _reportedAfterTrailer = true;
            Issues.Error(EdifactDiagnostics.DataAfterInterchangeCode,
                "Data follows UNZ, which ends the interchange; it was read, but belongs to no interchange.", segment);
        }

        if (!_sawHeader && !_afterTrailer && !_reportedBeforeHeader && tag != SegmentTags.Unb)
        {
            _reportedBeforeHeader = true;
            Issues.Error(EdifactDiagnostics.MissingInterchangeHeaderCode,
                $"The interchange must start with UNB{(hasUna ? " after UNA" : string.Empty)}; found '{segment.TagText}'.", segment);
        }

        switch (tag)
        {
            case 0:
                // Reported by the tokenizer; a bad segment inside a message still counts in UNT.
                if (_message is not null)
                {
                    _segmentsInMessage++;
                }

                return;
            case SegmentTags.Unb:
                if (_sawHeader || _afterTrailer)
                {
                    if (!_afterTrailer)
                    {
                        Issues.Error(EdifactDiagnostics.EnvelopeOutOfPlaceCode, "A second UNB before the UNZ of the first interchange; it was ignored.", segment);
                    }

                    return;
                }

                ReadInterchangeHeader(segment, service, hasUna);
                return;
            case SegmentTags.Ung:
                CloseMessageBefore(segment);
                if (_inGroup)
                {
                    Issues.Error(EdifactDiagnostics.MissingGroupTrailerCode,
                        $"The functional group {_groupReference} (UNG at segment {_groupIndex}) has no UNE before the next UNG.", segment);
                }

                _inGroup = true;
                _groupReference = segment.Text(5);
                _groupMessageType = segment.Text(1);
                _groupIndex = segment.Index;
                _messagesInGroup = 0;
                _groupCount++;
                if (_groupReference is null)
                {
                    Issues.Error(EdifactDiagnostics.MissingElementCode, "UNG has no group reference (element 5).", segment, 5);
                }

                return;
            case SegmentTags.Une:
                CloseMessageBefore(segment);
                if (!_inGroup)
                {
                    Issues.Error(EdifactDiagnostics.UnexpectedGroupTrailerCode, "UNE without a UNG before it.", segment);
                    return;
                }

                CheckCount(segment, _messagesInGroup, "messages in the group", EdifactDiagnostics.GroupCountCode);
                CheckReference(segment, _groupReference, "UNG group reference", EdifactDiagnostics.GroupReferenceMismatchCode);
                _inGroup = false;
                return;
            case SegmentTags.Unh:
                CloseMessageBefore(segment);
                BeginMessage(segment);
                return;
            case SegmentTags.Unt:
                if (_message is null)
                {
                    Issues.Error(EdifactDiagnostics.UnexpectedMessageTrailerCode, "UNT without a UNH before it.", segment);
                    return;
                }

                _segmentsInMessage++;
                CheckCount(segment, _segmentsInMessage, "segments from UNH to UNT", EdifactDiagnostics.MessageSegmentCountCode);
                CheckReference(segment, _message.Reference, "UNH message reference", EdifactDiagnostics.MessageReferenceMismatchCode);
                EndMessage(hasTrailer: true);
                return;
            case SegmentTags.Unz:
                CloseMessageBefore(segment);
                if (_inGroup)
                {
                    Issues.Error(EdifactDiagnostics.MissingGroupTrailerCode,
                        $"The functional group {_groupReference} (UNG at segment {_groupIndex}) has no UNE before UNZ.", segment);
                    _inGroup = false;
                }

                if (_afterTrailer)
                {
                    return;
                }

                if (!_sawHeader)
                {
                    Issues.Error(EdifactDiagnostics.EnvelopeOutOfPlaceCode, "UNZ without a UNB before it.", segment);
                }
                else
                {
                    bool groups = _groupCount > 0;
                    int? declared = CheckCount(segment, groups ? _groupCount : _messageCount,
                        groups ? "functional groups in the interchange" : "messages in the interchange", EdifactDiagnostics.InterchangeCountCode);
                    CheckReference(segment, _interchange?.ControlReference, "UNB control reference", EdifactDiagnostics.InterchangeReferenceMismatchCode);
                    if (_interchange is not null)
                    {
                        _interchange = _interchange with { DeclaredCount = declared };
                        _context.Interchange = _interchange;
                    }
                }

                _afterTrailer = true;
                return;
            case SegmentTags.Una:
                Issues.Error(EdifactDiagnostics.EnvelopeOutOfPlaceCode, "UNA may only be the first segment of an interchange; it was ignored.", segment);
                return;
            default:
                if (_message is null)
                {
                    if (_sawHeader || _reportedBeforeHeader)
                    {
                        if (!_afterTrailer && (_sawHeader || segment.Index > 1))
                        {
                            if (Issues.IsFull(Diagnostics.DiagnosticSeverity.Error))
                            {
                                Issues.CountUnlisted(Diagnostics.DiagnosticSeverity.Error);
                            }
                            else
                            {
                                Issues.Error(EdifactDiagnostics.SegmentOutsideMessageCode,
                                    $"{segment.TagText} stands outside any message (no UNH before it); it was not read.", segment);
                            }
                        }
                    }

                    return;
                }

                _segmentsInMessage++;
                if (_skipMessage)
                {
                    return;
                }

                if (_segmentsInMessage > _context.Options.Limits.MaxSegmentsPerMessage)
                {
                    if (!_reportedMessageTooLarge)
                    {
                        _reportedMessageTooLarge = true;
                        Issues.Error(EdifactDiagnostics.MessageTooLargeCode,
                            $"The message {_message.Reference} has more than {_context.Options.Limits.MaxSegmentsPerMessage} segments; from this one to its UNT they were counted but not read.",
                            segment);
                    }

                    return;
                }

                _reader.Read(segment);
                return;
        }
    }

    private void ReadInterchangeHeader(Segment segment, ServiceCharacters service, bool hasUna)
    {
        _sawHeader = true;
        string? syntax = segment.Text(1, 1);
        string? version = segment.Text(1, 2);
        EdifactCharacterSet? characterSet = EdifactCharacterSet.For(syntax, service);
        if (syntax is null)
        {
            Issues.Error(EdifactDiagnostics.MissingElementCode, "UNB has no syntax identifier (element 1, component 1).", segment, 1, 1);
        }
        else if (characterSet is null)
        {
            Issues.Warning(EdifactDiagnostics.UnknownSyntaxCode,
                $"The syntax identifier '{syntax}' is not one Vigil knows (UNOA to UNOK, UNOW, UNOY, IATA); the bytes were read as UTF-8.", segment, 1, 1);
        }

        characterSet ??= EdifactCharacterSet.Initial;
        if (version is null)
        {
            Issues.Error(EdifactDiagnostics.MissingElementCode, "UNB has no syntax version number (element 1, component 2).", segment, 1, 2);
        }
        else if (version == "4")
        {
            _tokenizer.WatchRepetitionSeparator(service.RepetitionSeparator);
        }

        segment.CharacterSet = characterSet;
        _tokenizer.CharacterSet = characterSet;
        SegmentTokenizer.CheckCharacters(segment, characterSet, Issues);

        string? sender = segment.Text(2, 1);
        string? recipient = segment.Text(3, 1);
        string? reference = segment.Text(5);
        if (sender is null)
        {
            Issues.Error(EdifactDiagnostics.MissingElementCode, "UNB has no sender identification (element 2, component 1).", segment, 2, 1);
        }

        if (recipient is null)
        {
            Issues.Error(EdifactDiagnostics.MissingElementCode, "UNB has no recipient identification (element 3, component 1).", segment, 3, 1);
        }

        if (reference is null)
        {
            Issues.Error(EdifactDiagnostics.MissingElementCode, "UNB has no interchange control reference (element 5).", segment, 5);
        }

        LocalDateTime? preparedAt = null;
        string? date = segment.Text(4, 1);
        string? time = segment.Text(4, 2);
        if (date is null)
        {
            Issues.Error(EdifactDiagnostics.MissingElementCode, "UNB has no date of preparation (element 4, component 1).", segment, 4, 1);
        }
        else
        {
            // The UNB date has no reference but the host's today; without one, YY is 20YY.
            DateOnly pivot = _context.Options.Today ?? new DateOnly(2050, 1, 1);
            if (!EdifactDates.TryParseYymmdd(date, EdifactDates.YearRule.Window, pivot, out DateOnly day))
            {
                Issues.Error(EdifactDiagnostics.InvalidDateCode, $"The UNB date of preparation '{date}' is not a valid YYMMDD or CCYYMMDD date.", segment, 4, 1);
            }
            else
            {
                TimeOnly? at = null;
                bool seconds = false;
                if (time is not null)
                {
                    if (EdifactDates.TryParseTime(time, out TimeOnly t, out seconds))
                    {
                        at = t;
                    }
                    else
                    {
                        Issues.Error(EdifactDiagnostics.InvalidDateCode, $"The UNB time of preparation '{time}' is not a valid HHMM time.", segment, 4, 2);
                    }
                }

                preparedAt = new LocalDateTime(day, at, seconds);
                _context.ReferenceDate = day;
            }
        }

        _interchange = new EdifactInterchange
        {
            SyntaxIdentifier = syntax,
            SyntaxVersion = version,
            Sender = sender,
            SenderQualifier = segment.Text(2, 2),
            Recipient = recipient,
            RecipientQualifier = segment.Text(3, 2),
            ControlReference = reference,
            PreparedAt = preparedAt,
            ApplicationReference = segment.Text(7),
            IsTest = segment.Text(11) == "1",
            ServiceCharacters = service,
            HasServiceStringAdvice = hasUna,
        };
        _context.Interchange = _interchange;
    }

    private void BeginMessage(Segment segment)
    {
        string? reference = segment.Text(1);
        if (reference is null)
        {
            Issues.Error(EdifactDiagnostics.MissingElementCode, "UNH has no message reference number (element 1).", segment, 1);
        }

        string? type = segment.Text(2, 1);
        MessagePart? part = null;
        if (segment.HasElement(4))
        {
            int? sequence = null;
            string? sequenceText = segment.Text(4, 1);
            if (sequenceText is not null)
            {
                if (int.TryParse(sequenceText, NumberStyles.None, CultureInfo.InvariantCulture, out int n))
                {
                    sequence = n;
                }
                else
                {
                    Issues.Error(EdifactDiagnostics.InvalidNumberCode,
                        $"The sequence of transfers in UNH '{sequenceText}' is not a number.", segment, 4, 1);
                }
            }

            bool? final = null;
            switch (segment.Text(4, 2))
            {
                case "F":
                    final = true;
                    break;
                case "C":
                    final = false;
                    break;
                case null:
                    break;
                case string other:
                    Issues.Error(EdifactDiagnostics.StatusOfTransferCode,
                        $"The first and last transfer indicator in UNH is '{other}'; expected C (more to come) or F (final).", segment, 4, 2);
                    break;
            }

            part = new MessagePart(sequence, final);
        }

        _message = new MessageHeader
        {
            Reference = reference,
            Type = type,
            Version = segment.Text(2, 2),
            Release = segment.Text(2, 3),
            ControllingAgency = segment.Text(2, 4),
            AssociationCode = segment.Text(2, 5),
            CommonAccessReference = segment.Text(3),
            Part = part,
            GroupReference = _inGroup ? _groupReference : null,
            SegmentIndex = segment.Index,
        };
        _segmentsInMessage = 1;
        _reportedMessageTooLarge = false;
        _messageCount++;
        if (_inGroup)
        {
            _messagesInGroup++;
        }

        int maxMessages = _context.Options.Limits.MaxMessagesPerInterchange;
        _skipMessage = _messageCount > maxMessages;
        if (_skipMessage)
        {
            // Counted for UNZ and UNE, not read: a flood of tiny messages must not cost memory without bound.
            if (_messageCount == maxMessages + 1)
            {
                Issues.Error(EdifactDiagnostics.TooManyMessagesCode,
                    $"The interchange has more than {maxMessages} messages; from this one on they were counted but not read.", segment);
            }

            return;
        }

        bool expected = string.Equals(type, _reader.MessageType, StringComparison.Ordinal);
        if (type is null)
        {
            Issues.Error(EdifactDiagnostics.MissingElementCode, "UNH has no message type (element 2, component 1); the message was not read.", segment, 2, 1);
        }
        else if (!expected)
        {
            Issues.Error(EdifactDiagnostics.UnknownMessageTypeCode,
                $"The message type is '{type}', not {_reader.MessageType}; the message was not read.", segment, 2, 1);
        }
        else
        {
            _reader.CheckVersion(_message, segment);
        }

        if (type is not null && _inGroup && _groupMessageType is { } groupType && !string.Equals(type, groupType, StringComparison.Ordinal))
        {
            Issues.Warning(EdifactDiagnostics.GroupMessageTypeCode,
                $"The message type is '{type}' but its functional group (UNG at segment {_groupIndex}) holds '{groupType}' messages.", segment, 2, 1);
        }

        _reader.Begin(_message, expected);
    }

    private void CloseMessageBefore(Segment segment)
    {
        if (_message is null)
        {
            return;
        }

        if (Issues.IsFull(Diagnostics.DiagnosticSeverity.Error))
        {
            Issues.CountUnlisted(Diagnostics.DiagnosticSeverity.Error);
        }
        else
        {
            Issues.Error(EdifactDiagnostics.MissingMessageTrailerCode,
                $"The message {_message.Reference} (UNH at segment {_message.SegmentIndex}) has no UNT before this {segment.TagText}.", segment);
        }

        EndMessage(hasTrailer: false);
    }

    private void EndMessage(bool hasTrailer)
    {
        if (!_skipMessage)
        {
            MessageHeader header = _message! with { SegmentCount = _segmentsInMessage, HasTrailer = hasTrailer };
            TMessage message = _reader.End(header);
            _messagesRead++;
            if (_onMessage is null)
            {
                _messages.Add(message);
            }
            else
            {
                _onMessage(message);
            }
        }

        _message = null;
    }

    private int? CheckCount(Segment segment, int actual, string what, string code)
    {
        string? text = segment.Text(1);
        if (text is null)
        {
            Issues.Error(EdifactDiagnostics.MissingElementCode, $"{segment.TagText} has no count (element 1); there are {actual} {what}.", segment, 1);
            return null;
        }

        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out int declared))
        {
            Issues.Error(EdifactDiagnostics.InvalidNumberCode, $"The {segment.TagText} count '{text}' is not a number; there are {actual} {what}.", segment, 1);
            return null;
        }

        if (declared != actual)
        {
            Issues.Error(code, $"{segment.TagText} declares {declared} {what}; there are {actual}.", segment, 1);
        }

        return declared;
    }

    private void CheckReference(Segment segment, string? expected, string what, string code)
    {
        string? text = segment.Text(2);
        if (text is null)
        {
            Issues.Error(EdifactDiagnostics.MissingElementCode, $"{segment.TagText} has no reference (element 2); expected '{expected}', the {what}.", segment, 2);
        }
        else if (expected is not null && !string.Equals(text, expected, StringComparison.Ordinal))
        {
            Issues.Error(code, $"{segment.TagText} reference '{text}' differs from the {what} '{expected}'.", segment, 2);
        }
    }
}
