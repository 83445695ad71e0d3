namespace Vigil.Formats.Paxlst;

/// <summary>The catalogue of PAXLST diagnostics (message content); the syntax and envelope ones are in
/// <see cref="Edifact.EdifactDiagnostics"/>.</summary>
/// <remarks>Codes are stable: never reuse or renumber one. Positions are segment indexes, as for
/// <see cref="Edifact.EdifactDiagnostics"/>.</remarks>
public static class PaxlstDiagnostics
{
    /// <summary>The BGM document code is not a list of travelers. Example: <c>BGM+999</c>.</summary>
    public const string NotATravelerListCode = "VGL-PAX001";

    /// <summary>The BGM document code is a PAXLST variant other than a passenger or crew list (266 close-out, 655
    /// gate pass, 336 master crew list); it is read as a list. Example: <c>BGM+266+CLOB</c>.</summary>
    public const string OtherListCode = "VGL-PAX002";

    /// <summary>The message has no BGM.</summary>
    public const string MissingBgmCode = "VGL-PAX003";

    /// <summary>The message has no flight (TDT).</summary>
    public const string MissingFlightCode = "VGL-PAX004";

    /// <summary>A flight leg lacks an airport or a time. Example: TDT with LOC+125 and DTM+189 but no LOC+87.</summary>
    public const string IncompleteFlightCode = "VGL-PAX005";

    /// <summary>A traveler has no family name. Example: <c>NAD+FL+++:JOHN</c>.</summary>
    public const string MissingFamilyNameCode = "VGL-PAX006";

    /// <summary>A traveler lacks data the API guidelines make mandatory (date of birth, gender, nationality, a travel
    /// document); the traveler is still returned for screening.</summary>
    public const string MissingTravelerDataCode = "VGL-PAX007";

    /// <summary>A DOC has no document number or no document type. Example: <c>DOC+P</c>.</summary>
    public const string MissingDocumentNumberCode = "VGL-PAX008";

    /// <summary>A travel document lacks its expiry date or issuing country.</summary>
    public const string MissingDocumentDataCode = "VGL-PAX009";

    /// <summary>The gender is not M, F, U or X. Example: <c>ATT+2++W</c>.</summary>
    public const string InvalidGenderCode = "VGL-PAX010";

    /// <summary>A CNT total differs from the travelers listed (a warning: a list sent in parts counts all of them).</summary>
    public const string CountMismatchCode = "VGL-PAX011";

    /// <summary>A segment stands where its meaning is unclear; it was used as described, or ignored. Example:
    /// <c>DTM+36</c> in a traveler group with no DOC.</summary>
    public const string SegmentOutOfPlaceCode = "VGL-PAX012";

    /// <summary>A segment is not part of the PAXLST message; it was ignored. Example: <c>TVL</c>.</summary>
    public const string UnknownSegmentCode = "VGL-PAX013";

    /// <summary>A traveler's party qualifier does not match the list type. Example: <c>NAD+FM</c> in a passenger list.</summary>
    public const string TravelerTypeMismatchCode = "VGL-PAX014";

    /// <summary>The NAD party qualifier is not one of FL, FM, DDU, DDT or MS. Example: <c>NAD+ZZ+++DOE:JOHN</c>.</summary>
    public const string UnknownPartyQualifierCode = "VGL-PAX015";

    /// <summary>A country or location code is not made of letters. Example: <c>NAT+2+12</c>.</summary>
    public const string InvalidCodeCode = "VGL-PAX016";

    /// <summary>A value is given twice for one traveler or document; the first is kept. Example: two DTM+329.</summary>
    public const string RepeatedValueCode = "VGL-PAX017";
}
