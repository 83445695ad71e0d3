using Vigil.Domain;

namespace Vigil.Formats.Lists;

/// <summary>A document number read out of a list's number field (see <see cref="DocumentNumberText"/>).</summary>
/// <param name="Number">The number as written, without the words around it.</param>
/// <param name="Country">The issuing country the text names, when it names one.</param>
/// <param name="IsReadOutOfText">True when the field held more than the number: the caller keeps the whole field
/// as the document's note, so that nothing the list said is lost.</param>
internal readonly record struct DocumentNumberReading(string Number, CountryCode? Country, bool IsReadOutOfText);
