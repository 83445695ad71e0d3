using Vigil.Domain;
using Vigil.Matching;

namespace Vigil.Matching.Tests.Scoring;

/// <summary>A date of birth that differs from the listed one lowers a distinctive name's score but clears it only
/// from another generation on; a weak or common name is cleared sooner. Without a listed date of birth, a nationality
/// that differs weighs more against a name that is not distinctive. All names are invented.</summary>
public sealed class ForgedDateOfBirthTests
{

    private static readonly Subject[] Listed =
    [
        Person("1", "Harun Selvet DAVRANOGLU", "1985-04-12", "TUR"),
        Person("2", "Faruq Ismat KHAZRAWI", "1979", "IRQ"),
        Person("3", "Yusuf KARIM", "1978-05-01", "JOR"),
        Person("4", "Zaid Morad TAHLAWI", null, "JOR", bornIn: "JOR"),
        Person("5", "Karim YUSUF", null, "SYR", bornIn: "SYR"),

        // Many listed names hold the parts Yusuf and Karim, with one of four family names, so that a name made of
        // those two alone is common here and these rank before it; they are born in 1986, the year the traveler of
        // the retrieval test gives.
        .. Enumerable.Range(0, 48).Select(i => Person(
            (100 + i).ToString(System.Globalization.CultureInfo.InvariantCulture),
            $"Yusuf Karim {Family(i % 4)}",
            "1986",
            "LBN")),
    ];

    private static readonly WatchListIndex Index = WatchListIndex.Build(Listed);

    [Theory]
    [InlineData("1981-04-12")]
    [InlineData("1977-09-30")]
    [InlineData("1997-01-05")]
    public void A_distinctive_name_with_a_date_of_birth_of_the_same_generation_is_still_reviewed(string forged)
    {
        MatchHit hit = Best("DAVRANOGLU Harun Selvet", forged, "TUR");

        Assert.Equal("1", hit.Subject.Listing.SourceId);
        Assert.True(hit.Score >= Index.ReviewThreshold, HitText.Of(hit));
        EvidenceEffect date = hit.Explanation.Evidence.Single(e => e.Kind == EvidenceKind.DateOfBirth);
        Assert.Equal((EvidenceAgreement.Differs, -0.1), (date.Agreement, date.Effect));
    }

    [Fact]
    public void A_distinctive_name_with_a_typo_and_a_forged_year_of_birth_is_reviewed()
    {
        MatchHit hit = Best("Faruk Ismat KHAZRAWI", "1988-02-17", null);

        Assert.Equal("2", hit.Subject.Listing.SourceId);
        Assert.True(hit.Score >= Index.ReviewThreshold, HitText.Of(hit));
    }

    [Theory]
    [InlineData("2003-04-12")]
    [InlineData("1962-01-01")]
    public void A_date_of_birth_of_another_generation_clears_even_a_distinctive_name(string other)
    {
        MatchHit hit = Best("Harun Selvet DAVRANOGLU", other, "TUR");

        Assert.True(hit.Score < Index.ReviewThreshold, HitText.Of(hit));
        Assert.Equal(EvidenceAgreement.Contradicts, hit.Explanation.Evidence.Single(e => e.Kind == EvidenceKind.DateOfBirth).Agreement);
    }

    [Fact]
    public void A_common_name_is_cleared_by_a_date_of_birth_years_away()
    {
        MatchHit near = Best("Yusuf KARIM", "1978-05-01", "JOR");
        MatchHit away = Best("Yusuf KARIM", "1988-05-01", "JOR");

        Assert.Equal("3", near.Subject.Listing.SourceId);
        Assert.True(near.Score >= Index.ReviewThreshold, HitText.Of(near));
        Assert.True(away.Score < Index.ReviewThreshold, HitText.Of(away));
    }

    [Fact]
    public void A_listed_name_whose_every_part_the_traveler_gives_is_scored_whatever_the_date_of_birth()
    {
        // Forty-eight names holding the traveler's parts, born in his year, rank before the listed Yusuf KARIM born
        // eight years earlier, and more of them than are scored: he must be scored all the same.
        IReadOnlyList<MatchHit> hits = Index.Match(Query("Yusuf KARIM", "1986-05-01", null), 50);

        Assert.Contains(hits, h => h.Subject.Listing.SourceId == "3");
        Assert.Contains(hits, h => h.Subject.Listing.SourceId == "5");
    }

    [Fact]
    public void Without_a_listed_date_another_nationality_and_birth_country_weigh_more_against_a_name_that_is_not_distinctive()
    {
        MatchHit same = Best("Karim YUSUF", "1990-03-03", "SYR");
        MatchHit other = Best("Karim YUSUF", "1990-03-03", "FRA");

        Assert.Equal(("5", "5"), (same.Subject.Listing.SourceId, other.Subject.Listing.SourceId));
        EvidenceEffect nationality = other.Explanation.Evidence.Single(e => e.Kind == EvidenceKind.Nationality);
        Assert.Equal((EvidenceAgreement.Differs, -0.18), (nationality.Agreement, Math.Round(nationality.Effect, 2)));
        Assert.True(same.Score >= Index.ReviewThreshold, HitText.Of(same));
        Assert.True(other.Score < Index.ReviewThreshold, HitText.Of(other));
    }

    [Fact]
    public void Without_a_listed_date_another_nationality_only_lowers_a_distinctive_name()
    {
        MatchHit hit = Best("Zaid Morad TAHLAWI", "1990-03-03", "FRA");

        Assert.Equal("4", hit.Subject.Listing.SourceId);
        Assert.Equal(-0.06, hit.Explanation.Evidence.Single(e => e.Kind == EvidenceKind.Nationality).Effect);
        Assert.True(hit.Score >= Index.ReviewThreshold, HitText.Of(hit));
    }

    private static MatchHit Best(string name, string? dob, string? nationality)
    {
        IReadOnlyList<MatchHit> hits = Index.Match(Query(name, dob, nationality));
        Assert.NotEmpty(hits);
        return hits[0];
    }

    private static MatchQuery Query(string name, string? dob, string? nationality) => new(name, null, null)
    {
        DateOfBirth = dob is null ? PartialDate.Unknown : PartialDate.Parse(dob),
        Nationality = nationality is null ? null : CountryCode.Of(nationality),
    };

    /// <summary>An invented family name.</summary>
    private static string Family(int i) => ((string[])["VELTANI", "DORVARI", "MASKESH", "TIRMOUD"])[i];

    private static Subject Person(string id, string name, string? dob, string nationality, string? bornIn = null) =>
        new(SubjectId.For("test", id), SubjectKind.Person, new Listing("test", id, ListingCategory.NoBoard))
        {
            Names = [PersonName.Whole(name, NameQuality.Primary)],
            DatesOfBirth = dob is null ? [] : [DateOfBirth.On(PartialDate.Parse(dob))],
            Nationalities = [CountryCode.Of(nationality)],
            PlacesOfBirth = bornIn is null ? [] : [new PlaceOfBirth("Invented Town") { Country = CountryCode.Of(bornIn) }],
        };
}
