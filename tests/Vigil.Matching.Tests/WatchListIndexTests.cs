using Vigil.Domain;
using Vigil.Matching;

namespace Vigil.Matching.Tests;

/// <summary>Matching of travelers against a small invented list: one behaviour per test.</summary>
public sealed class WatchListIndexTests
{
    private static readonly Subject[] Listed =
    [
        Person("1", "Tariq Walid SAMMOUR", dob: "1984-06-02", nationality: "SYR", extra: ["طارق وليد سمور"]),
        Person("2", "Abdulrahman Faris QUDSI", dob: "1979", nationality: "IRQ"),
        Person("3", "Mohammed ALI", dob: "1990-01-01", nationality: "YEM"),
        Person("4", "Dzhamal Rustamovich BEKMURZAEV", dob: "1988-11-20", nationality: "RUS"),
        Person("5", "Nour Hadi KASSABJI", dob: "1975-03-14", nationality: "LBN", passport: "LB0456789"),
        Person("6", "Ibrahim Khalil ZUHAYRI", dob: "1969", nationality: "JOR"),
        Person("7", "Mohammed Ahmed HASSAN", dob: "1970", nationality: "EGY"),
        Person("8", "Mohammed Yusuf KAREEM", dob: "1985", nationality: "SDN"),
        Person("9", "Hamdan Hamdan BARAKZI", dob: "1981", nationality: "AFG"),
        Person("10", "Abd al-Wadud TAFRESH", dob: "1977", nationality: "IRN"),
        Person("11", "Yasin Q. ZORLANI", dob: "1983", nationality: "TUR"),
        Person("13", "Karamatullah WEZHMANDI", dob: "1972", nationality: "AFG"),
        Person("14", "Nabil Taqi al-Din QURMAWI", dob: "1980", nationality: "LBN"),
        Person("15", "Salim Dawud KURNAVANI", dob: "1986", nationality: "ALB"),
        new Subject(SubjectId.For("test", "12"), SubjectKind.Organization, new Listing("test", "12", ListingCategory.NoBoard))
        {
            Names = [PersonName.Whole("CORAL PRAIRIE TRADING", NameQuality.Primary)],
        },
    ];

    private static readonly WatchListIndex Index = WatchListIndex.Build(Listed);

    private static Subject Person(string id, string name, string dob, string nationality, string[]? extra = null, string? passport = null)
    {
        PartialDate date = PartialDate.Parse(dob);
        return new Subject(SubjectId.For("test", id), SubjectKind.Person, new Listing("test", id, ListingCategory.NoBoard))
        {
            Names = [PersonName.Whole(name, NameQuality.Primary), .. (extra ?? []).Select(e => PersonName.Whole(e, NameQuality.OriginalScript))],
            DatesOfBirth = [DateOfBirth.On(date)],
            Nationalities = [CountryCode.Of(nationality)],
            Documents = passport is null ? [] : [new TravelDocument(DocumentType.Passport, passport, CountryCode.Of(nationality))],
        };
    }

    private static MatchHit? Best(string name, string? dob = null, string? nationality = null, DocumentQuery? document = null)
    {
        MatchQuery query = new(name, null, null)
        {
            DateOfBirth = dob is null ? PartialDate.Unknown : PartialDate.Parse(dob),
            Nationality = nationality is null ? null : CountryCode.Of(nationality),
            Document = document,
        };
        IReadOnlyList<MatchHit> hits = Index.Match(query);
        return hits.Count == 0 ? null : hits[0];
    }

    private static void AssertReview(string expectedSourceId, MatchHit? hit)
    {
        Assert.NotNull(hit);
        Assert.Equal(expectedSourceId, hit.Subject.Listing.SourceId);
        Assert.True(hit.Score >= Index.ReviewThreshold, HitText.Of(hit));
    }

    [Fact]
    public void The_exact_listed_name_is_sent_for_review()
    {
        AssertReview("1", Best("Tariq Walid SAMMOUR"));
    }

    [Fact]
    public void Another_transliteration_of_the_same_name_matches()
    {
        AssertReview("1", Best("Tarek Waleed SAMOUR"));
    }

    [Fact]
    public void The_family_name_first_matches()
    {
        AssertReview("1", Best("SAMMOUR Tariq Walid"));
    }

    [Fact]
    public void A_name_in_Arabic_script_matches_a_subject_listed_only_in_Latin()
    {
        AssertReview("2", Best("عبد الرحمن فارس قدسي"));
    }

    [Fact]
    public void A_name_in_Cyrillic_matches_its_Latin_transliteration()
    {
        AssertReview("4", Best("Джамал Рустамович Бекмурзаев"));
    }

    [Fact]
    public void Abdul_Rahman_written_apart_matches_Abdulrahman_written_as_one()
    {
        AssertReview("2", Best("Abdul Rahman Faris QUDSI"));
        AssertReview("2", Best("Abd al-Rahman QUDSI", dob: "1979-05-01"));
    }

    [Fact]
    public void A_typo_in_the_family_name_still_matches()
    {
        AssertReview("6", Best("Ibrahim Khalil ZUHAYIR", dob: "1969-02-03"));
    }

    [Fact]
    public void Letters_a_character_reader_confuses_are_read_back()
    {
        // A scanned document gives "rn" for "m" and "vv" for "w".
        MatchHit? hit = Best("Salirn Davvud KURNAVANI");

        AssertReview("15", hit);
        Assert.Contains(hit!.Explanation.Pairs, p => p is { Traveler: "salirn", Listed: "salim", How: PartMatchKind.Ocr });
    }

    [Fact]
    public void A_true_rn_in_a_listed_name_is_still_an_exact_match()
    {
        MatchHit? hit = Best("Salim Dawud KURNAVANI");

        AssertReview("15", hit);
        Assert.Contains(hit!.Explanation.Pairs, p => p is { Traveler: "kurnavani", Listed: "kurnavani", How: PartMatchKind.Exact });
        Assert.DoesNotContain(hit.Explanation.Pairs, p => p.How == PartMatchKind.Ocr);
    }

    [Fact]
    public void Homoglyphs_and_invisible_characters_do_not_hide_a_name()
    {
        // Cyrillic "а" and "о" inside Latin words, a zero-width space inside the family name.
        AssertReview("5", Best("N\u043Eur H\u0430di KASS\u200BABJI"));
    }

    [Fact]
    public void An_equal_document_number_is_close_to_conclusive()
    {
        MatchHit? hit = Best("N. KASABJI", document: new DocumentQuery("lb 0456789", CountryCode.Of("LBN"), DocumentType.Passport));

        AssertReview("5", hit);
        Assert.True(hit!.Score >= 0.95);
        Assert.Equal(new DocumentAgreement("lb 0456789", "Passport", "LB0456789", 0.98), hit.Explanation.Document);
        Assert.Equal(Math.Max(0.98, hit.Explanation.ScoreBeforeDocument), hit.Score);
    }

    [Fact]
    public void A_namesake_born_twenty_years_apart_with_another_nationality_is_cleared()
    {
        MatchHit? hit = Best("Tariq Walid SAMMOUR", dob: "2004-02-11", nationality: "CAN");

        Assert.True(hit is null || hit.Score < Index.ReviewThreshold, HitText.Of(hit));
    }

    [Fact]
    public void A_missing_date_of_birth_or_nationality_never_counts_against()
    {
        double without = Best("Tariq Walid SAMMOUR")!.Score;
        double with = Best("Tariq Walid SAMMOUR", dob: "1984-06-02", nationality: "SYR")!.Score;

        Assert.True(with >= without);
        Assert.True(without >= Index.ReviewThreshold);
    }

    [Fact]
    public void Sharing_only_a_frequent_given_name_is_not_a_hit()
    {
        MatchHit? hit = Best("Mohammed Tahir OKONJO", dob: "1992-07-07", nationality: "NGA");

        Assert.True(hit is null || hit.Score < Index.ReviewThreshold, HitText.Of(hit));
    }

    [Fact]
    public void Every_hit_explains_which_parts_matched_and_how()
    {
        MatchHit hit = Best("Tarek SAMMOUR", dob: "1984-06-02")!;

        Assert.Equal("Tariq Walid SAMMOUR", hit.Explanation.ListName);
        Assert.Equal(NameQuality.Primary, hit.Explanation.ListNameQuality);
        Assert.Collection(
            hit.Explanation.Pairs,
            p => Assert.Equal(new NamePartPair("sammour", "sammour", PartMatchKind.Exact, 1f), p),
            p => Assert.Equal(("tarek", "tariq", PartMatchKind.Transliteration), (p.Traveler, p.Listed, p.How)));
        EvidenceEffect dob = Assert.Single(hit.Explanation.Evidence);
        Assert.Equal(new EvidenceEffect(EvidenceKind.DateOfBirth, EvidenceAgreement.Same, 0.08, "1984-06-02", "1984-06-02") { GapYears = 0 }, dob);
    }

    [Fact]
    public void Hits_come_best_first_and_at_most_as_many_as_asked()
    {
        IReadOnlyList<MatchHit> hits = Index.Match(new MatchQuery("Mohammed HASSAN", null, null), maxHits: 2);

        Assert.InRange(hits.Count, 1, 2);
        Assert.Equal(hits.OrderByDescending(h => h.Score).Select(h => h.Subject.Id), hits.Select(h => h.Subject.Id));
    }

    [Fact]
    public void Organizations_are_not_screened_against_travelers()
    {
        Assert.Null(Best("Coral Prairie TRADING"));
        Assert.Equal(14, Index.SubjectCount);
    }

    [Fact]
    public void A_nisba_is_related_to_its_name_but_not_the_same()
    {
        // "Tafreshi" is "of Tafresh": the skeletons agree, the names do not.
        MatchHit same = Best("Abd al-Wadud TAFRESH")!;
        MatchHit nisba = Best("Abd al-Wadud TAFRESHI")!;

        Assert.Contains(nisba.Explanation.Pairs, p => p is { Traveler: "tafreshi", Listed: "tafresh", How: PartMatchKind.Nisba });
        Assert.True(nisba.Score < same.Score, HitText.Of(nisba));
    }

    [Fact]
    public void Abd_names_match_without_their_prefix()
    {
        MatchHit? hit = Best("Wadud TAFRESH", dob: "1977-03-03");

        AssertReview("10", hit);
        Assert.Contains(hit!.Explanation.Pairs, p => p is { Traveler: "wadud", Listed: "abd al wadud", How: PartMatchKind.WithoutPrefix });
    }

    [Fact]
    public void A_listed_initial_confirms_a_letter_not_a_rare_name()
    {
        MatchHit? withName = Best("Yasin Qadir ZORLANI");
        MatchHit? initialOnly = Best("Yasin QORBANZADE");

        AssertReview("11", withName);
        Assert.True(initialOnly is null || initialOnly.Score < Index.ReviewThreshold, HitText.Of(initialOnly));
    }

    [Fact]
    public void A_title_never_pairs_with_a_name_part()
    {
        // "Sheikh" is a title: it may be missing on either side, and it is no initial "S." nor a name.
        MatchHit? hit = Best("Sheikh Yasin ZORLANI");

        AssertReview("11", hit);
        Assert.DoesNotContain(hit!.Explanation.Pairs, p => p.Traveler == "sheikh");
    }

    [Fact]
    public void A_repeated_name_part_finds_the_subject_that_has_it_twice()
    {
        MatchHit? hit = Best("Hamdan HAMDAN", dob: "1981-05-05");

        AssertReview("9", hit);
    }

    [Fact]
    public void Concurrent_searches_give_the_same_results_as_one_at_a_time()
    {
        string[] names = ["Tarek SAMMOUR", "Abdul Rahman QUDSI", "Mohammed ALI", "Hamdan HAMDAN", "Wadud TAFRESH", "Nour KASSABJI", "Unlisted TRAVELER"];
        string[] expected = [.. names.Select(n => Describe(Index.Match(new MatchQuery(n, null, null))))];

        string[][] parallel = new string[8][];
        Parallel.For(0, parallel.Length, k => parallel[k] = [.. Enumerable.Range(0, 50).SelectMany(_ => names).Select(n => Describe(Index.Match(new MatchQuery(n, null, null))))]);

        foreach (string[] run in parallel)
        {
            Assert.Equal(Enumerable.Range(0, 50).SelectMany(_ => expected), run);
        }

        static string Describe(IReadOnlyList<MatchHit> hits) => HitText.Of(hits);
    }

    [Fact]
    public void A_name_matches_without_its_ullah_ending()
    {
        MatchHit? hit = Best("Karamat WEZHMANDI", dob: "1972-08-08");

        AssertReview("13", hit);
        Assert.Contains(hit!.Explanation.Pairs, p => p is { Traveler: "karamat", Listed: "karamatullah", How: PartMatchKind.WithoutSuffix });
    }

    [Fact]
    public void A_compound_written_as_one_matches_its_parts_around_a_particle()
    {
        MatchHit? hit = Best("Nabil Taqieddine QURMAWI");

        AssertReview("14", hit);
        Assert.Contains(hit!.Explanation.Pairs, p => p is { Traveler: "taqieddine", Listed: "taqi al din", How: PartMatchKind.Joined });
    }

    [Fact]
    public void A_family_name_with_two_typos_is_found_among_many_names_sharing_the_given_name()
    {
        // Sixty invented "Rashid X" plus the one to find; the traveler's family name has two wrong letters,
        // so it shares no key with the listed one and only its first letter and length point to it.
        string[] syllables = ["ka", "lo", "mi", "ne", "po", "ru", "se", "ti", "vo", "za"];
        List<Subject> subjects = [.. Enumerable.Range(0, 60).Select(i => Person($"r{i}", $"Rashid {syllables[i % 10]}{syllables[(i / 10) + 2]}{syllables[(i + 3) % 10]}NDI", "1970", "SYR"))];
        subjects.Add(Person("target", "Rashid GOLBARUNI", dob: "1966-04-04", nationality: "SYR"));
        WatchListIndex index = WatchListIndex.Build(subjects);

        IReadOnlyList<MatchHit> hits = index.Match(new MatchQuery("Rashid GORBARUMI", null, null) { DateOfBirth = PartialDate.Parse("1966-04-04") });

        Assert.NotEmpty(hits);
        Assert.Equal("target", hits[0].Subject.Listing.SourceId);
        Assert.True(hits[0].Score >= index.ReviewThreshold, HitText.Of(hits[0]));
    }

    /// <summary>Forty invented "Bashir X" subjects and one more: "Bashir" alone reaches more names than are scored.</summary>
    private static List<Subject> ManyBashirs(Subject target)
    {
        string[] syllables = ["ka", "lo", "mi", "ne", "po", "ru", "se", "ti", "vo", "za"];
        List<Subject> subjects = [.. Enumerable.Range(0, 40).Select(i => Person($"b{i}", $"Bashir {syllables[i % 10]}{syllables[(i / 10) + 3]}WANDI", "1970", "SYR"))];
        subjects.Add(target);
        return subjects;
    }

    [Fact]
    public void One_part_written_as_a_particle_compound_finds_the_name_among_many_sharing_the_given_name()
    {
        WatchListIndex index = WatchListIndex.Build(ManyBashirs(Person("target", "Bashir Tarq al-Din SULAWANI", dob: "1975", nationality: "LBN")));

        IReadOnlyList<MatchHit> hits = index.Match(new MatchQuery("Bashir TARQEDDINE", null, null));

        Assert.NotEmpty(hits);
        Assert.Equal("target", hits[0].Subject.Listing.SourceId);
        Assert.Contains(hits[0].Explanation.Pairs, p => p is { Traveler: "tarqeddine", Listed: "tarq al din", How: PartMatchKind.Joined });
    }

    [Fact]
    public void Two_parts_of_the_traveler_written_as_one_in_the_list_are_found()
    {
        WatchListIndex index = WatchListIndex.Build(ManyBashirs(Person("target", "Bashir KORVANZADEH", dob: "1975", nationality: "IRN")));

        IReadOnlyList<MatchHit> hits = index.Match(new MatchQuery("Bashir Korvan Zadeh", null, null));

        Assert.NotEmpty(hits);
        Assert.Equal("target", hits[0].Subject.Listing.SourceId);
        Assert.True(hits[0].Score >= index.ReviewThreshold, HitText.Of(hits[0]));
    }

    [Fact]
    public void A_birth_year_brings_the_subject_born_then_among_the_scored_when_the_name_is_common()
    {
        // Forty "Bashir X Wandi" born in 1950 rank before "Bashir Nadul Qasimi Wandi" by name alone (one part left
        // unmatched, not two), and more names than are scored share the traveler's parts. Four hundred other invented
        // names keep the part weights those of a real list; ten of them make "Nadul" a middling part.
        string[] syllables = ["ka", "lo", "mi", "ne", "po", "ru", "se", "ti", "vo", "za"];
        string Word(int i) => $"{syllables[i % 10]}{syllables[(i / 10) % 10]}{syllables[(i / 100) % 10]}r";
        List<Subject> subjects = [.. Enumerable.Range(0, 40).Select(i => Person($"b{i}", $"Bashir {Word(i + 7)}in WANDI", "1950", "SYR"))];
        subjects.AddRange(Enumerable.Range(0, 400).Select(i => Person($"o{i}", $"{Word(i)}id {Word(i + 500)}ov", "1960", "RUS")));
        subjects.AddRange(Enumerable.Range(0, 10).Select(i => Person($"n{i}", $"Nadul {Word(i + 900)}ek", "1962", "TUR")));
        subjects.Add(Person("target", "Bashir Nadul Qasimi WANDI", dob: "1984-02-11", nationality: "SYR"));
        WatchListIndex index = WatchListIndex.Build(subjects);

        IReadOnlyList<MatchHit> hits = index.Match(new MatchQuery("Bashir WANDI", null, null) { DateOfBirth = PartialDate.Parse("1984-02-11") });

        Assert.NotEmpty(hits);
        Assert.Equal("target", hits[0].Subject.Listing.SourceId);
    }

    [Fact]
    public void Two_parts_written_as_one_are_joined_even_when_one_of_them_resembles_the_whole()
    {
        // "Talebi" alone is three letters from "Talebinia": paired with it, "Nia" would be left over.
        WatchListIndex index = WatchListIndex.Build([Person("t", "Darvish TALEBINIA", dob: "1968", nationality: "IRN")]);

        IReadOnlyList<MatchHit> hits = index.Match(new MatchQuery("Darvish TALEBI NIA", null, null));

        Assert.NotEmpty(hits);
        Assert.Contains(hits[0].Explanation.Pairs, p => p is { Traveler: "talebi nia", Listed: "talebinia", How: PartMatchKind.Joined });
        Assert.True(hits[0].Score >= index.ReviewThreshold, HitText.Of(hits[0]));
    }

    [Theory]
    [InlineData("Doran Ko VELTISH", "Dorang VELTISH", "doran ko")]
    [InlineData("Semir Kubal al Lah", "Semir KUBALI", "kubal al lah")]
    public void A_half_of_one_sound_is_not_joined_into_a_name_that_does_not_hold_it(string traveler, string listed, string halves)
    {
        // "Ko" and "Lah" are one consonant each in the sound skeleton: heard in "Dorang" and "Kubali" though neither
        // name holds them.
        WatchListIndex index = WatchListIndex.Build([Person("x", listed, dob: "1970", nationality: "AZE")]);

        IReadOnlyList<MatchHit> hits = index.Match(new MatchQuery(traveler, null, null));

        Assert.DoesNotContain(hits.SelectMany(h => h.Explanation.Pairs), p => p.Traveler == halves && p.How == PartMatchKind.Joined);
    }

    [Theory]
    [InlineData("Chulbong Su NAMGARI", "Chulbongsu NAMGARI", "chulbong su")]
    [InlineData("Hadi Tarik Ko", "Hadi TARIKKO", "tarik ko")]
    public void A_half_of_one_sound_written_at_its_place_is_joined(string traveler, string listed, string halves)
    {
        WatchListIndex index = WatchListIndex.Build([Person("x", listed, dob: "1970", nationality: "AZE")]);

        IReadOnlyList<MatchHit> hits = index.Match(new MatchQuery(traveler, null, null));

        Assert.NotEmpty(hits);
        Assert.Contains(hits[0].Explanation.Pairs, p => p.Traveler == halves && p.How == PartMatchKind.Joined);
        Assert.True(hits[0].Score >= index.ReviewThreshold, HitText.Of(hits[0]));
    }

    [Fact]
    public void A_french_ch_matches_the_sh_of_the_same_name_either_way()
    {
        WatchListIndex index = WatchListIndex.Build(
        [
            Person("fr", "Nouredine BOUCHAKRA", dob: "1979", nationality: "TUN"),
            Person("en", "Sadok SHABROUNI", dob: "1982", nationality: "TUN"),
        ]);

        IReadOnlyList<MatchHit> english = index.Match(new MatchQuery("Nouredine BUSHAKRA", null, null));
        IReadOnlyList<MatchHit> french = index.Match(new MatchQuery("Sadok CHABROUNI", null, null));

        Assert.NotEmpty(english);
        Assert.Equal("fr", english[0].Subject.Listing.SourceId);
        Assert.True(english[0].Score >= index.ReviewThreshold, HitText.Of(english[0]));
        Assert.NotEmpty(french);
        Assert.Equal("en", french[0].Subject.Listing.SourceId);
        Assert.True(french[0].Score >= index.ReviewThreshold, HitText.Of(french[0]));
    }

    [Fact]
    public void A_korean_name_matches_in_the_other_romanization()
    {
        WatchListIndex index = WatchListIndex.Build([Person("k", "RI Chung Myong", dob: "1971", nationality: "PRK")]);

        IReadOnlyList<MatchHit> hits = index.Match(new MatchQuery("Li Jung Myong", null, null));

        Assert.NotEmpty(hits);
        Assert.True(hits[0].Score >= index.ReviewThreshold, HitText.Of(hits[0]));
    }

    [Fact]
    public void A_result_does_not_depend_on_the_travelers_searched_before()
    {
        // Pieces of a traveler's name are looked up as parts of their own: "Karamat Ullah" joined is "karamatullah".
        // Another traveler's "Karamatullah" is analysed with more (the name without its -ullah ending, "Karamat",
        // which finds the target among forty other Bashirs), so it must neither take the joined piece's remembered
        // look-up nor give it its own. The same for a piece that a character reader may have misread ("rn", "m").
        Subject[] subjects =
        [
            .. ManyBashirs(Person("target", "Bashir KARAMAT SULANI", dob: "1975", nationality: "AFG")), .. Listed,
            Person("16", "Halim KORNA", dob: "1971", nationality: "AFG"), Person("17", "Halim KUMA", dob: "1971", nationality: "ALB"),
        ];
        string[] travelers =
        [
            "Bashir Karamat Ullah", "Bashir Karamatullah", "Nabil KURNADIN", "Halim KURNA", "Nabil Taqieddine QURMAWI",
            "Abd al-Wadud TAFRESH", "Abdulwadud TAFRESH", "Wadud TAFRESH",
        ];

        string Results(WatchListIndex index, string traveler) =>
            HitText.Of(index.Match(new MatchQuery(traveler, null, null)));

        Dictionary<string, string> alone = travelers.ToDictionary(t => t, t => Results(WatchListIndex.Build(subjects), t));
        WatchListIndex forward = WatchListIndex.Build(subjects), backward = WatchListIndex.Build(subjects);

        Assert.All(travelers, t => Assert.Equal(alone[t], Results(forward, t)));
        Assert.All(travelers.Reverse(), t => Assert.Equal(alone[t], Results(backward, t)));
    }
}
