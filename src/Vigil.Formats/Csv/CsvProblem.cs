namespace Vigil.Formats.Csv;

/// <summary>A problem found while reading one CSV record.</summary>
/// <param name="Kind">What is wrong.</param>
/// <param name="Line">The line, from 1.</param>
/// <param name="Column">The column, from 1, in UTF-16 characters.</param>
/// <param name="FieldIndex">The field, from 0.</param>
internal readonly record struct CsvProblem(CsvProblemKind Kind, int Line, int Column, int FieldIndex);
