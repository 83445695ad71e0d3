namespace Vigil.Synthetic.Names;

/// <summary>How a naming culture puts a full name together.</summary>
internal enum NamingStyle
{
    /// <summary>Ism, nasab (father, grandfather, with or without bin/bint), nisba (al-X) or laqab.</summary>
    Arabic,

    /// <summary>North African: French-style romanization, ben/ould nasab, Ben-/Bou- family names.</summary>
    Maghrebi,

    /// <summary>Given name(s) and a family name with -i, -zadeh, -pour, -nejad...</summary>
    Persian,

    /// <summary>Compound given names (X Ullah, X Khan, Gul X), tribal family names (-zai, -khel) or none.</summary>
    PashtoUrdu,

    /// <summary>One or two given names and a family name, Turkish letters.</summary>
    Turkish,

    /// <summary>Given name, patronymic (-ovich, -ovna), family name (-ov, -ova, -in, -ina...).</summary>
    Slavic,

    /// <summary>Chechen and Dagestani: own given names, Russian-style patronymics and family names.</summary>
    Caucasian,

    /// <summary>Uzbek, Tajik, Kyrgyz: -ov/-ova or -zoda family names, some o'g'li / qizi patronymics.</summary>
    CentralAsian,

    /// <summary>Given name, father's given name, grandfather's given name; Somali orthography (c, x, q, dh).</summary>
    Somali,

    /// <summary>Sahel and West Africa: given name and family name, French spelling.</summary>
    WestAfrican,

    /// <summary>One or two given names, paternal and maternal family names.</summary>
    Spanish,

    /// <summary>Given name (some hyphenated compounds) and family name, some with Le/Du/De.</summary>
    French,
}

/// <summary>The script a culture's names are also written in, when a list gives the original script.</summary>
internal enum OriginalScript
{
    None,
    Arabic,
    Cyrillic,
}

/// <summary>One naming culture: its share of the population, its lexicons of name parts and its countries.</summary>
internal sealed class Culture
{
    public required string Name { get; init; }

    public required NamingStyle Style { get; init; }

    /// <summary>Share of generated people from this culture.</summary>
    public required double Share { get; init; }

    public required Lexicon MaleGiven { get; init; }

    public required Lexicon FemaleGiven { get; init; }

    public required Lexicon Family { get; init; }

    /// <summary>Place names: nisbas, places of birth.</summary>
    public required Lexicon Places { get; init; }

    /// <summary>Nationalities, most frequent first.</summary>
    public required string[] Countries { get; init; }

    public OriginalScript Script { get; init; }

    /// <summary>Share of listed people of this culture whose name the list also gives in <see cref="Script"/>.</summary>
    public double ScriptShare { get; init; }

    /// <summary>True when a kunya (Abu X) is the usual nom de guerre in this culture; elsewhere half of the noms de
    /// guerre are kunyas (converts) and half nicknames.</summary>
    public bool UsesKunya { get; init; }

    public override string ToString() => Name;
}
