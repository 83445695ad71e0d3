namespace Vigil.Domain;

/// <summary>A name of a subject as a list or a traveler gives it, with its parts where they are known.</summary>
/// <remarks>
/// <see cref="Full"/> is the whole name exactly as received and is never replaced by a normalised form:
/// analysts compare it by eye. The parts are null when the source does not separate them. Normalised and
/// transliterated forms are derived by matching; they are not stored here.
/// </remarks>
/// <param name="Full">The whole name as written.</param>
/// <param name="GivenNames">Given and middle names, space separated, when the source separates them.</param>
/// <param name="FamilyName">Family name or surname, when the source separates it.</param>
/// <param name="Patronymic">Patronymic or nasab chain ("bin Ahmed bin Salem"), when the source separates it.</param>
/// <param name="Script">The script of <see cref="Full"/>.</param>
/// <param name="Quality">Primary name, strong or weak alias, or original script.</param>
public sealed record PersonName(
    string Full,
    string? GivenNames,
    string? FamilyName,
    string? Patronymic,
    NameScript Script,
    NameQuality Quality)
{
    /// <summary>Free text the list attaches to this name (e.g. "former name", "nom de guerre").</summary>
    public string? Note { get; init; }

    /// <summary>A name known only as a whole string; the script is detected from its letters.</summary>
    public static PersonName Whole(string full, NameQuality quality) =>
        new(full, null, null, null, NameScripts.Detect(full), quality);
}
