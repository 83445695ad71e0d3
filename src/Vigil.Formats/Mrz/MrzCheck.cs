namespace Vigil.Formats.Mrz;

/// <summary>A check digit of a machine readable zone, in the order the results list them.</summary>
/// <remarks>The JSON names are <c>documentNumber</c>, <c>dateOfBirth</c>, <c>expiry</c>, <c>optionalData</c> and
/// <c>composite</c>; the numeric values give the order.</remarks>
public enum MrzCheck
{
    /// <summary>The check digit of the document number (with its overflow, for long TD1 and TD2 numbers).</summary>
    DocumentNumber = 1,

    /// <summary>The check digit of the date of birth.</summary>
    DateOfBirth = 2,

    /// <summary>The check digit of the date of expiry.</summary>
    Expiry = 3,

    /// <summary>The check digit of the personal number (optional data) of a TD3 passport.</summary>
    OptionalData = 4,

    /// <summary>The composite check digit of TD1, TD2 and TD3 (visas have none).</summary>
    Composite = 5,
}
