using System.Runtime.CompilerServices;

// The tests exercise internal parsers (the CSV reader) directly, so their positions can be asserted one by one.
[assembly: InternalsVisibleTo("Vigil.Formats.Tests")]
