using System.Globalization;
using Vigil.Formats.Edifact;

namespace Vigil.Formats.Cusres;

/// <summary>Writes the UN/EDIFACT CUSRES answer to an interactive API request (iAPI): one interchange holding one
/// <c>CUSRES:D:05B:UN:IATA</c> message.</summary>
/// <remarks>
/// <para>
/// The layout, segment by segment, and every code sent are in <c>docs/cusres.md</c>: UNA when the request had one,
/// UNB with the request's sender and recipient swapped, UNG/UNE when the request had a functional group, UNH, BGM+962,
/// RFF+TN, RFF+AF, DTM+189, DTM+232, LOC+125, LOC+87, then for each traveler ERP+2, RFF+AVF, RFF+ABO, ERC and
/// FTX+AAP (or one ERP+1 group when the request was unreadable), UNT, UNZ. Segments follow one another without line
/// breaks.
/// </para>
/// <para>
/// Every value is fitted to the character set of the request (letters without accents, upper case under UNOA,
/// characters outside the set dropped) and its service characters are released. A value absent or empty after
/// fitting leaves its segment out (its element, in UNB and UNH).
/// </para>
/// <para>
/// Pure: nothing is read, not even the clock; the answer says when it was prepared.
/// </para>
/// </remarks>
public static class CusresWriter
{
    /// <summary>The answer's functional group reference: the interchange holds one group.</summary>
    private const string GroupReference = "1";

    /// <summary>Writes the answer as bytes of its character set.</summary>
    /// <exception cref="ArgumentException">The answer cannot be written: no traveler although the request was read,
    /// travelers although it was not, no time of preparation, a party or the control reference empty in the
    /// character set, or unusable service characters. Each is a caller's bug.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A traveler's response is not a <see cref="CusresResponse"/>
    /// value.</exception>
    public static byte[] Write(CusresAnswer answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        CusresRequest request = answer.Request ?? throw new ArgumentException("The answer names no request.", nameof(answer));
        ServiceCharacters service = request.ServiceCharacters;
        if (ServiceCharactersProblem(service) is { } problem)
        {
            throw new ArgumentException(problem, nameof(answer));
        }

        if (answer.PreparedAt.Time is not { } preparedTime)
        {
            throw new ArgumentException("The time of preparation has no time of day, which UNB requires.", nameof(answer));
        }

        IReadOnlyList<CusresTraveler> travelers = answer.Travelers ?? [];
        if (answer.IsRequestUnreadable ? travelers.Count > 0 : travelers.Count == 0)
        {
            throw new ArgumentException(answer.IsRequestUnreadable
                ? "The answer to an unreadable request names no traveler."
                : "The answer names no traveler: answer a request without travelers as unreadable.", nameof(answer));
        }

        int version = int.TryParse(request.SyntaxVersion, NumberStyles.None, CultureInfo.InvariantCulture, out int v) && v > 0 ? v : 4;
        CusresCharacterSet characterSet = CusresCharacterSet.For(request.SyntaxIdentifier, service);
        string carrier = characterSet.Fit(request.Sender?.Identification);
        string authority = characterSet.Fit(request.Recipient?.Identification);
        string controlReference = characterSet.Fit(answer.ControlReference);
        if (carrier.Length == 0 || authority.Length == 0 || controlReference.Length == 0)
        {
            throw new ArgumentException(
                $"The request's sender '{request.Sender?.Identification}', its recipient '{request.Recipient?.Identification}' and the answer's control "
                + $"reference '{answer.ControlReference}' must not be empty in the character set {characterSet.Identifier}.", nameof(answer));
        }

        // The answer's message reference is the request's, so that the carrier pairs them; ISO 9735 asks only that it
        // be unique in the interchange, which holds one message.
        string messageReference = characterSet.Fit(request.MessageReference) is { Length: > 0 } reference ? reference : "1";

        SegmentWriter writer = new(service, releasesRepetition: version >= 4, characterSet);
        if (request.HasServiceStringAdvice || service != ServiceCharacters.Default)
        {
            // ISO 9735 before version 4 reserves the fifth place of UNA, and it is a space.
            writer.ServiceStringAdvice(version >= 4 ? service.RepetitionSeparator : ' ');
        }

        string date = answer.PreparedAt.Date.ToString("yyMMdd", CultureInfo.InvariantCulture);
        string time = preparedTime.ToString("HHmm", CultureInfo.InvariantCulture);
        string?[] toCarrier = [carrier, request.Sender!.Qualifier];
        string?[] fromAuthority = [authority, request.Recipient!.Qualifier];
        writer.Segment("UNB",
            [characterSet.Identifier, version.ToString(CultureInfo.InvariantCulture)], fromAuthority, toCarrier, [date, time], [controlReference],
            [], [request.ApplicationReference], [], [], [], [request.IsTest ? "1" : null]);
        if (request.HasFunctionalGroup)
        {
            writer.Segment("UNG", ["CUSRES"], fromAuthority, toCarrier, [date, time], [GroupReference], ["UN"], ["D", "05B"]);
        }

        writer.StartCount();
        writer.Segment("UNH", [messageReference], ["CUSRES", "D", "05B", "UN", "IATA"], [request.ControlReference]);
        writer.Segment("BGM", ["962"]);
        Reference(writer, characterSet, "TN", request.TransactionReference);
        if (answer.Flight is { } flight)
        {
            Reference(writer, characterSet, "AF", flight.Carrier + flight.Number);
            Time(writer, "189", flight.Departure.Time);
            Time(writer, "232", flight.Arrival.Time);
            Place(writer, characterSet, "125", flight.Departure.Airport);
            Place(writer, characterSet, "87", flight.Arrival.Airport);
        }

        if (answer.IsRequestUnreadable)
        {
            // ERP+1, the heading section (UNCL 1049): the error is the request's, not one traveler's.
            writer.Segment("ERP", ["1"]);
            Code(writer, CusresCodes.UnreadableRequest);
        }

        foreach (CusresTraveler traveler in travelers)
        {
            ArgumentNullException.ThrowIfNull(traveler, nameof(answer));
            // ERP+2, the detail section (UNCL 1049): one traveler.
            writer.Segment("ERP", ["2"]);
            Reference(writer, characterSet, "AVF", traveler.BookingReference);
            if (traveler.TravelerReference is { } own)
            {
                Reference(writer, characterSet, own.Qualifier, own.Value);
            }

            Code(writer, CusresCodes.Of(traveler.Response));
        }

        writer.Segment("UNT", [(writer.Count + 1).ToString(CultureInfo.InvariantCulture)], [messageReference]);
        if (request.HasFunctionalGroup)
        {
            writer.Segment("UNE", ["1"], [GroupReference]);
        }

        writer.Segment("UNZ", ["1"], [controlReference]);
        return writer.ToBytes();
    }

    /// <summary>Writes the answer to a stream.</summary>
    /// <exception cref="ArgumentException">As <see cref="Write(CusresAnswer)"/>.</exception>
    /// <exception cref="IOException">The stream cannot be written.</exception>
    public static void Write(CusresAnswer answer, Stream output)
    {
        ArgumentNullException.ThrowIfNull(output);
        output.Write(Write(answer));
    }

    /// <summary>ERC with the code, FTX+AAP (additional information) with its text.</summary>
    private static void Code(SegmentWriter writer, CusresCode code)
    {
        writer.Segment("ERC", [code.Code]);
        writer.Segment("FTX", ["AAP"], [], [], [code.Text]);
    }

    /// <summary>RFF+qualifier:value, left out when the value is absent or empty in the character set.</summary>
    private static void Reference(SegmentWriter writer, CusresCharacterSet characterSet, string? qualifier, string? value)
    {
        if (characterSet.Fit(value).Length > 0 && characterSet.Fit(qualifier).Length > 0)
        {
            writer.Segment("RFF", [qualifier, value]);
        }
    }

    private static void Place(SegmentWriter writer, CusresCharacterSet characterSet, string qualifier, string? airport)
    {
        if (characterSet.Fit(airport).Length > 0)
        {
            writer.Segment("LOC", [qualifier], [airport]);
        }
    }

    /// <summary>DTM with format 201 (YYMMDDHHMM); 102 (CCYYMMDD) when only the date is known, so that no time is
    /// invented.</summary>
    private static void Time(SegmentWriter writer, string qualifier, LocalDateTime? value)
    {
        if (value is not { } at)
        {
            return;
        }

        writer.Segment("DTM", at.Time is { } time
            ? [qualifier, at.Date.ToString("yyMMdd", CultureInfo.InvariantCulture) + time.ToString("HHmm", CultureInfo.InvariantCulture), "201"]
            : [qualifier, at.Date.ToString("yyyyMMdd", CultureInfo.InvariantCulture), "102"]);
    }

    /// <summary>Why the service characters cannot be written (one sentence), or null when they can.</summary>
    private static string? ServiceCharactersProblem(ServiceCharacters service)
    {
        string text = service.ToString();
        byte[] bytes = new byte[text.Length];
        for (int i = 0; i < text.Length; i++)
        {
            if (text[i] > 0x7E)
            {
                return $"The service characters '{text}' are not ASCII.";
            }

            bytes[i] = (byte)text[i];
        }

        return ServiceCharacters.TryRead(bytes, out _) is { } problem ? $"The service characters '{text}' cannot be used: {problem}." : null;
    }
}
