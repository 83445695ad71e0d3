using System.Globalization;
using System.Reflection;

namespace Vigil.Storage.Migrations;

/// <summary>The migration scripts embedded in this assembly, per engine, in version order.</summary>
/// <remarks>A script is named <c>Migrations/{Engine}/NNNN_name.sql</c>; NNNN is its version. A released script
/// is never edited: a change to the schema is a new script.</remarks>
internal static class MigrationScripts
{
    public static IReadOnlyList<Migration> For(DatabaseEngine engine)
    {
        string prefix = $"Migrations/{engine}/";
        Assembly assembly = typeof(MigrationScripts).Assembly;
        List<Migration> migrations = [];
        foreach (string resource in assembly.GetManifestResourceNames())
        {
            if (!resource.StartsWith(prefix, StringComparison.Ordinal) || !resource.EndsWith(".sql", StringComparison.Ordinal))
            {
                continue;
            }

            string name = resource[prefix.Length..^".sql".Length];
            int underscore = name.IndexOf('_', StringComparison.Ordinal);
            if (underscore <= 0 || !int.TryParse(name.AsSpan(0, underscore), NumberStyles.None, CultureInfo.InvariantCulture, out int version))
            {
                throw new InvalidOperationException($"Migration script '{resource}' is not named NNNN_name.sql.");
            }

            using Stream stream = assembly.GetManifestResourceStream(resource)!;
            using StreamReader reader = new(stream);
            migrations.Add(new Migration(version, name, reader.ReadToEnd()));
        }

        migrations.Sort((a, b) => a.Version.CompareTo(b.Version));
        for (int i = 0; i < migrations.Count; i++)
        {
            if (migrations[i].Version != i + 1)
            {
                throw new InvalidOperationException($"Migration versions for {engine} must be 1, 2, 3...: '{migrations[i].Name}' is out of sequence.");
            }
        }

        return migrations;
    }
}
