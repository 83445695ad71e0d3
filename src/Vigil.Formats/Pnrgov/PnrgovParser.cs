using Vigil.Formats.Edifact;

namespace Vigil.Formats.Pnrgov;

/// <summary>Reads IATA PNRGOV interchanges (Passenger Name Record data pushed to governments): the flight and its PNRs,
/// with passengers, documents, itinerary, contacts, payments and addresses.</summary>
/// <remarks>
/// Tolerant and precise as <see cref="Paxlst.PaxlstParser"/>: every issue is located by segment index (UNA is 0, the
/// first segment after it 1), tag, data element and component, nothing throws on bad input, CR and LF are removed
/// before segments are split, and bytes are decoded with the character set UNB declares (<c>IATA</c> is read as
/// ASCII). Codes: <c>VGL-EDI001</c> to <c>VGL-EDI039</c> (<see cref="EdifactDiagnostics"/>) and <c>VGL-PNR001</c> to
/// <c>VGL-PNR009</c> (<see cref="PnrgovDiagnostics"/>).
/// </remarks>
public static class PnrgovParser
{
    /// <summary>Reads a PNRGOV interchange from bytes.</summary>
    public static EdifactParseResult<PnrgovMessage> Parse(ReadOnlySpan<byte> input, EdifactReadOptions? options = null)
    {
        options ??= EdifactReadOptions.Default;
        using EdifactInput data = EdifactInput.From(input, options.Limits.MaxInterchangeBytes);
        EdifactContext context = new(options);
        return InterchangeReader<PnrgovMessage>.Read(data, context, new PnrgovMessageReader(context));
    }

    /// <summary>Reads a PNRGOV interchange from a stream, up to <see cref="EdifactLimits.MaxInterchangeBytes"/>.</summary>
    /// <exception cref="IOException">The stream cannot be read.</exception>
    public static EdifactParseResult<PnrgovMessage> Parse(Stream input, EdifactReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(input);
        options ??= EdifactReadOptions.Default;
        using EdifactInput data = EdifactInput.From(input, options.Limits.MaxInterchangeBytes);
        EdifactContext context = new(options);
        return InterchangeReader<PnrgovMessage>.Read(data, context, new PnrgovMessageReader(context));
    }
}
