using Spectre.Console;
using Vigil.Domain;
using Vigil.Screening.Lists;
using Vigil.Screening.Relations;

namespace Vigil.Cli.Output;

/// <summary>The tables and panels the CLI shows to a person.</summary>
internal static class Tables
{
    public static void RenderLists(IAnsiConsole console, IEnumerable<WatchListSummary> lists)
    {
        Table table = new Table().Border(TableBorder.Rounded).AddColumns("List", "Format", "Subjects", "Custody", "Categories", "Last import");
        foreach (WatchListSummary list in lists)
        {
            string custody = string.Join("\n", list.ByCustody.OrderBy(p => p.Key).Select(p => $"{CustodyStates.ToName(p.Key)} {p.Value}"));
            string categories = string.Join("\n", list.ByCategory.OrderBy(p => p.Key).Select(p => $"{ListingCategories.ToName(p.Key)} {p.Value}"));
            string last = list.LastImport is { } import
                ? $"#{import.Id} {import.Provenance.ImportedAt:yyyy-MM-dd HH:mm} UTC\n{import.Provenance.SourceFile}\n+{import.Added} ~{import.Changed} -{import.Removed}"
                : "none";
            table.AddRow(Plain(list.Name), Plain(list.Format), Plain(list.SubjectCount.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)),
                Plain(custody), Plain(categories), Plain(last));
        }

        console.Write(table);
    }

    public static void RenderSubjects(IAnsiConsole console, IReadOnlyList<Subject> subjects, int limit)
    {
        Table table = new Table().Border(TableBorder.Simple).AddColumns("Subject", "Source id", "Primary name", "Born", "Nationality", "Category", "Custody");
        foreach (Subject s in subjects.Take(Math.Max(limit, 0)))
        {
            table.AddRow(
                Plain(s.Id.Value),
                Plain(s.Listing.SourceId),
                Plain(s.PrimaryName?.Full ?? string.Empty),
                Plain(string.Join(", ", s.DatesOfBirth.Select(d => d.ToString()))),
                Plain(string.Join(", ", s.Nationalities.Select(n => n.Value))),
                Plain(ListingCategories.ToName(s.Listing.Category)),
                Plain(CustodyStates.ToName(s.CurrentCustody)));
        }

        console.Write(table);
        if (subjects.Count > limit)
        {
            console.MarkupLineInterpolated($"[grey]{subjects.Count - limit:N0} more; use --limit or --json.[/]");
        }
    }

    public static void RenderSubject(IAnsiConsole console, SubjectRecord record)
    {
        Subject s = record.Subject;
        Grid facts = new Grid().AddColumn(new GridColumn().NoWrap()).AddColumn();
        void Fact(string label, string? value)
        {
            if (!string.IsNullOrEmpty(value))
            {
                facts.AddRow(new Markup($"[grey]{label}[/]"), Plain(value));
            }
        }

        Fact("Vigil id", s.Id.Value);
        Fact("List", $"{s.Listing.ListName} ({s.Listing.SourceId})");
        Fact("Kind", s.Kind.ToString().ToLowerInvariant());
        Fact("Category", ListingCategories.ToName(s.Listing.Category));
        Fact("Custody", CustodyStates.ToName(s.CurrentCustody));
        Fact("Programmes", string.Join(", ", s.Listing.Programmes));
        Fact("Listed on", s.Listing.ListedOn.ToString());
        Fact("Born", string.Join("; ", s.DatesOfBirth.Select(d => d.ToString())));
        Fact("Birthplace", string.Join("; ", s.PlacesOfBirth.Select(p => p.Text)));
        Fact("Nationality", string.Join(", ", s.Nationalities.Select(n => n.Value)));
        Fact("Gender", s.Gender == Gender.Unknown ? null : s.Gender.ToString().ToLowerInvariant());
        Fact("Titles", string.Join("; ", s.Titles));
        Fact("Reason", s.Listing.Reason);
        Fact("Remarks", s.Remarks);
        if (s.Listing.Provenance is { } p)
        {
            Fact("Source", $"{p.SourceFile} (sha256 {p.Sha256[..12]}…), imported {p.ImportedAt:yyyy-MM-dd HH:mm} UTC");
        }

        Fact("Status", record.IsRemoved ? $"REMOVED from the list on {record.RemovedAt:yyyy-MM-dd HH:mm} UTC" : "listed");
        console.Write(new Panel(facts).Header(Markup.Escape(s.PrimaryName?.Full ?? s.Id.Value)).Border(BoxBorder.Rounded));

        Table names = new Table().Border(TableBorder.Simple).Title("Names").AddColumns("Name", "Quality", "Script", "Given", "Family", "Patronymic", "Note");
        foreach (PersonName n in s.Names)
        {
            names.AddRow(Plain(n.Full), Plain(Kebab(n.Quality.ToString())), Plain(n.Script.ToString().ToLowerInvariant()),
                Plain(n.GivenNames ?? ""), Plain(n.FamilyName ?? ""), Plain(n.Patronymic ?? ""), Plain(n.Note ?? ""));
        }

        console.Write(names);
        if (!s.Documents.IsDefaultOrEmpty)
        {
            Table docs = new Table().Border(TableBorder.Simple).Title("Documents").AddColumns("Type", "Number", "Country", "Issued", "Expires", "Note");
            foreach (TravelDocument d in s.Documents)
            {
                docs.AddRow(Plain(d.TypeText ?? Kebab(d.Type.ToString())), Plain(d.Number), Plain(d.IssuingCountry?.Value ?? ""),
                    Plain(d.IssuedOn.ToString()), Plain(d.ExpiresOn.ToString()), Plain(d.Note ?? ""));
            }

            console.Write(docs);
        }

        if (!s.Addresses.IsDefaultOrEmpty)
        {
            Table addresses = new Table().Border(TableBorder.Simple).Title("Addresses").AddColumns("Address", "Country", "Note");
            foreach (Address a in s.Addresses)
            {
                string text = string.Join(", ", new[] { a.Street, a.City, a.Region, a.PostalCode }.Where(x => !string.IsNullOrEmpty(x)));
                addresses.AddRow(Plain(text), Plain(a.Country?.Value ?? a.CountryText ?? ""), Plain(a.Note ?? ""));
            }

            console.Write(addresses);
        }

        RenderCustody(console, s.CustodyHistory);
    }

    public static void RenderCustody(IAnsiConsole console, IEnumerable<CustodyStatus> history)
    {
        Table custody = new Table().Border(TableBorder.Simple).Title("Custody and legal status (oldest first)")
            .AddColumns("Since", "Status", "Authority", "Place", "Country", "Source", "Note", "Recorded");
        foreach (CustodyStatus c in history)
        {
            custody.AddRow(Plain(c.Since.ToString()), Plain(CustodyStates.ToName(c.State)), Plain(c.Authority ?? ""), Plain(c.Place ?? ""),
                Plain(c.Country?.Value ?? ""), Plain(c.Source ?? ""), Plain(c.Note ?? ""),
                Plain($"{(c.IsManual ? "manual" : "list file")}{(c.RecordedBy is null ? "" : ", " + c.RecordedBy)}"));
        }

        if (custody.Rows.Count == 0)
        {
            console.MarkupLine("[grey]No custody or legal status recorded.[/]");
            return;
        }

        console.Write(custody);
    }

    public static void RenderRelatives(IAnsiConsole console, IReadOnlyList<Relative> relatives)
    {
        if (relatives.Count == 0)
        {
            console.MarkupLine("[grey]No relations recorded.[/]");
            return;
        }

        Table table = new Table().Border(TableBorder.Simple).Title("Relations (what each relative is to this subject)")
            .AddColumns("Relation", "Source id", "List", "Name", "Category", "Custody", "Since", "Recorded");
        foreach (Relative r in relatives)
        {
            table.AddRow(
                Plain(RelationTypes.ToName(r.Type)), Plain(r.SourceId), Plain(r.List), Plain(r.Name ?? ""),
                Plain(r.Category is { } category ? ListingCategories.ToName(category) : "(not in the database)"),
                Plain(CustodyStates.ToName(r.Custody) + (r.IsRemoved ? " (removed)" : "")),
                Plain(r.Since.ToString()), Plain(r.IsManual ? "manual" : "list file"));
        }

        console.Write(table);
    }

    public static void RenderImports(IAnsiConsole console, IEnumerable<ImportRecord> imports)
    {
        Table table = new Table().Border(TableBorder.Simple).Title("Imports (newest first)")
            .AddColumns("#", "Imported (UTC)", "File", "SHA-256", "By", "Added", "Changed", "Removed", "Unchanged");
        foreach (ImportRecord i in imports)
        {
            table.AddRow(Plain(i.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)), Plain($"{i.Provenance.ImportedAt:yyyy-MM-dd HH:mm:ss}"),
                Plain(i.Provenance.SourceFile), Plain(i.Provenance.Sha256[..12] + "…"), Plain(i.Actor),
                Plain($"{i.Added}"), Plain($"{i.Changed}"), Plain($"{i.Removed}"), Plain($"{i.Unchanged}"));
        }

        console.Write(table);
    }

    public static void RenderHistory(IAnsiConsole console, IEnumerable<HistoryEntry> entries)
    {
        Table table = new Table().Border(TableBorder.Simple).Title("Changes (newest first)")
            .AddColumns("At (UTC)", "Action", "Subject", "Source id", "Name", "Fields", "By");
        foreach (HistoryEntry e in entries)
        {
            table.AddRow(Plain($"{e.At:yyyy-MM-dd HH:mm:ss}"), Plain(WatchListJson.ActionName(e.Action)), Plain(e.SubjectId.Value), Plain(e.SourceId),
                Plain((e.After ?? e.Before)?.PrimaryName?.Full ?? ""), Plain(string.Join(", ", e.Fields)), Plain(e.Actor));
        }

        console.Write(table);
    }

    private static Text Plain(string text) => new(text);

    private static string Kebab(string pascal) =>
        string.Concat(pascal.Select((c, i) => char.IsUpper(c) && i > 0 ? "-" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));
}
