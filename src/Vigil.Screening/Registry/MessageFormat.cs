namespace Vigil.Screening.Registry;

/// <summary>A format of travel messages Vigil receives and screens: API lists, PNR pushes, document zones.</summary>
/// <param name="Name">The name used on the command line, in the API and in the message store (<c>paxlst</c>).</param>
/// <param name="Description">What it is, for help texts.</param>
public sealed record MessageFormat(string Name, string Description);
