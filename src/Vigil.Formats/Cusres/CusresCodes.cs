namespace Vigil.Formats.Cusres;

/// <summary>Every code Vigil sends in an ERC of a CUSRES answer, with the text of the FTX+AAP that follows it. The
/// one table: <c>docs/cusres.md</c> lists the same codes.</summary>
/// <remarks>
/// <c>0Z</c> (OK to board) and <c>1Z</c> (do not board) are the codes of the WCO/IATA/ICAO API guidelines' iAPI
/// examples, which public implementations share. The codes for contact, selectee and insufficient data are
/// state-defined; Vigil sends <c>2Z</c>, <c>4Z</c> and <c>8Z</c>, codes of the form public implementations use, and
/// <c>9Z</c> for a request it could not read: Vigil's code list, to be checked against the list of the state that
/// runs it. A state whose carriers use other codes changes this table and the document together. Texts are
/// upper-case letters, digits, spaces and hyphens: they are the same under every character set.
/// </remarks>
internal static class CusresCodes
{
    /// <summary>The ERP+1 group's code: the request could not be read, or held no traveler.</summary>
    public static readonly CusresCode UnreadableRequest = new("9Z", "REQUEST UNREADABLE - CHECK AND RESEND");

    /// <summary>The code and text of a traveler's response.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Not a response: a caller's bug.</exception>
    public static CusresCode Of(CusresResponse response) => response switch
    {
        CusresResponse.Board => new("0Z", "OK TO BOARD"),
        CusresResponse.NoBoard => new("1Z", "DO NOT BOARD"),
        CusresResponse.Contact => new("2Z", "CONTACT BORDER AUTHORITY - BOARDING PASS INHIBITED"),
        CusresResponse.Selectee => new("4Z", "OK TO BOARD - SELECTED FOR ADDITIONAL SCREENING"),
        CusresResponse.InsufficientData => new("8Z", "INSUFFICIENT DATA - NOT PROCESSED - CORRECT AND RESEND"),
        _ => throw new ArgumentOutOfRangeException(nameof(response), response, "Not a CUSRES response."),
    };
}
