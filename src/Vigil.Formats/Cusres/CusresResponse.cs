namespace Vigil.Formats.Cusres;

/// <summary>What an interactive API answer tells the carrier about one traveler: the ERC code and FTX text of the
/// traveler's response group.</summary>
/// <remarks>The names follow Vigil's decisions (board, selectee, contact, no-board), plus the answer for a traveler
/// who could not be screened. The codes written for each are listed in <c>docs/cusres.md</c>.</remarks>
public enum CusresResponse
{
    /// <summary>OK to board (<c>0Z</c>).</summary>
    Board = 0,

    /// <summary>Board, with secondary screening (<c>4Z</c>).</summary>
    Selectee = 1,

    /// <summary>Contact the authority: the boarding pass is inhibited until it answers (<c>2Z</c>).</summary>
    Contact = 2,

    /// <summary>Do not board (<c>1Z</c>).</summary>
    NoBoard = 3,

    /// <summary>Not processed: the data sent for the traveler are not enough to screen them (<c>8Z</c>). The carrier
    /// corrects and resends.</summary>
    InsufficientData = 4,
}
