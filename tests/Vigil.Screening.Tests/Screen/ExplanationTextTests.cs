using System.Collections.Immutable;
using Vigil.Domain;
using Vigil.Matching;
using Vigil.Screening.Screen;
using Vigil.Testing;

namespace Vigil.Screening.Tests.Screen;

/// <summary>The sentence of the <c>explanation</c> of results, written from the structure (invented names).</summary>
public sealed class ExplanationTextTests
{
    private const string ListName = "Zafer Omid QARANDASHI";

    private static MatchExplanation Explanation(
        IEnumerable<NamePartPair>? pairs = null, IEnumerable<EvidenceEffect>? evidence = null, DocumentAgreement? document = null, NameQuality quality = NameQuality.Primary) =>
        new(0.9312, ListName, quality, [.. pairs ?? []], [.. evidence ?? []], document, 0.8567);

    public static TheoryData<NamePartPair, string> Pairs => new()
    {
        { new NamePartPair("qarandashi", "qarandashi", PartMatchKind.Exact, 1f), "'qarandashi'~'qarandashi' (exact 1.00)" },
        { new NamePartPair("zafar", "zafer", PartMatchKind.Transliteration, 0.95f), "'zafar'~'zafer' (transliteration 0.95)" },
        { new NamePartPair("qarandsahi", "qarandashi", PartMatchKind.EditDistance, 0.9f) { EditDistance = 1 }, "'qarandsahi'~'qarandashi' (edit distance 1 0.90)" },
        { new NamePartPair("qarundsahi", "qarandashi", PartMatchKind.EditDistance, 0.8f) { EditDistance = 2 }, "'qarundsahi'~'qarandashi' (edit distance 2 0.80)" },
        { new NamePartPair("qorundsahiy", "qarandashi", PartMatchKind.EditDistance, 0.73f) { EditDistance = 3 }, "'qorundsahiy'~'qarandashi' (edit distance 3 0.73)" },
        { new NamePartPair("darvolinski", "torvolinskaia", PartMatchKind.Phonetic, 0.7866f), "'darvolinski'~'torvolinskaia' (phonetic, one sound apart 0.79)" },
        { new NamePartPair("z", "zafer", PartMatchKind.Initial, 0.75f), "'z'~'zafer' (initial 0.75)" },
        { new NamePartPair("qaran dashi", "qarandashi", PartMatchKind.Joined, 0.95f), "'qaran dashi'~'qarandashi' (joined 0.95)" },
        { new NamePartPair("karim", "abd al karim", PartMatchKind.WithoutPrefix, 0.9f), "'karim'~'abd al karim' (without the Abd prefix 0.90)" },
        { new NamePartPair("fath", "fathullah", PartMatchKind.WithoutSuffix, 0.9f), "'fath'~'fathullah' (without the -ullah ending 0.90)" },
        { new NamePartPair("qarandash", "qarandashi", PartMatchKind.Nisba, 0.8f), "'qarandash'~'qarandashi' (nisba ending 0.80)" },
        { new NamePartPair("ornid", "omid", PartMatchKind.Ocr, 0.9f), "'ornid'~'omid' (character reading (rn/m, vv/w) 0.90)" },
        { new NamePartPair("barzakan", "barzakan", PartMatchKind.Exact, 1f) { OtherName = "Zafer BARZAKAN" }, "'barzakan'~'barzakan' (exact 1.00, in the subject's other name 'Zafer BARZAKAN')" },
    };

    [Theory]
    [MemberData(nameof(Pairs))]
    public void Each_pair_says_how_its_parts_met(NamePartPair pair, string expected)
    {
        string sentence = ExplanationText.Sentence(Explanation([pair]));

        Assert.Equal($"name 0.93 against the primary name '{ListName}': {expected}", sentence);
    }

    [Theory]
    [InlineData(NameQuality.Primary, "primary name")]
    [InlineData(NameQuality.StrongAlias, "alias")]
    [InlineData(NameQuality.WeakAlias, "weak alias")]
    [InlineData(NameQuality.OriginalScript, "original-script name")]
    public void The_list_name_is_called_by_its_quality(NameQuality quality, string words)
    {
        string sentence = ExplanationText.Sentence(Explanation([new NamePartPair("omid", "omid", PartMatchKind.Exact, 1f)], quality: quality));

        Assert.Equal($"name 0.93 against the {words} '{ListName}': 'omid'~'omid' (exact 1.00)", sentence);
    }

    public static TheoryData<EvidenceEffect, string> Evidence => new()
    {
        { Date(EvidenceAgreement.Same, 0.08, "1977-03-14", "1977-03-14", 0), "date of birth 1977-03-14 equals the listed 1977-03-14 (+0.08)" },
        { Date(EvidenceAgreement.Within, 0.05, "1977-03-14", "1977", 0), "date of birth 1977-03-14 within the listed 1977 (+0.05)" },
        { Date(EvidenceAgreement.Within, 0.05, "1979", "~1978", 0), "date of birth 1979 within the listed ~1978 (+0.05)" },
        { Date(EvidenceAgreement.Within, 0.05, "1980-06", "1978..1982", 0), "date of birth 1980-06 within the listed 1978..1982 (+0.05)" },
        { Date(EvidenceAgreement.Near, 0.01, "1978-01-20", "1977-03-14", 0.8529), "date of birth 1978-01-20 about a year from the listed 1977-03-14 (+0.01)" },
        { Date(EvidenceAgreement.Differs, -0.05, "1980-01-10", "1977-03-14", 2.8227), "date of birth 1980-01-10 3 years from the listed 1977-03-14 (-0.05)" },
        { Date(EvidenceAgreement.Differs, -0.14, "1981-03-14", "1977-03-14", 4.0027), "date of birth 1981-03-14 4 years from the listed 1977-03-14 (-0.14)" },
        { Date(EvidenceAgreement.Differs, -0.28, "1987", "1977-03-14", 9.8), "date of birth 1987 10 years from the listed 1977-03-14 (-0.28)" },
        { Date(EvidenceAgreement.Contradicts, -0.45, "1995-03-14", "1977-03-14", 18.0014), "date of birth 1995-03-14 18 years from the listed 1977-03-14: another person (-0.45)" },
        { new EvidenceEffect(EvidenceKind.Nationality, EvidenceAgreement.Same, 0.03, "IRQ", "IRQ"), "nationality IRQ is listed (+0.03)" },
        { new EvidenceEffect(EvidenceKind.Nationality, EvidenceAgreement.Differs, -0.06, "TUR", "IRN/IRQ"), "nationality TUR is not among the listed IRN/IRQ (-0.06)" },
        { new EvidenceEffect(EvidenceKind.Gender, EvidenceAgreement.Differs, -0.12, "Female", "Male"), "gender Female differs from the listed Male (-0.12)" },
    };

    private static EvidenceEffect Date(EvidenceAgreement agreement, double effect, string traveler, string listed, double gap) =>
        new(EvidenceKind.DateOfBirth, agreement, effect, traveler, listed) { GapYears = gap };

    [Theory]
    [MemberData(nameof(Evidence))]
    public void Each_piece_of_evidence_follows_the_pairs(EvidenceEffect evidence, string expected)
    {
        string sentence = ExplanationText.Sentence(Explanation([new NamePartPair("omid", "omid", PartMatchKind.Exact, 1f)], [evidence]));

        Assert.Equal($"name 0.93 against the primary name '{ListName}': 'omid'~'omid' (exact 1.00); {expected}", sentence);
    }

    [Fact]
    public void Pairs_are_joined_by_commas_and_evidence_and_document_by_semicolons()
    {
        MatchExplanation explanation = Explanation(
            [
                new NamePartPair("qarandashi", "qarandashi", PartMatchKind.Exact, 1f),
                new NamePartPair("zafar", "zafer", PartMatchKind.Transliteration, 0.9534f),
            ],
            [
                Date(EvidenceAgreement.Differs, -0.14, "1981-03-14", "1977-03-14", 4.0027),
                new EvidenceEffect(EvidenceKind.Nationality, EvidenceAgreement.Same, 0.03, "IRN", "IRN"),
            ],
            new DocumentAgreement("k 4471902", "Passport", "K4471902", 0.98));

        Assert.Equal(
            "name 0.93 against the primary name 'Zafer Omid QARANDASHI': 'qarandashi'~'qarandashi' (exact 1.00), 'zafar'~'zafer' (transliteration 0.95); "
            + "date of birth 1981-03-14 4 years from the listed 1977-03-14 (-0.14); nationality IRN is listed (+0.03); "
            + "document k 4471902 equals the listed Passport K4471902 (score at least 0.98)",
            ExplanationText.Sentence(explanation));
    }

    [Fact]
    public void A_hit_by_document_number_alone_says_only_that()
    {
        MatchExplanation explanation = new(0, null, null, [], [], new DocumentAgreement("K4471902", "Passport No.", "K-4471902", 0.98), 0);

        Assert.Equal("document K4471902 equals the listed Passport No. K-4471902 (score at least 0.98)", ExplanationText.Sentence(explanation));
    }

    [Fact]
    public void The_sentence_of_a_real_hit_reads_as_results_give_it()
    {
        WatchListIndex index = WatchListIndex.Build(
        [
            SubjectBuilder.For("q").Name("Zafer Omid QARANDASHI").Name("Zafer BARZAKAN", NameQuality.StrongAlias)
                .BornOn(PartialDate.Parse("1977-03-14")).Nationality("IRN").Gender(Gender.Male).Passport("K4471902", "IRN").Build(),
        ]);
        MatchQuery query = new("Zafar Omid QARANDSAHI", null, null)
        {
            DateOfBirth = PartialDate.Parse("1981"),
            Nationality = CountryCode.Of("TUR"),
            Gender = Gender.Female,
            Document = new DocumentQuery("k 4471902", null, DocumentType.Passport),
        };

        MatchHit hit = Assert.Single(index.Match(query));

        Assert.Equal(
            "name 0.93 against the primary name 'Zafer Omid QARANDASHI': 'omid'~'omid' (exact 1.00), 'zafar'~'zafer' (transliteration 0.93), "
            + "'qarandsahi'~'qarandashi' (edit distance 1 0.92); date of birth 1981 4 years from the listed 1977-03-14 (-0.10); "
            + "nationality TUR is not among the listed IRN (-0.06); gender Female differs from the listed Male (-0.12); "
            + "document k 4471902 equals the listed Passport K4471902 (score at least 0.98)",
            ExplanationText.Sentence(hit.Explanation));
    }

    [Fact]
    public void Default_arrays_read_as_empty()
    {
        MatchExplanation explanation = new(0.5, ListName, NameQuality.Primary, default, ImmutableArray<EvidenceEffect>.Empty, null, 0.46);

        Assert.Equal($"name 0.50 against the primary name '{ListName}': ", ExplanationText.Sentence(explanation));
    }
}
