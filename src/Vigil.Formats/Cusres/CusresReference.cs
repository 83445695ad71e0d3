namespace Vigil.Formats.Cusres;

/// <summary>A reference of a traveler as the carrier sent it in the request (RFF), echoed in the answer.</summary>
/// <param name="Qualifier">The reference qualifier, such as <c>ABO</c> (the carrier's passenger reference).</param>
/// <param name="Value">The reference.</param>
public readonly record struct CusresReference(string Qualifier, string Value);
