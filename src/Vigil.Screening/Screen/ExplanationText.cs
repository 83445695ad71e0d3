using System.Globalization;
using System.Text;
using Vigil.Domain;
using Vigil.Matching;

namespace Vigil.Screening.Screen;

/// <summary>Writes a <see cref="MatchExplanation"/> as the English sentence of the <c>explanation</c> of
/// <c>vigil screen</c> results.</summary>
/// <remarks>
/// The sentence, for example:
/// <c>name 0.97 against the primary name 'Tariq SAMMOUR': 'sammour'~'sammour' (exact 1.00), 'tarek'~'tariq'
/// (transliteration 0.95); date of birth 1984-06-02 equals the listed 1984-06-02 (+0.08)</c>.
/// It is part of the results' contract: a change to its words is a change to every stored result and to what
/// analysts read. Numbers are written with the invariant culture.
/// </remarks>
public static class ExplanationText
{
    /// <summary>The explanation as one sentence: the name compared and its pairs, then the evidence and the document,
    /// each after <c>"; "</c>.</summary>
    public static string Sentence(MatchExplanation explanation)
    {
        ArgumentNullException.ThrowIfNull(explanation);
        StringBuilder text = new(256);
        if (explanation.ListName is not null)
        {
            text.Append(CultureInfo.InvariantCulture, $"name {explanation.NameScore:F2} against the {NameKind(explanation.ListNameQuality)} '{explanation.ListName}': ");
            for (int i = 0; i < explanation.Pairs.Length; i++)
            {
                NamePartPair pair = explanation.Pairs[i];
                text.Append(i == 0 ? string.Empty : ", ")
                    .Append(CultureInfo.InvariantCulture, $"'{pair.Traveler}'~'{pair.Listed}' (")
                    .Append(How(pair))
                    .Append(CultureInfo.InvariantCulture, $" {pair.Similarity:F2}");
                if (pair.OtherName is { } other)
                {
                    text.Append(", in the subject's other name '").Append(other).Append('\'');
                }

                text.Append(')');
            }
        }

        foreach (EvidenceEffect evidence in explanation.Evidence)
        {
            AppendEvidence(text.Append(text.Length > 0 ? "; " : string.Empty), evidence);
        }

        if (explanation.Document is { } document)
        {
            text.Append(text.Length > 0 ? "; " : string.Empty)
                .Append(CultureInfo.InvariantCulture, $"document {document.TravelerNumber} equals the listed {document.ListedType} {document.ListedNumber} (score at least {document.Floor:F2})");
        }

        return text.ToString();
    }

    /// <summary>How the sentence says that two parts met: <c>exact</c>, <c>edit distance 2</c>,
    /// <c>without the Abd prefix</c>...</summary>
    public static string How(NamePartPair pair)
    {
        ArgumentNullException.ThrowIfNull(pair);
        return pair.How switch
        {
            PartMatchKind.Exact => "exact",
            PartMatchKind.Transliteration => "transliteration",
            PartMatchKind.EditDistance => pair.EditDistance switch
            {
                1 => "edit distance 1",
                2 => "edit distance 2",
                int distance => string.Create(CultureInfo.InvariantCulture, $"edit distance {distance}"),
                null => "edit distance",
            },
            PartMatchKind.Phonetic => "phonetic, one sound apart",
            PartMatchKind.Initial => "initial",
            PartMatchKind.Joined => "joined",
            PartMatchKind.WithoutPrefix => "without the Abd prefix",
            PartMatchKind.WithoutSuffix => "without the -ullah ending",
            PartMatchKind.Nisba => "nisba ending",
            PartMatchKind.Ocr => "character reading (rn/m, vv/w)",
            PartMatchKind.Shortened => "cut short",
            _ => "none",
        };
    }

    /// <summary>How the sentence names a kind of list name.</summary>
    private static string NameKind(NameQuality? quality) => quality switch
    {
        NameQuality.Primary => "primary name",
        NameQuality.StrongAlias => "alias",
        NameQuality.WeakAlias => "weak alias",
        NameQuality.OriginalScript => "original-script name",
        _ => "list name",
    };

    private static void AppendEvidence(StringBuilder text, EvidenceEffect evidence)
    {
        switch (evidence.Kind)
        {
            case EvidenceKind.DateOfBirth:
                text.Append("date of birth ").Append(evidence.Traveler).Append(' ');
                string? relation = evidence.Agreement switch
                {
                    EvidenceAgreement.Same => "equals",
                    EvidenceAgreement.Within => "within",
                    EvidenceAgreement.Near => "about a year from",
                    _ => null,
                };
                if (relation is not null)
                {
                    text.Append(relation);
                }
                else
                {
                    text.Append(CultureInfo.InvariantCulture, $"{evidence.GapYears ?? 0:F0} years from");
                }

                text.Append(" the listed ").Append(evidence.Listed)
                    .Append(evidence.Agreement == EvidenceAgreement.Contradicts ? ": another person" : string.Empty);
                break;
            case EvidenceKind.Nationality:
                text.Append("nationality ").Append(evidence.Traveler).Append(evidence.Agreement == EvidenceAgreement.Same
                    ? " is listed"
                    : $" is not among the listed {evidence.Listed}");
                break;
            case EvidenceKind.Gender:
                text.Append("gender ").Append(evidence.Traveler)
                    .Append(evidence.Agreement == EvidenceAgreement.Same ? " equals the listed " : " differs from the listed ")
                    .Append(evidence.Listed);
                break;
            default:
                text.Append(CultureInfo.InvariantCulture, $"{evidence.Kind} {evidence.Traveler} against the listed {evidence.Listed}");
                break;
        }

        text.Append(CultureInfo.InvariantCulture, $" ({evidence.Effect:+0.00;-0.00})");
    }
}
