namespace Vigil.Formats.Cusres;

/// <summary>A party of an interchange: the identification and its code qualifier, as UNB elements 2 and 3 give them.</summary>
/// <param name="Identification">The identification, such as <c>VGAIR</c>.</param>
/// <param name="Qualifier">The identification code qualifier, such as <c>ZZ</c> (mutually defined), or null.</param>
public sealed record CusresParty(string Identification, string? Qualifier = null);
