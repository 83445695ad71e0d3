namespace Vigil.Formats.Mrz;

/// <summary>Where one line of a zone is in the input.</summary>
/// <param name="Present">False when the line is missing from the input.</param>
/// <param name="FileLine">The line of the input, from 1; for a missing line, the line where it should be.</param>
/// <param name="Start">The index of its first character in the text.</param>
/// <param name="Length">Its length in characters, spaces around it excluded.</param>
/// <param name="Column">The column of its first character in the input line, from 1.</param>
internal readonly record struct ZoneLine(bool Present, int FileLine, int Start, int Length, int Column);
