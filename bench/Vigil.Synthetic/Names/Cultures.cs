namespace Vigil.Synthetic.Names;

/// <summary>The naming cultures of synthetic lists and travelers, with their invented syllable inventories.</summary>
/// <remarks>
/// Every inventory below was written for Vigil's benchmarks from the sound patterns of each naming tradition; no
/// list of real names was copied. Common syllable combinations do produce real-looking names (that is the point:
/// they stress the same normalization, romanization and frequency effects as real names), but which names exist,
/// and how often, is decided by the fixed lexicon seeds, not by any real population. Lexicons do not depend on a
/// run's seed, so lists and traveler files made with different seeds share one population of names, and an
/// innocent traveler can share a listed person's common names, as namesakes do.
/// </remarks>
internal static class Cultures
{
    private static readonly Lazy<Culture[]> Table = new(Build);

    /// <summary>Diaspora second nationalities.</summary>
    public static readonly string[] SecondNationalities =
        ["FRA", "BEL", "DEU", "GBR", "NLD", "SWE", "DNK", "AUT", "ESP", "ITA", "CAN", "AUS", "USA", "NOR", "FIN", "CHE"];

    public static IReadOnlyList<Culture> All => Table.Value;

    /// <summary>The Arabic culture: the source of kunyas and nisbas of other Muslim-majority cultures.</summary>
    public static Culture Arabic => Table.Value[0];

    /// <summary>A culture drawn by population share.</summary>
    public static Culture Draw(Rng rng)
    {
        Culture[] all = Table.Value;
        double u = rng.NextDouble() * TotalShare;
        foreach (Culture culture in all)
        {
            u -= culture.Share;
            if (u < 0)
            {
                return culture;
            }
        }

        return all[^1];
    }

    private static double TotalShare => Table.Value.Sum(c => c.Share);

    private static Culture[] Build()
    {
        List<Culture> cultures = [];
        long seed = 7_000;

        Lexicon Make(SyllableModel model, int size, double exponent) => Lexicon.Generate(model, size, exponent, seed++);

        cultures.Add(new Culture
        {
            Name = "Arabic (Mashriq, Gulf)",
            Style = NamingStyle.Arabic,
            Share = 0.28,
            MaleGiven = Make(new SyllableModel(
                "ka sa ha ma na ra ja fa ta ba wa za ya kha sha mu a i u ab ah is us di nu ri su hu ay ib tha ja",
                "mi li ri si bi di hi ja la ma na ra sa ta wa ha ba fa ki",
                "mid rim lid sir zim bar man sin dan fiq jid hal tib mal wan zar nas sar qir bah lih har dun mus kir nir zal mad rif waj sim til", 0.6, 0.37, 0.03), 2500, 1.05),
            FemaleGiven = Make(new SyllableModel(
                "fa ma sa la na ha ra za ya ja a i ru su hu wa di",
                "ti ri mi li si hi ja na da",
                "ma na ra ya la ha da ja lah rah yah nah mah iya ina ifa sa ba", 0.5, 0.45, 0.05), 1500, 1.0),
            Family = Make(new SyllableModel(
                "ha ja na sa ka ta da ba ma qa za fa ra sha kha ga a u",
                "bi ri sa ma ta ja ha ka la wa",
                "ddad llal ssar jjar bbagh tti mmar rrah kkak ffar wwaf ssas nnan hhal ttar zzaz qqal", 0.6, 0.35, 0.05), 8000, 0.9),
            Places = Make(new SyllableModel(
                "ba da ha ra sa ma ta ja na ku qa ki zu hi mo ra shi ti ya",
                "ri la ba ma sa ja da ki",
                "dad ran ris tan lab kar mas sul bar jaz raq wan mir dan naf hil qat", 0.5, 0.4, 0.1), 5000, 0.9),
            Countries = ["SYR", "IRQ", "SAU", "YEM", "JOR", "EGY", "LBN", "KWT", "LBY", "SDN", "ARE", "QAT", "PSE", "BHR", "OMN"],
            Script = OriginalScript.Arabic,
            ScriptShare = 0.45,
            UsesKunya = true,
        });
        cultures.Add(new Culture
        {
            Name = "Maghrebi",
            Style = NamingStyle.Maghrebi,
            Share = 0.09,
            MaleGiven = Make(new SyllableModel(
                "mo ka sa ha ya ab ra ja na fa ta di bou ou mou cha kha bra so a i nou dja",
                "ha ri la mi sa ou",
                "ed ir id ine ane oun ar ime el ouane ssine med har ouf rif ssen mal dir ki", 0.55, 0.4, 0.05), 2000, 1.05),
            FemaleGiven = Make(new SyllableModel(
                "fa ma sa la na ha ra za ya kha ou a i dja",
                "ti ri di mi ou",
                "ma na ra ya la ha da ja ida ina ila ssa ouda", 0.5, 0.45, 0.05), 1200, 1.0),
            Family = Make(new SyllableModel(
                "had dou ja ma sli ka ta bel lar me chi zi ta kha sa bou a ou mza ze",
                "ra mi ha li ou ta",
                "dou ou i a ane ani aoui ri bi mi ssi ki dja lal nane souf", 0.6, 0.35, 0.05), 6000, 0.9),
            Places = Make(new SyllableModel(
                "ta ma ka sou bli ou tle fe me o a ni",
                "ra ne zou ka",
                "zit nes roun ras da ssa djel mene touf", 0.6, 0.4), 500, 0.95),
            Countries = ["TUN", "MAR", "DZA", "LBY", "MRT"],
            Script = OriginalScript.Arabic,
            ScriptShare = 0.3,
            UsesKunya = true,
        });
        cultures.Add(new Culture
        {
            Name = "Persian",
            Style = NamingStyle.Persian,
            Share = 0.05,
            MaleGiven = Make(new SyllableModel(
                "da ba ma fa ka ha sa ja na ra pa ar es mo kou far sha bah o a",
                "ri va ma sa ja",
                "van ran yar mand zad bod rouz youn had sin din man yad rad sham ush", 0.55, 0.4, 0.05), 1800, 1.0),
            FemaleGiven = Make(new SyllableModel(
                "pa ma fa na sa za ro gol la a ta ya shi ne",
                "ri va ha",
                "neh ra ri rin dokht meh nar sa ran ta nin", 0.6, 0.4), 1200, 1.0),
            Family = Make(new SyllableModel(
                "ka sa ha ma ra ja ta ba na fa da sha kho gha mo a e",
                "ri vi ba ja ma sa",
                "zadeh pour nejad far ian abadi dust vand i ani ravi loo", 0.35, 0.55, 0.1), 6000, 0.85),
            Places = Make(new SyllableModel(
                "te e shi ta ka ma ho ya qa",
                "bri ra za",
                "ran han raz shad man zd vin", 0.5, 0.5), 300, 0.95),
            Countries = ["IRN", "AFG", "TJK"],
            Script = OriginalScript.Arabic,
            ScriptShare = 0.35,
            UsesKunya = false,
        });
        cultures.Add(new Culture
        {
            Name = "Pashto and Urdu",
            Style = NamingStyle.PashtoUrdu,
            Share = 0.11,
            MaleGiven = Make(new SyllableModel(
                "gul sha za ra ha ja ba na ka fa ma a i u mir khal sa dil ta wa",
                "ri ma la ha",
                "ullah an ir id ar at ib im ad shah wal zar mat baz raf", 0.6, 0.37, 0.03), 2200, 1.05),
            FemaleGiven = Make(new SyllableModel(
                "ma za ra sa na shi fa ba gul a",
                "ri ma la",
                "na ra ma ja bibi la ina", 0.5, 0.5), 1000, 1.0),
            Family = Make(new SyllableModel(
                "yu ka sa ba a ha mo ja dur na ma ta ghil sto za sha gha ni ke tu wa pa",
                "ra ma sa ti ho ku ba",
                "zai khel wal i ani yar dar kar ri zada mal gul", 0.5, 0.4, 0.1), 8000, 0.9),
            Places = Make(new SyllableModel(
                "pe kan kun hel qua swa ba ja la",
                "sha da",
                "war dahar duz mand ta jaur lalabad", 0.6, 0.4), 300, 0.95),
            Countries = ["PAK", "AFG", "IND", "BGD"],
            Script = OriginalScript.Arabic,
            ScriptShare = 0.25,
            UsesKunya = true,
        });
        cultures.Add(new Culture
        {
            Name = "Turkish",
            Style = NamingStyle.Turkish,
            Share = 0.06,
            MaleGiven = Make(new SyllableModel(
                "a e o ö u ü ka ke me se ye ha hü bu ce ço ya tu ba mu",
                "ri li mi ne ra la rat",
                "han can tan kan ay er ur ün at em in il ip et ek mut rat", 0.6, 0.38, 0.02), 1800, 1.0),
            FemaleGiven = Make(new SyllableModel(
                "a e ö ze ey se me gü fa de ha bü",
                "li ne ra",
                "su nur gül ay ce sel de la nem", 0.6, 0.4), 1200, 1.0),
            Family = Make(new SyllableModel(
                "ka ta ba de yı ö a ço gü se ko du şa e",
                "ra la ya ma şa ğı",
                "oğlu er can kaya han taş dağ soy alp lu ci tekin", 0.45, 0.5, 0.05), 5000, 0.85),
            Places = Make(new SyllableModel("ko ma ba gi a e", "ra nı", "ya sa tep şehir", 0.6, 0.4), 200, 0.95),
            Countries = ["TUR", "AZE", "DEU"],
            UsesKunya = true,
        });
        cultures.Add(new Culture
        {
            Name = "Russian",
            Style = NamingStyle.Slavic,
            Share = 0.05,
            MaleGiven = Make(new SyllableModel(
                "a i o ser ni ko vla dmi ale ev ma pa bo ro ru sta ana ole",
                "ta ri ko li de",
                "ei ir il an im dim gor ntin slav rei lai tr mir", 0.6, 0.38, 0.02), 1200, 1.05),
            FemaleGiven = Make(new SyllableModel(
                "a i o e na ma ta ve ka sve li ya",
                "ri le ta",
                "na ya ra ina ia lena sia", 0.5, 0.5), 900, 1.05),
            Family = Make(new SyllableModel(
                "ku pe so ka bo mo ra vo sme gro ba ze li do po",
                "ri la ne ro ko va tu zh",
                "ov ev in kin enko sky ikov", 0.4, 0.5, 0.1), 6000, 0.85),
            Places = Make(new SyllableModel("no vo ka ro sa ta", "ro li", "grad sk gorsk ino", 0.5, 0.5), 200, 0.95),
            Countries = ["RUS", "UKR", "BLR", "KAZ"],
            Script = OriginalScript.Cyrillic,
            ScriptShare = 0.4,
        });
        cultures.Add(new Culture
        {
            Name = "Chechen and Dagestani",
            Style = NamingStyle.Caucasian,
            Share = 0.06,
            MaleGiven = Make(new SyllableModel(
                "ru ma za ha a i u ri sa ka to mu ba ya ah sul sha ap dzha",
                "lan ma ri",
                "slan gomed mzat san bek lan hid sur mud ti khan", 0.65, 0.35), 1200, 1.05),
            FemaleGiven = Make(new SyllableModel(
                "ma za ha a i li ka ya ta",
                "ri",
                "dina ra na ret sa yat", 0.6, 0.4), 700, 1.0),
            Family = Make(new SyllableModel(
                "da ba ga ma u e i ha a te me ka zu",
                "ri da la ma ha ka su ti",
                "ev aev iev ov gov khanov", 0.4, 0.5, 0.1), 6000, 0.85),
            Places = Make(new SyllableModel("gu sha ur ve kha", "de", "rmes li tan sav", 0.6, 0.4), 200, 0.95),
            Countries = ["RUS", "GEO", "AZE"],
            Script = OriginalScript.Cyrillic,
            ScriptShare = 0.4,
            UsesKunya = true,
        });
        cultures.Add(new Culture
        {
            Name = "Central Asian",
            Style = NamingStyle.CentralAsian,
            Share = 0.06,
            MaleGiven = Make(new SyllableModel(
                "ja o u sha ba da i nu ra a za ul sar ti",
                "mur ho sha ri",
                "bek bar jon mur dor shod lon sur im at", 0.55, 0.45), 1200, 1.0),
            FemaleGiven = Make(new SyllableModel(
                "di ma nu ze ga sha a o",
                "lo ra",
                "gul oy nisa xon ra", 0.5, 0.5), 800, 1.0),
            Family = Make(new SyllableModel(
                "ja o u sha ba da i nu ra a za kar ma",
                "ri mo da ho sa ta ku",
                "ov ev bekov zoda murodov aliev", 0.4, 0.5, 0.1), 6000, 0.85),
            Places = Make(new SyllableModel("na sa bu an o", "ma ri", "ngan kand khara jan", 0.6, 0.4), 200, 0.95),
            Countries = ["UZB", "TJK", "KGZ", "KAZ", "TKM"],
            Script = OriginalScript.Cyrillic,
            ScriptShare = 0.3,
            UsesKunya = true,
        });
        cultures.Add(new Culture
        {
            Name = "Somali",
            Style = NamingStyle.Somali,
            Share = 0.07,
            MaleGiven = Make(new SyllableModel(
                "ca xa ma ya ku sha ab ax da fa ha ja na ra sa ci bu",
                "xa ma sha ri",
                "de le ni ar ow aad ye iin ale mad ax sir di", 0.6, 0.38, 0.02), 1500, 1.0),
            FemaleGiven = Make(new SyllableModel(
                "ca xa ma ha fa sa ha fa",
                "di ri",
                "do dia lo ma mo ra", 0.6, 0.4), 800, 1.0),
            // Clan and lineage names, given now and then after the three given names.
            Family = Make(new SyllableModel("ha da ma ca ra ab ga", "wi ra ja", "ye de le al gal sha", 0.6, 0.4), 120, 1.0),
            Places = Make(new SyllableModel("mu ki ba ga bo", "qa da", "disho smaayo doa", 0.6, 0.4), 150, 0.95),
            Countries = ["SOM", "KEN", "ETH", "DJI"],
            UsesKunya = true,
        });
        cultures.Add(new Culture
        {
            Name = "West African",
            Style = NamingStyle.WestAfrican,
            Share = 0.07,
            MaleGiven = Make(new SyllableModel(
                "ma a bou i ou sa ka mou ba ta se ha ya",
                "ma la ri",
                "madou sa ne ba mane tou ssa rou ka bakar ko du", 0.6, 0.4), 1500, 1.0),
            FemaleGiven = Make(new SyllableModel(
                "ma a fa ou ka ra ha ai",
                "",
                "ta ma ssatou tou mata dja", 1), 600, 1.0),
            Family = Make(new SyllableModel(
                "di ka tra kou sa ba to co ke ca ni ou dou sy kan sou fo dem ha",
                "a ia ou ma ra ko li ta",
                "llo ra te té ko bé ré ssé dio ara gou", 0.5, 0.4, 0.1), 8000, 0.9),
            Places = Make(new SyllableModel("ga ti mo ba ka", "ma", "o buktu pti mako", 0.6, 0.4), 200, 0.95),
            Countries = ["MLI", "NER", "NGA", "SEN", "BFA", "GIN", "MRT", "CMR", "TCD"],
            UsesKunya = true,
        });
        cultures.Add(new Culture
        {
            Name = "Spanish",
            Style = NamingStyle.Spanish,
            Share = 0.05,
            MaleGiven = Make(new SyllableModel(
                "jo ma ra fer an car lu pe al ro di se ga ju mi ri",
                "",
                "sé rio món nando drés los is dro varo berto ego gio briel lian guel cardo", 1), 900, 1.1),
            FemaleGiven = Make(new SyllableModel(
                "ma lu an ro ca pi so el be i",
                "ri",
                "ría ra na sa cía ela ita", 0.6, 0.4), 700, 1.1),
            Family = Make(new SyllableModel(
                "gar mar ro lo fer her go per ji san ra mo nu va cas or del",
                "ri ci na me da",
                "cía tínez dríguez pez nández ez ga ro rez ra do so les na", 0.6, 0.35, 0.05), 6000, 0.9),
            Places = Make(new SyllableModel("ma se va bar ce", "dri ví", "d lla lona uta", 0.6, 0.4), 200, 0.95),
            Countries = ["ESP", "COL", "VEN", "MEX", "ARG"],
        });
        cultures.Add(new Culture
        {
            Name = "French",
            Style = NamingStyle.French,
            Share = 0.05,
            MaleGiven = Make(new SyllableModel(
                "jean pi mi fran ni ju lu ma cé é ga ber thi oli ro pa",
                "",
                "rre chel çois colas lien cas thieu dric ric bert bault vier main scal", 1), 800, 1.1),
            FemaleGiven = Make(new SyllableModel(
                "ma ju ca ché lé au é so ca",
                "",
                "rie lie line ne te se elle ette", 1), 600, 1.1),
            Family = Make(new SyllableModel(
                "du le ma ber ro la fon gi mo pe che bou ga ri",
                "ra na ti mon che",
                "pont mont rand rier vin ret chet bois lier cault net ville champ", 0.6, 0.35, 0.05), 6000, 0.9),
            Places = Make(new SyllableModel("li ly ro mar nan", "", "lle on baix seille tes", 1), 150, 0.95),
            Countries = ["FRA", "BEL", "CHE", "CAN"],
            UsesKunya = false,
        });
        return [.. cultures];
    }
}
