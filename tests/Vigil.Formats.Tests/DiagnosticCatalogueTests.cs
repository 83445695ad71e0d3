using System.Text.RegularExpressions;
using Vigil.Testing;

namespace Vigil.Formats.Tests;

/// <summary>STYLE.md §9: each diagnostic code has an entry in the error catalogue document (docs/diagnostics.md).</summary>
public sealed partial class DiagnosticCatalogueTests
{
    private static string CataloguePath => Path.Combine(RepositoryRoot.Path, "docs", "diagnostics.md");

    [Fact]
    public void Every_diagnostic_code_has_an_entry_in_the_catalogue_document()
    {
        SortedSet<string> documented = DocumentedCodes();

        string[] missing = [.. SourceCodes().Except(documented, StringComparer.Ordinal)];

        Assert.Empty(missing);
    }

    [Fact]
    public void The_catalogue_document_names_no_code_that_the_sources_lack()
    {
        SortedSet<string> inSources = SourceCodes();

        string[] unknown = [.. MentionedCodes().Except(inSources, StringComparer.Ordinal)];

        Assert.Empty(unknown);
    }

    [Fact]
    public void The_catalogue_document_has_one_entry_per_code()
    {
        string[] repeated = [.. EntryHeadings().GroupBy(c => c, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key)];

        Assert.Empty(repeated);
    }

    [Fact]
    public void The_sources_have_diagnostic_codes_to_check()
    {
        // Guards the two tests above against passing vacuously, for example if the sources moved.
        Assert.NotEmpty(SourceCodes());
    }

    /// <summary>Every code in the C# sources of Vigil.Formats (build output excluded).</summary>
    private static SortedSet<string> SourceCodes()
    {
        string formats = Path.Combine(RepositoryRoot.Path, "src", "Vigil.Formats");
        SortedSet<string> codes = new(StringComparer.Ordinal);
        foreach (string file in Directory.EnumerateFiles(formats, "*.cs", SearchOption.AllDirectories))
        {
            string relative = Path.GetRelativePath(formats, file);
            string first = relative.Split(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar)[0];
            if (first is "bin" or "obj")
            {
                continue;
            }

            foreach (Match match in Code().Matches(File.ReadAllText(file)))
            {
                codes.Add(match.Value);
            }
        }

        return codes;
    }

    /// <summary>The codes that have an entry: a heading that starts with the code ("### VGL-UN001: ...").</summary>
    private static SortedSet<string> DocumentedCodes() => new(EntryHeadings(), StringComparer.Ordinal);

    private static List<string> EntryHeadings() =>
        [.. File.ReadLines(CataloguePath).Select(line => EntryHeading().Match(line)).Where(m => m.Success).Select(m => m.Groups["code"].Value)];

    /// <summary>Every code the document names anywhere, in a heading or in the text.</summary>
    private static SortedSet<string> MentionedCodes() =>
        new(Code().Matches(File.ReadAllText(CataloguePath)).Select(m => m.Value), StringComparer.Ordinal);

    [GeneratedRegex(@"VGL-[A-Z]+\d{3}", RegexOptions.CultureInvariant)]
    private static partial Regex Code();

    [GeneratedRegex(@"^#{2,6}\s+`?(?<code>VGL-[A-Z]+\d{3})\b", RegexOptions.CultureInvariant)]
    private static partial Regex EntryHeading();
}
