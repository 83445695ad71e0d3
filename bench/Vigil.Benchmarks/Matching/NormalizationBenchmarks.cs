using BenchmarkDotNet.Attributes;
using Vigil.Matching.Indexing;

namespace Vigil.Benchmarks.Matching;

/// <summary>How long it takes to turn one written name into comparable parts (<c>NameAnalyzer.Analyze</c>:
/// normalization, romanization, particles, sound skeletons), per kind of writing.</summary>
/// <remarks>Every name here was invented for this benchmark. The mean is per name.</remarks>
[MemoryDiagnoser]
public class NormalizationBenchmarks
{
    private const int NamesPerSet = 8;

    private static readonly Dictionary<NameSet, string[]> Names = new()
    {
        [NameSet.LatinDiacritics] =
        [
            "Zoé Lefébvre-Maraîchin",
            "Ḥasan ʿAbd al-Ṣamad al-Ḥaddūrī",
            "Çağrı Yıldıröz Kütahyalıoğlu",
            "Mário João Conceição Peñalver",
            "Łukasz Świątkorowicz",
            "Dāwūd ibn Sālim al-Baṣrāwī",
            "Ngô Thị Hồng Vĩnh",
            "Søren Ærøskøbing-Dahlqvist",
        ],
        [NameSet.ArabicScript] =
        [
            "كمال بن حمدان الزبيري",
            "أبو حفص الكنيري",
            "عبد الكريم ناصر الدوسيري",
            "سعاد بنت جابر المهيدي",
            "رضا پورحسین‌زاده",
            "گل زمان خان یوسفخیل",
            "عبدالرحيم ولد سيدي الطالبي",
            "مُحَمَّد فَيْصَل العُمَرِي",
        ],
        [NameSet.Cyrillic] =
        [
            "Тимур Исмаилович Бадагаев",
            "Зарема Хасановна Умалатова",
            "Магомедрасул Саидбегов",
            "Ольга Петровна Кузяркина",
            "Шамиль Ахмедханович Чупалаев",
            "Ёлдаш Муродович Юсупжонов",
            "Єлизавета Щербанівська",
            "Абу Табир аль-Гунибари",
        ],
        [NameSet.MixedHomoglyphs] =
        [
            "K\u0430rim B\u0435ns\u0430l\u0435m",
            "\u039Fmar \u0391l-\u0397addad",
            "Ha\u200Bmid al\u00AD-Rashadi",
            "\uFF2B\uFF41\uFF52\uFF49\uFF4D \uFF33\uFF41\uFF4C\uFF45\uFF48",
            "Jose\u0301 Marti\u0301nez\u00A0Oru\u0301e",
            "Y\u043Eusef \u0410b\u043Eu-Z\u0435id",
            "\u202BSalim\u202C al\u2010Qasimi",
            "Abd\u200D\u0430l-Raz\u0456q al-\u0410nbari",
        ],
    };

    private string[] _names = [];

    /// <summary>The kinds of writing measured.</summary>
    public enum NameSet
    {
        /// <summary>Latin letters with diacritics, scholarly transliteration marks, Turkish and Nordic letters.</summary>
        LatinDiacritics,

        /// <summary>Arabic script: Arabic, Persian (with a zero-width non-joiner), Urdu, vowel marks.</summary>
        ArabicScript,

        /// <summary>Cyrillic: Russian, Chechen, Central Asian and Ukrainian names.</summary>
        Cyrillic,

        /// <summary>Latin names with Cyrillic and Greek look-alikes, invisible characters, full-width letters and
        /// combining accents, as copied from documents and web pages.</summary>
        MixedHomoglyphs,
    }

    [ParamsAllValues]
    public NameSet Set { get; set; }

    [GlobalSetup]
    public void Setup() => _names = Names[Set];

    /// <summary>Analyzes every name of the set; returns the number of parts found, so that nothing is optimized away.</summary>
    [Benchmark(OperationsPerInvoke = NamesPerSet)]
    public int Analyze()
    {
        int parts = 0;
        foreach (string name in _names)
        {
            parts += NameAnalyzer.Analyze(name).Length;
        }

        return parts;
    }
}
