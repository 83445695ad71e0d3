namespace Vigil.Domain;

/// <summary>The kind of an identity or travel document.</summary>
public enum DocumentType
{
    /// <summary>A document whose kind the source does not say or Vigil does not know.</summary>
    Other = 0,

    /// <summary>A passport.</summary>
    Passport = 1,

    /// <summary>A national identity card or number.</summary>
    NationalId = 2,

    /// <summary>A visa.</summary>
    Visa = 3,

    /// <summary>A residence permit.</summary>
    ResidencePermit = 4,

    /// <summary>A driving licence.</summary>
    DrivingLicence = 5,

    /// <summary>A tax or social-security number.</summary>
    TaxNumber = 6,

    /// <summary>A seaman's book or crew member certificate.</summary>
    CrewDocument = 7,
}
