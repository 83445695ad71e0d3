using System.Collections.Immutable;
using Vigil.Domain;

namespace Vigil.Matching.Tests;

/// <summary>What the explanation of a hit says: how each name part met, what the evidence did, the document (invented
/// names).</summary>
public sealed class MatchExplanationTests
{
    private static readonly Subject Qarandashi = Person(
        "q", ["Zafer Omid QARANDASHI", "Zafer BARZAKAN"], "1977-03-14", ["IRN", "IRQ"], Gender.Male, passport: "K4471902");

    private static readonly WatchListIndex Index = WatchListIndex.Build(
    [
        Qarandashi,
        Person("t", ["Kadir Velimir TORVOLINSKAIA"], "1984", ["SRB"], Gender.Male),
        Person("n", ["Abd al-Karim Hamid NUSAYRAT"], "1969", ["JOR"], Gender.Male),
        Person("f", ["Fathullah Jamil OSKUVAND"], "1972", ["AFG"], Gender.Male),
    ]);

    private static Subject Person(string id, string[] names, string dob, string[] nationalities, Gender gender, string? passport = null) =>
        new(SubjectId.For("test", id), SubjectKind.Person, new Listing("test", id, ListingCategory.NoBoard))
        {
            Names = [.. names.Select((n, i) => PersonName.Whole(n, i == 0 ? NameQuality.Primary : NameQuality.StrongAlias))],
            DatesOfBirth = [DateOfBirth.On(PartialDate.Parse(dob))],
            Nationalities = [.. nationalities.Select(CountryCode.Of)],
            Gender = gender,
            Documents = passport is null ? [] : [new TravelDocument(DocumentType.Passport, passport, CountryCode.Of(nationalities[0]))],
        };

    private static MatchHit Hit(string name, string? dob = null, string? nationality = null, Gender gender = Gender.Unknown, DocumentQuery? document = null)
    {
        MatchQuery query = new(name, null, null)
        {
            DateOfBirth = dob is null ? PartialDate.Unknown : PartialDate.Parse(dob),
            Nationality = nationality is null ? null : CountryCode.Of(nationality),
            Gender = gender,
            Document = document,
        };
        IReadOnlyList<MatchHit> hits = Index.Match(query);
        Assert.NotEmpty(hits);
        return hits[0];
    }

    [Theory]
    [InlineData("Zafer Omid QARANDASHI", "qarandashi", "qarandashi", PartMatchKind.Exact)]
    [InlineData("Zafar Omid QARANDASHI", "zafar", "zafer", PartMatchKind.Transliteration)]
    [InlineData("Zafer Omid QARANDSAHI", "qarandsahi", "qarandashi", PartMatchKind.EditDistance)]
    [InlineData("Kadir Velimir DARVOLINSKI", "darvolinski", "torvolinskaia", PartMatchKind.Phonetic)]
    [InlineData("Z. Omid QARANDASHI", "z", "zafer", PartMatchKind.Initial)]
    [InlineData("Zafer Omid Qaran Dashi", "qaran dashi", "qarandashi", PartMatchKind.Joined)]
    [InlineData("Karim Hamid NUSAYRAT", "karim", "abd al karim", PartMatchKind.WithoutPrefix)]
    [InlineData("Fath Jamil OSKUVAND", "fath", "fathullah", PartMatchKind.WithoutSuffix)]
    [InlineData("Zafer Omid QARANDASH", "qarandash", "qarandashi", PartMatchKind.Nisba)]
    [InlineData("Zafer Ornid QARANDASHI", "ornid", "omid", PartMatchKind.Ocr)]
    public void Each_pair_says_how_its_parts_met(string traveler, string travelerPart, string listedPart, PartMatchKind how)
    {
        MatchHit hit = Hit(traveler);

        NamePartPair pair = Assert.Single(hit.Explanation.Pairs, p => p.Traveler == travelerPart);
        Assert.Equal((listedPart, how), (pair.Listed, pair.How));
        Assert.InRange(pair.Similarity, 0.72f, 1f);
        Assert.Equal(how == PartMatchKind.Exact, pair.Similarity == 1f);
        Assert.Equal(how == PartMatchKind.EditDistance, pair.EditDistance is not null);
        Assert.Null(pair.OtherName);
        Assert.DoesNotContain(hit.Explanation.Pairs, p => p.How == PartMatchKind.None);
    }

    [Theory]
    [InlineData("Zafer Omid QARANDSAHI", "qarandsahi", 1)]
    [InlineData("Zafer Omid QARUNDSAHI", "qarundsahi", 2)]
    public void A_typo_gives_its_edit_distance(string traveler, string travelerPart, int distance)
    {
        NamePartPair pair = Assert.Single(Hit(traveler).Explanation.Pairs, p => p.How == PartMatchKind.EditDistance);

        Assert.Equal((travelerPart, "qarandashi", distance), (pair.Traveler, pair.Listed, pair.EditDistance));
    }

    [Fact]
    public void A_part_found_in_another_name_of_the_subject_names_it()
    {
        MatchHit hit = Hit("Zafer Omid BARZAKAN");

        Assert.Equal("q", hit.Subject.Listing.SourceId);
        NamePartPair other = Assert.Single(hit.Explanation.Pairs, p => p.OtherName is not null);
        string otherName = hit.Explanation.ListName == "Zafer BARZAKAN" ? "Zafer Omid QARANDASHI" : "Zafer BARZAKAN";
        Assert.Equal(otherName, other.OtherName);
        Assert.Equal(PartMatchKind.Exact, other.How);
        Assert.Equal(other.Traveler, other.Listed);
        Assert.Equal(hit.MatchedName, hit.Explanation.ListName);
    }

    [Fact]
    public void The_list_name_compared_is_given_with_its_quality()
    {
        MatchExplanation explanation = Hit("Zafer BARZAKAN").Explanation;

        Assert.Equal("Zafer BARZAKAN", explanation.ListName);
        Assert.Equal(NameQuality.StrongAlias, explanation.ListNameQuality);
    }

    [Theory]
    [InlineData("1977-03-14", EvidenceAgreement.Same, 0.08, 0.0)]
    [InlineData("1977", EvidenceAgreement.Within, 0.05, 0.0)]
    [InlineData("1978-01-20", EvidenceAgreement.Near, 0.01, 0.85)]
    [InlineData("1980-01-10", EvidenceAgreement.Differs, -0.05, 2.82)]
    [InlineData("1981-03-14", EvidenceAgreement.Differs, -0.1, 4.0)]
    [InlineData("1987-03-14", EvidenceAgreement.Differs, -0.1, 10.0)]
    [InlineData("1995-03-14", EvidenceAgreement.Contradicts, -0.45, 18.0)]
    public void A_date_of_birth_says_how_far_it_is_from_the_listed_one(string dob, EvidenceAgreement agreement, double effect, double gap)
    {
        EvidenceEffect evidence = Assert.Single(Hit("Zafer Omid QARANDASHI", dob: dob).Explanation.Evidence);

        Assert.Equal((EvidenceKind.DateOfBirth, agreement, effect, dob, "1977-03-14"), (evidence.Kind, evidence.Agreement, evidence.Effect, evidence.Traveler, evidence.Listed));
        Assert.NotNull(evidence.GapYears);
        Assert.Equal(gap, evidence.GapYears.Value, 0.01);
    }

    [Theory]
    [InlineData("IRQ", EvidenceAgreement.Same, 0.03, "IRQ")]
    [InlineData("TUR", EvidenceAgreement.Differs, -0.06, "IRN/IRQ")]
    public void A_nationality_is_listed_or_not(string nationality, EvidenceAgreement agreement, double effect, string listed)
    {
        EvidenceEffect evidence = Assert.Single(Hit("Zafer Omid QARANDASHI", nationality: nationality).Explanation.Evidence);

        Assert.Equal(new EvidenceEffect(EvidenceKind.Nationality, agreement, effect, nationality, listed), evidence);
    }

    [Fact]
    public void Another_gender_subtracts_and_the_same_says_nothing()
    {
        EvidenceEffect evidence = Assert.Single(Hit("Zafer Omid QARANDASHI", gender: Gender.Female).Explanation.Evidence);

        Assert.Equal(new EvidenceEffect(EvidenceKind.Gender, EvidenceAgreement.Differs, -0.12, "Female", "Male"), evidence);
        Assert.Empty(Hit("Zafer Omid QARANDASHI", gender: Gender.Male).Explanation.Evidence);
    }

    [Fact]
    public void Evidence_comes_as_date_of_birth_nationality_gender()
    {
        MatchExplanation explanation = Hit("Zafer Omid QARANDASHI", dob: "1981-03-14", nationality: "TUR", gender: Gender.Female).Explanation;

        Assert.Equal([EvidenceKind.DateOfBirth, EvidenceKind.Nationality, EvidenceKind.Gender], explanation.Evidence.Select(e => e.Kind));
    }

    [Theory]
    [InlineData("Zafer Omid QARANDASHI", "1977-03-14", "IRN", Gender.Male)]
    [InlineData("Zafar Omid QARANDSAHI", "1981", "TUR", Gender.Female)]
    [InlineData("Z. Omid Qaran Dashi", null, null, Gender.Unknown)]
    [InlineData("Kadir Velimir DARVOLINSKI", "1985-05-05", "SRB", Gender.Male)]
    public void The_explanation_accounts_for_the_score(string name, string? dob, string? nationality, Gender gender)
    {
        MatchHit hit = Hit(name, dob, nationality, gender);
        MatchExplanation e = hit.Explanation;

        double expected = Math.Clamp(Math.Round((0.92 * e.NameScore) + e.Evidence.Sum(v => v.Effect), 4), 0, 1);
        Assert.Equal(expected, hit.Score);
        Assert.Equal(hit.Score, e.ScoreBeforeDocument);
        Assert.Null(e.Document);
    }

    [Fact]
    public void An_equal_document_number_keeps_the_score_the_names_gave()
    {
        DocumentQuery passport = new("k 4471902", null, DocumentType.Passport);
        MatchHit withoutDocument = Hit("Zafar QARANDSAHI", dob: "1981");

        MatchHit hit = Hit("Zafar QARANDSAHI", dob: "1981", document: passport);

        Assert.Equal(new DocumentAgreement("k 4471902", "Passport", "K4471902", 0.98), hit.Explanation.Document);
        Assert.Equal(withoutDocument.Score, hit.Explanation.ScoreBeforeDocument);
        Assert.True(hit.Explanation.ScoreBeforeDocument < 0.98, HitText.Of(hit));
        Assert.Equal(0.98, hit.Score);
        Assert.Equal(withoutDocument.Explanation.Pairs, hit.Explanation.Pairs);
    }

    [Fact]
    public void A_hit_by_document_number_alone_has_no_name_explanation()
    {
        MatchHit hit = Hit("Lorvan PESTIMAKO", dob: "1990", document: new DocumentQuery("K4471902", CountryCode.Of("IRN"), null));

        Assert.Equal("q", hit.Subject.Listing.SourceId);
        Assert.Equal(0.98, hit.Score);
        Assert.Equal("Zafer Omid QARANDASHI", hit.MatchedName);
        MatchExplanation e = hit.Explanation;
        Assert.Equal((0.0, null, null, 0.0), (e.NameScore, e.ListName, e.ListNameQuality, e.ScoreBeforeDocument));
        Assert.Empty(e.Pairs);
        Assert.Empty(e.Evidence);
        Assert.NotNull(e.Document);
    }

    [Fact]
    public void A_document_of_another_issuing_country_does_not_agree()
    {
        MatchHit hit = Hit("Zafer Omid QARANDASHI", document: new DocumentQuery("K4471902", CountryCode.Of("TUR"), null));

        Assert.Null(hit.Explanation.Document);
        Assert.Equal(hit.Score, hit.Explanation.ScoreBeforeDocument);
    }

    [Fact]
    public void Default_arrays_are_read_as_empty()
    {
        MatchExplanation explanation = new(0.5, "Zafer BARZAKAN", NameQuality.StrongAlias, default, default, null, 0.46);

        Assert.Empty(explanation.Pairs);
        Assert.Empty(explanation.Evidence);
        Assert.Equal(ImmutableArray<NamePartPair>.Empty, explanation.Pairs);
    }
}
