using Vigil.Domain;
using Vigil.Matching.Scoring;

namespace Vigil.Matching.Tests.Scoring;

/// <summary>Document numbers compared the way passports print them. Every number here is invented.</summary>
public sealed class DocumentKeyTests
{
    private static readonly WatchListIndex Index = WatchListIndex.Build(
    [
        Listed("1", "Karim Tahir WAZZANI", new TravelDocument(DocumentType.Passport, "GBR 091234567", null)),
        Listed("2", "Fadi Mounir HALLOUMI", new TravelDocument(DocumentType.Passport, "D00001234", CountryCode.Of("CAF"))),
        Listed("3", "Walid Sami QARNAWI", new TravelDocument(DocumentType.Passport, "RL 0235012", CountryCode.Of("LBN"))),
    ]);

    [Theory]
    [InlineData("a1234567", "A1234567")]
    [InlineData("A 123 4567", "A1234567")]
    [InlineData("A-123-4567", "A1234567")]
    [InlineData("123/456.78", "12345678")]
    [InlineData("000123456", "123456")]
    [InlineData("GBR 091234567", "91234567")]
    [InlineData("gbr-091234567", "91234567")]
    [InlineData("D00001234", "D00001234")]
    [InlineData("O00012345", "O00012345")]
    [InlineData("RL 0235012", "RL0235012")]
    [InlineData("IMO 1234567", "IMO1234567")]
    [InlineData("GBR091234567", "GBR091234567")]
    [InlineData("ABC 1234567", "ABC1234567")]
    public void Folds_a_number_as_a_passport_prints_it(string number, string key)
    {
        Assert.Equal(key, Evidence.DocumentKey(number));
    }

    [Fact]
    public void A_country_prefix_is_read_as_the_issuing_country()
    {
        string key = Evidence.DocumentKey("GBR 091234567", out CountryCode? prefix);

        Assert.Equal(("91234567", (CountryCode?)CountryCode.Of("GBR")), (key, prefix));
    }

    [Theory]
    [InlineData("091234567", null, true)]
    [InlineData("91234567", "GBR", true)]
    [InlineData("091234567", "FRA", false)]
    [InlineData("GBR 091234567", null, true)]
    [InlineData("FRA 091234567", null, false)]
    public void A_listed_number_with_a_country_prefix_is_the_traveler_number_without_it(string number, string? country, bool same)
    {
        Subject subject = Listed("9", "X", new TravelDocument(DocumentType.Passport, "GBR 091234567", null));

        bool found = Evidence.SameDocument(new DocumentQuery(number, country is null ? null : CountryCode.Of(country), DocumentType.Passport), subject, out _);

        Assert.Equal(same, found);
    }

    [Theory]
    [InlineData("091234567", "1")]
    [InlineData("d00001234", "2")]
    [InlineData("D 0000 1234", "2")]
    [InlineData("RL0235012", "3")]
    public void A_traveler_on_a_listed_number_is_reviewed_whatever_his_name(string number, string id)
    {
        IReadOnlyList<MatchHit> hits = Index.Match(new MatchQuery("Jonas PETERSEN", null, null) { Document = new DocumentQuery(number, null, DocumentType.Passport) });

        Assert.Equal(SubjectId.For("test", id), hits[0].Subject.Id);
        Assert.True(hits[0].Score >= Index.ReviewThreshold);
    }

    [Theory]
    [InlineData("00001234")]
    [InlineData("1234")]
    [InlineData("0235012")]
    [InlineData("GBR")]
    public void A_number_that_only_shares_digits_with_a_listed_one_finds_nothing(string number)
    {
        IReadOnlyList<MatchHit> hits = Index.Match(new MatchQuery("Jonas PETERSEN", null, null) { Document = new DocumentQuery(number, null, DocumentType.Passport) });

        Assert.DoesNotContain(hits, h => h.Score >= Index.ReviewThreshold);
    }

    private static Subject Listed(string id, string name, TravelDocument document) =>
        new(SubjectId.For("test", id), SubjectKind.Person, new Listing("test", id, ListingCategory.NoBoard))
        {
            Names = [PersonName.Whole(name, NameQuality.Primary)],
            Documents = [document],
        };
}
