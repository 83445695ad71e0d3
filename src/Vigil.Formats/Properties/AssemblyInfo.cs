using System.Runtime.CompilerServices;

// The tests exercise internal parsers (the CSV reader) directly, so their positions can be asserted one by one.
[assembly: InternalsVisibleTo("Vigil.Formats.Tests")]

// The shared test library reads CUSRES answers back segment by segment with the EDIFACT tokenizer.
[assembly: InternalsVisibleTo("Vigil.Testing")]
