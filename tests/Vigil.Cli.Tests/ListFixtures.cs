using System.Xml.Linq;

namespace Vigil.Cli.Tests;

/// <summary>Variants of the public list files written to a temporary folder: newer versions and broken copies.</summary>
public static class ListFixtures
{
    /// <summary>A copy of the UN sample with one individual added (<c>CDi.901</c>), one changed (<paramref name="changedRef"/>
    /// gets a new year of birth) and one removed (<paramref name="removedRef"/>).</summary>
    public static string UnNewerVersion(string folder, string changedRef, string removedRef)
    {
        XDocument document = XDocument.Load(SharedData.UnSample, LoadOptions.PreserveWhitespace);
        XElement individuals = document.Root!.Element("INDIVIDUALS")!;
        XElement Find(string reference) => individuals.Elements("INDIVIDUAL").Single(e => (string?)e.Element("REFERENCE_NUMBER") == reference);

        XElement added = new(Find("CDi.011"));
        added.Element("REFERENCE_NUMBER")!.Value = "CDi.901";
        added.Element("DATAID")!.Value = "9990001";
        added.Element("FIRST_NAME")!.Value = "TESTADDED";
        individuals.Add(added);

        XElement changed = Find(changedRef);
        XElement dob = changed.Element("INDIVIDUAL_DATE_OF_BIRTH")!;
        dob.RemoveNodes();
        dob.Add(new XElement("TYPE_OF_DATE", "EXACT"), new XElement("YEAR", "1931"));

        Find(removedRef).Remove();
        string path = System.IO.Path.Combine(folder, "un-newer.xml");
        document.Save(path);
        return path;
    }

    public static string Write(string folder, string name, string content)
    {
        string path = System.IO.Path.Combine(folder, name);
        File.WriteAllText(path, content);
        return path;
    }
}
