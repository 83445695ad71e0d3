using System.Text;
using Vigil.Domain;

namespace Vigil.Storage;

/// <summary>Values of the searchable columns derived from a subject.</summary>
internal static class SubjectColumns
{
    /// <summary>A document number as it is looked up: letters and digits only, in upper case.</summary>
    /// <remarks>Lists and travel documents write the same number with and without spaces, dashes or dots.</remarks>
    public static string NumberKey(string number)
    {
        StringBuilder key = new(number.Length);
        foreach (char c in number)
        {
            if (char.IsLetterOrDigit(c))
            {
                key.Append(char.ToUpperInvariant(c));
            }
        }

        return key.ToString();
    }
}
