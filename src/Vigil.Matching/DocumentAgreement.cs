namespace Vigil.Matching;

/// <summary>The traveler's document number equals the number of a document the subject is listed with.</summary>
/// <remarks>Numbers are compared as passports print them: upper-case letters and digits without leading zeros, and
/// without an alpha-3 country code written apart before them ("GBR 091234567"); and only when the issuing countries
/// do not conflict (a country missing on either side does not conflict; a country prefix stands for a missing one). The hit's score is then at least
/// <see cref="Floor"/>, whatever the names say.</remarks>
/// <param name="TravelerNumber">The traveler's document number as given.</param>
/// <param name="ListedType">The listed document's kind as the list writes it ("Passport"), or the name of its
/// <see cref="Vigil.Domain.DocumentType"/> when the list gives no text.</param>
/// <param name="ListedNumber">The listed document's number as the list writes it.</param>
/// <param name="Floor">The least score of a hit with an equal document number.</param>
public sealed record DocumentAgreement(string TravelerNumber, string ListedType, string ListedNumber, double Floor);
