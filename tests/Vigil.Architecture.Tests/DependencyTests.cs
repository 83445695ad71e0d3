using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace Vigil.Architecture.Tests;

/// <summary>Dependencies point inward: Domain ← Matching, Formats ← Screening ← Storage ← Server ← Cli.</summary>
public sealed class DependencyTests
{
    public static TheoryData<string, string[]> ForbiddenReferences => new()
    {
        { "Vigil.Domain", ["Vigil.Formats", "Vigil.Screening", "Vigil.Storage", "Vigil.Server", "vigil", "Microsoft.Data.Sqlite", "Npgsql", "Spectre.Console", "System.CommandLine"] },
        { "Vigil.Matching", ["Vigil.Formats", "Vigil.Screening", "Vigil.Storage", "Vigil.Server", "vigil", "Microsoft.Data.Sqlite", "Npgsql", "Spectre.Console", "System.CommandLine", "Microsoft.AspNetCore"] },
        { "Vigil.Formats", ["Vigil.Screening", "Vigil.Storage", "Vigil.Server", "vigil", "Microsoft.Data.Sqlite", "Npgsql", "Spectre.Console", "System.CommandLine", "Microsoft.AspNetCore"] },
        { "Vigil.Screening", ["Vigil.Storage", "Vigil.Server", "vigil", "Microsoft.Data.Sqlite", "Npgsql", "Spectre.Console", "System.CommandLine", "Microsoft.AspNetCore", "ScottPlot", "SkiaSharp"] },
        { "Vigil.Storage", ["Vigil.Server", "vigil", "Spectre.Console", "System.CommandLine", "Microsoft.AspNetCore", "ScottPlot", "SkiaSharp"] },
        { "Vigil.Server", ["vigil", "Spectre.Console", "System.CommandLine", "ScottPlot", "SkiaSharp"] },
    };

    [Theory]
    [MemberData(nameof(ForbiddenReferences))]
    public void Inner_projects_do_not_reference_outer_ones_or_host_packages(string assemblyName, string[] forbidden)
    {
        string[] references = [.. Assembly.Load(assemblyName).GetReferencedAssemblies().Select(a => a.Name!)];

        string[] offending = [.. references.Where(r => forbidden.Any(f => r.Equals(f, StringComparison.Ordinal) || r.StartsWith(f + ".", StringComparison.Ordinal)))];

        Assert.Empty(offending);
    }

    [Fact]
    public void Domain_references_only_the_base_class_library()
    {
        string[] references = [.. Assembly.Load("Vigil.Domain").GetReferencedAssemblies().Select(a => a.Name!)];

        Assert.All(references, r => Assert.True(r.StartsWith("System", StringComparison.Ordinal) || r == "netstandard", $"Vigil.Domain references {r}"));
    }

    [Theory]
    [InlineData("Vigil.Domain")]
    [InlineData("Vigil.Matching")]
    [InlineData("Vigil.Formats")]
    [InlineData("Vigil.Screening")]
    [InlineData("Vigil.Storage")]
    [InlineData("Vigil.Server")]
    public void Only_the_command_line_writes_to_the_console(string assemblyName)
    {
        Assert.DoesNotContain("System.Console", ReferencedTypeNames(assemblyName));
    }

    [Theory]
    [InlineData("Vigil.Domain")]
    [InlineData("Vigil.Matching")]
    [InlineData("Vigil.Formats")]
    [InlineData("Vigil.Screening")]
    public void Pure_projects_do_not_read_the_clock_or_the_file_system_by_path(string assemblyName)
    {
        string[] members = [.. ReferencedMembers(assemblyName)];

        Assert.DoesNotContain("System.DateTime.get_Now", members);
        Assert.DoesNotContain("System.DateTime.get_UtcNow", members);
        Assert.DoesNotContain("System.DateTimeOffset.get_Now", members);
        Assert.DoesNotContain("System.DateTimeOffset.get_UtcNow", members);
        Assert.DoesNotContain("System.IO.File.OpenRead", members);
        Assert.DoesNotContain("System.IO.File.ReadAllText", members);
        Assert.DoesNotContain("System.IO.File.ReadAllBytes", members);
    }

    private static HashSet<string> ReferencedTypeNames(string assemblyName)
    {
        using PEReader pe = new(File.OpenRead(Assembly.Load(assemblyName).Location));
        MetadataReader reader = pe.GetMetadataReader();
        HashSet<string> names = new(StringComparer.Ordinal);
        foreach (TypeReferenceHandle handle in reader.TypeReferences)
        {
            TypeReference type = reader.GetTypeReference(handle);
            names.Add($"{reader.GetString(type.Namespace)}.{reader.GetString(type.Name)}");
        }

        return names;
    }

    private static List<string> ReferencedMembers(string assemblyName)
    {
        using PEReader pe = new(File.OpenRead(Assembly.Load(assemblyName).Location));
        MetadataReader reader = pe.GetMetadataReader();
        List<string> members = [];
        foreach (MemberReferenceHandle handle in reader.MemberReferences)
        {
            MemberReference member = reader.GetMemberReference(handle);
            if (member.Parent.Kind == HandleKind.TypeReference)
            {
                TypeReference type = reader.GetTypeReference((TypeReferenceHandle)member.Parent);
                members.Add($"{reader.GetString(type.Namespace)}.{reader.GetString(type.Name)}.{reader.GetString(member.Name)}");
            }
        }

        return members;
    }
}
