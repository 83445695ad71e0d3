namespace Vigil.Formats.Lists;

/// <summary>Reads one watch-list file format into subjects.</summary>
/// <remarks>Readers never throw on bad input: every problem becomes a diagnostic with its position.</remarks>
public interface IListReader
{
    /// <summary>The format name used on the command line (<c>un-xml</c>, <c>ofac-csv</c>, <c>vigil-jsonl</c>).</summary>
    string Format { get; }

    /// <summary>Reads the whole input.</summary>
    ListReadResult Read(ListInput input, ListReadOptions options);
}
