namespace Vigil.Formats.Paxlst;

/// <summary>A reference of a traveler (RFF): reservation locator (<c>AVF</c>), passenger reference (<c>ABO</c>),
/// seat (<c>SEA</c>)...</summary>
/// <param name="Type">The reference qualifier as sent.</param>
/// <param name="Value">The reference as sent.</param>
public readonly record struct PaxlstReference(string? Type, string? Value);
