using System.Globalization;
using System.Text;
using Vigil.Domain;

namespace Vigil.Formats.Lists;

public sealed partial class OfacSdnReader
{
    private const string LinkedToPrefix = "Linked To:";

    /// <summary>Turns each <c>Linked To: NAME</c> remark into an <see cref="RelationType.Associate"/> relation to the
    /// one other subject of the same read whose primary name is NAME, or, when none has it as its primary name, the
    /// one that bears it as an alias (compared without case, accents or punctuation); a name that no other subject
    /// bears, or several do, is a warning (VGL-OFAC015) and no relation.</summary>
    private static void ResolveLinks(List<Subject> subjects, ReadState state)
    {
        if (state.LinkedTo.Count == 0)
        {
            return;
        }

        Dictionary<string, HashSet<int>> byPrimary = new(StringComparer.Ordinal), byName = new(StringComparer.Ordinal);
        Dictionary<string, int> byEntNum = new(StringComparer.Ordinal);
        for (int i = 0; i < subjects.Count; i++)
        {
            byEntNum[subjects[i].Listing.SourceId] = i;
            if (subjects[i].PrimaryName is { } primary)
            {
                Add(byPrimary, LinkKey(primary.Full), i);
            }

            foreach (PersonName name in subjects[i].Names)
            {
                Add(byName, LinkKey(name.Full), i);
            }
        }

        string listName = state.Options.ListName;
        foreach (LinkedTo link in state.LinkedTo)
        {
            if (!byEntNum.TryGetValue(link.EntNum, out int index))
            {
                continue;
            }

            // The subject whose primary name it is, else the one subject that bears it as an alias: OFAC gives an
            // entity's former name as an alias of its successor, so that a name may be one entity's and another's alias.
            string key = LinkKey(link.Name);
            int[] bearers = Others(byPrimary, key, index);
            if (bearers.Length == 0)
            {
                bearers = Others(byName, key, index);
            }
            if (bearers.Length != 1)
            {
                state.Diagnostics.Add(OfacDiagnostics.UnresolvedLink(state.Options.SourceName, link.Line, link.Column, link.EntNum, link.Name, bearers.Length));
                continue;
            }

            Subject target = subjects[bearers[0]];
            Subject subject = subjects[index];
            if (subject.Relations.Any(r => r.RelativeId == target.Id))
            {
                continue;
            }

            SubjectRelation relation = SubjectRelation.To(RelationType.Associate, listName, target.Listing.SourceId) with
            {
                Source = "OFAC SDN remarks",
                Note = LinkedToPrefix + " " + link.Name,
                RecordedAt = state.Options.Provenance?.ImportedAt ?? default,
            };
            subjects[index] = subject with { Relations = [.. subject.Relations.IsDefault ? [] : subject.Relations, relation] };
        }
    }

    private static int[] Others(Dictionary<string, HashSet<int>> index, string key, int self) =>
        index.TryGetValue(key, out HashSet<int>? bearers) ? [.. bearers.Where(b => b != self)] : [];

    private static void Add(Dictionary<string, HashSet<int>> index, string key, int subject)
    {
        if (key.Length == 0)
        {
            return;
        }

        if (!index.TryGetValue(key, out HashSet<int>? bearers))
        {
            index[key] = bearers = [];
        }

        bearers.Add(subject);
    }

    /// <summary>A name as <c>Linked To</c> is compared: upper case, without accents, every run of other characters than
    /// letters and digits one space (<c>S.A. DE C.V.</c> and <c>S.A. de C.V</c> are the same).</summary>
    private static string LinkKey(string name)
    {
        StringBuilder key = new(name.Length);
        bool space = false;
        foreach (char c in name.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsLetterOrDigit(c))
            {
                if (space && key.Length > 0)
                {
                    key.Append(' ');
                }

                key.Append(char.ToUpperInvariant(c));
                space = false;
            }
            else
            {
                space = true;
            }
        }

        return key.ToString();
    }
}
