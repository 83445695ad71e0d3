using Vigil.Formats.Edifact;
using Vigil.Formats.Paxlst;

namespace Vigil.Formats.Cusres;

/// <summary>The answer to an interactive API request (iAPI): one CUSRES message in its own interchange, with a
/// response for each traveler of the request, or one error when the request could not be read.</summary>
/// <remarks>
/// <para>
/// <see cref="CusresWriter"/> writes it; <c>docs/cusres.md</c> describes the message segment by segment. Build it
/// from a parsed request with <see cref="ForRequest"/>, or with <see cref="ForUnreadableRequest"/> when the request
/// could not be read, so that the check-in agent is never left waiting.
/// </para>
/// <para>
/// An answer has at least one traveler, or <see cref="IsRequestUnreadable"/> set and no traveler; the writer refuses
/// anything else.
/// </para>
/// </remarks>
public sealed record CusresAnswer
{
    /// <summary>The request answered.</summary>
    public required CusresRequest Request { get; init; }

    /// <summary>The answer's own interchange control reference (UNB element 5, repeated in UNZ).</summary>
    public required string ControlReference { get; init; }

    /// <summary>When the answer was prepared, in the authority's local time (UNB element 4, UNG element 4). The time of
    /// day is required.</summary>
    public required LocalDateTime PreparedAt { get; init; }

    /// <summary>The flight the request is about, or null when it is not known.</summary>
    public CusresFlight? Flight { get; init; }

    /// <summary>The travelers, in the request's order: one ERP+2 group each.</summary>
    public IReadOnlyList<CusresTraveler> Travelers { get; init; } = [];

    /// <summary>True for the answer to a request that could not be read: one ERP+1 group with the error instead of
    /// traveler groups.</summary>
    public bool IsRequestUnreadable { get; init; }

    /// <summary>The answer to a PAXLST request as <see cref="PaxlstParser"/> read it.</summary>
    /// <param name="interchange">The request's interchange header; its sender and recipient must be known.</param>
    /// <param name="request">The message answered.</param>
    /// <param name="responses">One response per traveler of <paramref name="request"/>, in the same order.</param>
    /// <param name="controlReference">The answer's own interchange control reference.</param>
    /// <param name="preparedAt">When the answer is prepared, local time, with the time of day.</param>
    /// <param name="flight">The leg the answer is about; null for the request's last leg, the one that arrives in the
    /// destination country (for a one-leg request, its only leg).</param>
    /// <returns>The answer. A request with no traveler gets the answer of <see cref="ForUnreadableRequest"/>: no
    /// traveler could be read from it.</returns>
    /// <remarks>
    /// Each traveler's booking reference is the first RFF+AVF the request gave; their own reference is the first
    /// RFF+ABO, or else the first other reference with a qualifier and a value, kept with its qualifier. The flight
    /// number is written as the request wrote it after the carrier (<c>VG0471</c> stays <c>VG0471</c>).
    /// </remarks>
    /// <exception cref="ArgumentException">The interchange names no sender or no recipient (answer with
    /// <see cref="ForUnreadableRequest"/>), or <paramref name="responses"/> does not have one response per
    /// traveler.</exception>
    public static CusresAnswer ForRequest(
        EdifactInterchange interchange,
        PaxlstMessage request,
        IReadOnlyList<CusresResponse> responses,
        string controlReference,
        LocalDateTime preparedAt,
        FlightLeg? flight = null)
    {
        ArgumentNullException.ThrowIfNull(interchange);
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(responses);
        ArgumentException.ThrowIfNullOrWhiteSpace(controlReference);
        if (responses.Count != request.Travelers.Count)
        {
            throw new ArgumentException(
                $"The request lists {request.Travelers.Count} travelers; {responses.Count} responses were given.", nameof(responses));
        }

        CusresRequest envelope = CusresRequest.From(interchange, request);
        flight ??= request.Flights.Count > 0 ? request.Flights[^1] : null;
        CusresTraveler[] travelers = new CusresTraveler[responses.Count];
        for (int i = 0; i < travelers.Length; i++)
        {
            travelers[i] = TravelerOf(request.Travelers[i], responses[i]);
        }

        return new CusresAnswer
        {
            Request = envelope,
            ControlReference = controlReference,
            PreparedAt = preparedAt,
            Flight = flight is null ? null : FlightOf(flight),
            Travelers = travelers,
            IsRequestUnreadable = travelers.Length == 0,
        };
    }

    /// <summary>The answer to a request that could not be read, or that holds no traveler: no traveler group, one
    /// error group saying the request was unreadable.</summary>
    /// <param name="carrier">Who sent the request, when its UNB does not say: the answer goes to them.</param>
    /// <param name="authority">Whom the request was for (the authority answering), when its UNB does not say.</param>
    /// <param name="controlReference">The answer's own interchange control reference.</param>
    /// <param name="preparedAt">When the answer is prepared, local time, with the time of day.</param>
    /// <param name="interchange">The request's interchange header when it could be read: its parties, character set,
    /// service characters, control and application references are used.</param>
    /// <param name="request">The request's message when it could be read: its reference, transaction number,
    /// functional group and last leg are used.</param>
    public static CusresAnswer ForUnreadableRequest(
        CusresParty carrier,
        CusresParty authority,
        string controlReference,
        LocalDateTime preparedAt,
        EdifactInterchange? interchange = null,
        PaxlstMessage? request = null)
    {
        ArgumentNullException.ThrowIfNull(carrier);
        ArgumentNullException.ThrowIfNull(authority);
        ArgumentException.ThrowIfNullOrWhiteSpace(controlReference);
        return new CusresAnswer
        {
            Request = CusresRequest.From(interchange, request, carrier, authority),
            ControlReference = controlReference,
            PreparedAt = preparedAt,
            Flight = request is { Flights.Count: > 0 } ? FlightOf(request.Flights[^1]) : null,
            IsRequestUnreadable = true,
        };
    }

    private static CusresTraveler TravelerOf(PaxlstTraveler traveler, CusresResponse response)
    {
        string? booking = null;
        CusresReference? own = null, other = null;
        foreach (PaxlstReference reference in traveler.References)
        {
            if (reference is not { Type: { } type, Value: { } value })
            {
                continue;
            }

            if (type == "AVF")
            {
                booking ??= value;
            }
            else if (type == "ABO")
            {
                own ??= new CusresReference(type, value);
            }
            else
            {
                other ??= new CusresReference(type, value);
            }
        }

        return new CusresTraveler { BookingReference = booking, TravelerReference = own ?? other, Response = response };
    }

    private static CusresFlight FlightOf(FlightLeg leg) =>
        new() { Carrier = leg.Carrier, Number = NumberAsSent(leg), Departure = leg.Departure, Arrival = leg.Arrival };

    /// <summary>The flight number as the request wrote it after the carrier (<c>VG0471</c> gives <c>0471</c>), so that
    /// RFF+AF repeats the request's flight; the reader's number when the identification is not the carrier and a
    /// number.</summary>
    private static string? NumberAsSent(FlightLeg leg)
    {
        string? identification = leg.FlightIdentification?.Replace(" ", string.Empty, StringComparison.Ordinal);
        if (string.IsNullOrEmpty(identification))
        {
            return leg.Number;
        }

        if (leg.Carrier is not { } carrier)
        {
            return identification;
        }

        if (identification.Length > carrier.Length && identification.StartsWith(carrier, StringComparison.Ordinal))
        {
            return identification[carrier.Length..];
        }

        return char.IsAsciiDigit(identification[0]) ? identification : leg.Number;
    }
}
