namespace Vigil.Formats.Cusres;

/// <summary>An ERC code and the FTX+AAP text written with it.</summary>
/// <param name="Code">The application error code (ERC element 1).</param>
/// <param name="Text">The free text (FTX+AAP element 4).</param>
internal readonly record struct CusresCode(string Code, string Text);
