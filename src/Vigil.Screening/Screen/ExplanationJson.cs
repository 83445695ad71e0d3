using System.Text.Json;
using Vigil.Domain;
using Vigil.Matching;

namespace Vigil.Screening.Screen;

/// <summary>Writes a <see cref="MatchExplanation"/> as a JSON object, for hosts that show or decide on its parts.</summary>
/// <remarks>
/// <para>The object:</para>
/// <code>
/// {"nameScore":0.9713,"listName":"Tariq SAMMOUR","listNameKind":"primary",
///  "pairs":[{"traveler":"tarek","listed":"tariq","how":"transliteration","similarity":0.95},
///           {"traveler":"sammur","listed":"sammour","how":"edit-distance","similarity":0.86,"editDistance":1},
///           {"traveler":"walid","listed":"walid","how":"exact","similarity":1,"otherName":"Walid Tariq SAMMOUR"}],
///  "evidence":[{"kind":"dateOfBirth","agreement":"within","effect":0.05,"traveler":"1984-06-02","listed":"1984","gapYears":0},
///              {"kind":"nationality","agreement":"differs","effect":-0.06,"traveler":"CAN","listed":"LBN/SYR"}],
///  "document":{"number":"lb0456789","listedType":"Passport","listedNumber":"LB 0456789","floor":0.98},
///  "scoreBeforeDocument":0.8836}
/// </code>
/// <para>
/// <c>listName</c> and <c>listNameKind</c> (<c>primary</c>, <c>strong-alias</c>, <c>weak-alias</c>,
/// <c>original-script</c>) are null for a hit found by its document number alone; <c>document</c> is null when no
/// document number matched. <c>how</c> is one of <c>exact</c>, <c>transliteration</c>, <c>edit-distance</c>,
/// <c>phonetic</c>, <c>initial</c>, <c>joined</c>, <c>without-prefix</c>, <c>without-suffix</c>, <c>nisba</c>,
/// <c>ocr</c>; <c>editDistance</c> is there for <c>edit-distance</c> only, <c>otherName</c> only for a part found in
/// another name of the subject. Evidence <c>kind</c> is <c>dateOfBirth</c>, <c>nationality</c> or <c>gender</c>, its
/// <c>agreement</c> <c>same</c>, <c>within</c>, <c>near</c>, <c>differs</c> or <c>contradicts</c> (see
/// <see cref="EvidenceAgreement"/>); <c>gapYears</c> is there for dates of birth only. The name score is rounded to
/// four decimals, as scores are in results, and the gap in years to two; effects, similarities and scores are
/// otherwise written as the matcher computed them.
/// </para>
/// </remarks>
public static class ExplanationJson
{
    private static readonly JsonEncodedText NameScore = JsonEncodedText.Encode("nameScore");
    private static readonly JsonEncodedText ListName = JsonEncodedText.Encode("listName");
    private static readonly JsonEncodedText ListNameKind = JsonEncodedText.Encode("listNameKind");
    private static readonly JsonEncodedText Pairs = JsonEncodedText.Encode("pairs");
    private static readonly JsonEncodedText Traveler = JsonEncodedText.Encode("traveler");
    private static readonly JsonEncodedText Listed = JsonEncodedText.Encode("listed");
    private static readonly JsonEncodedText How = JsonEncodedText.Encode("how");
    private static readonly JsonEncodedText Similarity = JsonEncodedText.Encode("similarity");
    private static readonly JsonEncodedText EditDistance = JsonEncodedText.Encode("editDistance");
    private static readonly JsonEncodedText OtherName = JsonEncodedText.Encode("otherName");
    private static readonly JsonEncodedText Evidence = JsonEncodedText.Encode("evidence");
    private static readonly JsonEncodedText Kind = JsonEncodedText.Encode("kind");
    private static readonly JsonEncodedText Agreement = JsonEncodedText.Encode("agreement");
    private static readonly JsonEncodedText Effect = JsonEncodedText.Encode("effect");
    private static readonly JsonEncodedText GapYears = JsonEncodedText.Encode("gapYears");
    private static readonly JsonEncodedText Document = JsonEncodedText.Encode("document");
    private static readonly JsonEncodedText Number = JsonEncodedText.Encode("number");
    private static readonly JsonEncodedText ListedType = JsonEncodedText.Encode("listedType");
    private static readonly JsonEncodedText ListedNumber = JsonEncodedText.Encode("listedNumber");
    private static readonly JsonEncodedText Floor = JsonEncodedText.Encode("floor");
    private static readonly JsonEncodedText ScoreBeforeDocument = JsonEncodedText.Encode("scoreBeforeDocument");

    /// <summary>Writes the explanation as one JSON object: as a value in an array, or after
    /// <see cref="Utf8JsonWriter.WritePropertyName(string)"/>.</summary>
    public static void Write(Utf8JsonWriter writer, MatchExplanation explanation)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(explanation);
        writer.WriteStartObject();
        writer.WriteNumber(NameScore, Math.Round(explanation.NameScore, BatchScreener.ScoreDecimals, MidpointRounding.AwayFromZero));
        if (explanation.ListName is { } listName)
        {
            writer.WriteString(ListName, listName);
        }
        else
        {
            writer.WriteNull(ListName);
        }

        if (explanation.ListNameQuality is { } quality)
        {
            writer.WriteString(ListNameKind, QualityName(quality));
        }
        else
        {
            writer.WriteNull(ListNameKind);
        }

        writer.WriteStartArray(Pairs);
        foreach (NamePartPair pair in explanation.Pairs)
        {
            writer.WriteStartObject();
            writer.WriteString(Traveler, pair.Traveler);
            writer.WriteString(Listed, pair.Listed);
            writer.WriteString(How, HowName(pair.How));
            writer.WriteNumber(Similarity, pair.Similarity);
            if (pair.EditDistance is { } distance)
            {
                writer.WriteNumber(EditDistance, distance);
            }

            if (pair.OtherName is { } other)
            {
                writer.WriteString(OtherName, other);
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray(Evidence);
        foreach (EvidenceEffect evidence in explanation.Evidence)
        {
            writer.WriteStartObject();
            writer.WriteString(Kind, KindName(evidence.Kind));
            writer.WriteString(Agreement, AgreementName(evidence.Agreement));
            writer.WriteNumber(Effect, evidence.Effect);
            writer.WriteString(Traveler, evidence.Traveler);
            writer.WriteString(Listed, evidence.Listed);
            if (evidence.GapYears is { } gap)
            {
                writer.WriteNumber(GapYears, Math.Round(gap, 2, MidpointRounding.AwayFromZero));
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        if (explanation.Document is { } document)
        {
            writer.WriteStartObject(Document);
            writer.WriteString(Number, document.TravelerNumber);
            writer.WriteString(ListedType, document.ListedType);
            writer.WriteString(ListedNumber, document.ListedNumber);
            writer.WriteNumber(Floor, document.Floor);
            writer.WriteEndObject();
        }
        else
        {
            writer.WriteNull(Document);
        }

        writer.WriteNumber(ScoreBeforeDocument, explanation.ScoreBeforeDocument);
        writer.WriteEndObject();
    }

    /// <summary>The wire name of how two parts met: <c>exact</c>, <c>transliteration</c>, <c>edit-distance</c>,
    /// <c>phonetic</c>, <c>initial</c>, <c>joined</c>, <c>without-prefix</c>, <c>without-suffix</c>, <c>nisba</c>,
    /// <c>ocr</c>, <c>shortened</c> (and <c>none</c>, which no explanation holds).</summary>
    public static string HowName(PartMatchKind how) => how switch
    {
        PartMatchKind.Exact => "exact",
        PartMatchKind.Transliteration => "transliteration",
        PartMatchKind.EditDistance => "edit-distance",
        PartMatchKind.Phonetic => "phonetic",
        PartMatchKind.Initial => "initial",
        PartMatchKind.Joined => "joined",
        PartMatchKind.WithoutPrefix => "without-prefix",
        PartMatchKind.WithoutSuffix => "without-suffix",
        PartMatchKind.Nisba => "nisba",
        PartMatchKind.Ocr => "ocr",
        PartMatchKind.Shortened => "shortened",
        PartMatchKind.None => "none",
        _ => throw new ArgumentOutOfRangeException(nameof(how), how, "Not a kind of part match."),
    };

    /// <summary>The wire name of a kind of evidence: <c>dateOfBirth</c>, <c>nationality</c>, <c>gender</c>.</summary>
    public static string KindName(EvidenceKind kind) => kind switch
    {
        EvidenceKind.DateOfBirth => "dateOfBirth",
        EvidenceKind.Nationality => "nationality",
        EvidenceKind.Gender => "gender",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a kind of evidence."),
    };

    /// <summary>The wire name of an agreement: <c>same</c>, <c>within</c>, <c>near</c>, <c>differs</c>,
    /// <c>contradicts</c>.</summary>
    public static string AgreementName(EvidenceAgreement agreement) => agreement switch
    {
        EvidenceAgreement.Same => "same",
        EvidenceAgreement.Within => "within",
        EvidenceAgreement.Near => "near",
        EvidenceAgreement.Differs => "differs",
        EvidenceAgreement.Contradicts => "contradicts",
        _ => throw new ArgumentOutOfRangeException(nameof(agreement), agreement, "Not an agreement."),
    };

    /// <summary>The wire name of a kind of list name, as in Vigil's subject JSON: <c>primary</c>,
    /// <c>strong-alias</c>, <c>weak-alias</c>, <c>original-script</c>.</summary>
    public static string QualityName(NameQuality quality) => quality switch
    {
        NameQuality.Primary => "primary",
        NameQuality.StrongAlias => "strong-alias",
        NameQuality.WeakAlias => "weak-alias",
        NameQuality.OriginalScript => "original-script",
        _ => throw new ArgumentOutOfRangeException(nameof(quality), quality, "Not a name quality."),
    };
}
