namespace Vigil.Formats.Edifact;

/// <summary>Reads the body of messages of one type; the envelope (<see cref="InterchangeReader{TMessage}"/>) gives it every
/// segment between UNH and UNT.</summary>
/// <typeparam name="TMessage">The message model.</typeparam>
internal abstract class MessageReader<TMessage>
    where TMessage : class
{
    protected MessageReader(EdifactContext context) => Context = context;

    protected EdifactContext Context { get; }

    protected EdifactIssues Issues => Context.Issues;

    /// <summary>The message type read, such as <c>PAXLST</c>.</summary>
    public abstract string MessageType { get; }

    /// <summary>Reports a version or release the reader does not know (<see cref="EdifactDiagnostics.UnknownMessageVersionCode"/>).</summary>
    public abstract void CheckVersion(MessageHeader header, Segment unh);

    /// <summary>Starts a message. When <paramref name="isExpectedType"/> is false, the body is not read.</summary>
    public abstract void Begin(MessageHeader header, bool isExpectedType);

    /// <summary>Reads one body segment (not UNH or UNT).</summary>
    public abstract void Read(Segment segment);

    /// <summary>Ends the message and returns it, with its final header.</summary>
    public abstract TMessage End(MessageHeader header);

    /// <summary>Checks a segment against the number of data elements and components its message directory allows.</summary>
    /// <param name="segment">The segment.</param>
    /// <param name="shape">For each data element allowed, the most components it may have.</param>
    protected void CheckShape(Segment segment, ReadOnlySpan<byte> shape)
    {
        for (int e = shape.Length + 1; e <= segment.ElementCount; e++)
        {
            if (segment.HasElement(e))
            {
                Issues.Error(EdifactDiagnostics.TooManyElementsCode,
                    $"{segment.TagText} allows {shape.Length} data element{(shape.Length == 1 ? string.Empty : "s")}, found a value in element {e}; it was not used.",
                    segment, e);
                break;
            }
        }

        int last = Math.Min(shape.Length, segment.ElementCount);
        for (int e = 1; e <= last; e++)
        {
            for (int c = shape[e - 1] + 1; c <= segment.ComponentCount(e); c++)
            {
                if (segment.Has(e, c))
                {
                    Issues.Error(EdifactDiagnostics.TooManyComponentsCode,
                        $"Element {e} of {segment.TagText} allows {shape[e - 1]} component{(shape[e - 1] == 1 ? string.Empty : "s")}, found a value in component {c}; it was not used.",
                        segment, e, c);
                    break;
                }
            }
        }
    }

    /// <summary>Reports an empty mandatory data element (<see cref="EdifactDiagnostics.MissingElementCode"/>).</summary>
    protected void MissingElement(Segment segment, int element, int component, string what) =>
        Issues.Error(EdifactDiagnostics.MissingElementCode, $"{segment.TagText} has no {what} (element {element}, component {component}).",
            segment, element, component);
}
