using Vigil.Domain;

namespace Vigil.Matching;

/// <summary>A traveler's document as given for screening.</summary>
/// <param name="Number">The number as written.</param>
/// <param name="Country">The issuing country, when known.</param>
/// <param name="Type">The kind of document, when known.</param>
public sealed record DocumentQuery(string Number, CountryCode? Country, DocumentType? Type);
