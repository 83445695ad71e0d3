using System.Buffers;
using System.Globalization;
using System.Text;

namespace Vigil.Matching.Text;

/// <summary>Folds a name as written into the form Vigil compares: one case, no diacritics, no invisible characters, single spaces.</summary>
/// <remarks>
/// <para>The steps, in order (see README.md next to this file):</para>
/// <list type="number">
/// <item>Compatibility folding as Unicode NFKC does it (fullwidth letters, ligatures, Arabic presentation forms,
/// mathematical letters), from a frozen table because Vigil runs with invariant globalization.</item>
/// <item>Zero-width, bidirectional, other format and control characters, the soft hyphen, the Arabic tatweel and
/// Arabic, Hebrew and Latin combining marks are removed; a decomposed Cyrillic or Arabic letter is composed first
/// (и + breve = й).</item>
/// <item>Invariant lower case; Latin letters lose their diacritics (é → e, ı → i, ş → s, ø → o, ß → ss, æ → ae, đ → d, ł → l),
/// Greek letters their accents. Cyrillic, Arabic and other scripts keep their letters.</item>
/// <item>Apostrophes and their look-alikes (', `, ’, ʼ, ʻ, ʿ, ʾ, ´) are deleted, so O'Brien becomes obrien; every other
/// punctuation mark, symbol and space becomes a single space; digits of any script become ASCII digits.</item>
/// <item>In a word that mixes Latin, Cyrillic or Greek letters, look-alike letters are folded to the script of the word
/// (the Cyrillic а in "muhаmmad" becomes Latin a; the Latin o in "ивoв" becomes Cyrillic о).</item>
/// </list>
/// <para>The result has no leading, trailing or double spaces and is a fixed point: normalizing it again returns it unchanged.
/// The original name is never replaced: analysts see what was written.</para>
/// </remarks>
public static class NameNormalizer
{
    /// <summary>Normalizes a name as written, in any script.</summary>
    /// <param name="raw">The name as received; may be empty.</param>
    /// <returns>Lower-case words separated by single spaces; empty when nothing of the name is left.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="raw"/> is null.</exception>
    public static string Normalize(string raw)
    {
        ArgumentNullException.ThrowIfNull(raw);
        if (IsAlreadyNormalizedAscii(raw))
        {
            return raw;
        }

        var buffer = new CharBuffer(stackalloc char[256]);
        try
        {
            var writer = new Writer();
            Fold(raw, ref buffer, ref writer);
            if (buffer.Written.ContainsAnyExceptInRange('\0', '\x7F'))
            {
                Homoglyphs.Fold(buffer.Written);
            }

            return buffer.Length == raw.Length && buffer.Written.SequenceEqual(raw) ? raw : buffer.Build();
        }
        finally
        {
            buffer.Dispose();
        }
    }

    /// <summary>Normalizes a name, then splits it into its words.</summary>
    /// <param name="raw">The name as received.</param>
    /// <returns>The words of <see cref="Normalize"/>, in order; empty when nothing is left.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="raw"/> is null.</exception>
    public static string[] Tokens(string raw)
    {
        string normalized = Normalize(raw);
        return normalized.Length == 0 ? [] : normalized.Split(' ');
    }

    /// <summary>True for text made only of a-z, 0-9 and single inner spaces: the common case at screening time.</summary>
    private static bool IsAlreadyNormalizedAscii(string text)
    {
        if (text.Length == 0)
        {
            return true;
        }

        if (text[0] == ' ' || text[^1] == ' ')
        {
            return false;
        }

        char previous = 'a';
        foreach (char c in text)
        {
            if (c is (>= 'a' and <= 'z') or (>= '0' and <= '9'))
            {
                previous = c;
                continue;
            }

            if (c != ' ' || previous == ' ')
            {
                return false;
            }

            previous = c;
        }

        return true;
    }

    private static void Fold(string raw, ref CharBuffer buffer, ref Writer writer)
    {
        ReadOnlySpan<char> rest = raw;
        while (!rest.IsEmpty)
        {
            char c = rest[0];
            if (c < 0x80)
            {
                writer.Ascii(c, ref buffer);
                rest = rest[1..];
                continue;
            }

            if (Rune.DecodeFromUtf16(rest, out Rune rune, out int consumed) != OperationStatus.Done)
            {
                // A lone surrogate is not text: drop it.
                rest = rest[Math.Max(consumed, 1)..];
                continue;
            }

            rest = rest[consumed..];
            writer.CodePoint(rune, ref buffer);
        }
    }

    /// <summary>Writes folded characters, turning separators into at most one space between words.</summary>
    private struct Writer
    {
        private bool _pendingSpace;

        public void Ascii(char c, ref CharBuffer buffer)
        {
            switch (c)
            {
                case >= 'a' and <= 'z':
                case >= '0' and <= '9':
                    Letter(c, ref buffer);
                    break;
                case >= 'A' and <= 'Z':
                    Letter((char)(c | 0x20), ref buffer);
                    break;
                case '\'' or '`':
                    break;
                case '\t' or '\n' or '\v' or '\f' or '\r':
                    Space();
                    break;
                case < ' ' or '\x7F':
                    break;
                default:
                    Space();
                    break;
            }
        }

        public void CodePoint(Rune rune, ref CharBuffer buffer)
        {
            int value = rune.Value;
            UnicodeCategory category = Rune.GetUnicodeCategory(rune);
            if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark && IsDroppedMark(value))
            {
                Mark(value, ref buffer);
                return;
            }

            if (FoldingTable.TryFold(value, out string? folded))
            {
                Folded(folded!, ref buffer);
                return;
            }

            if (IsApostrophe(value))
            {
                return;
            }

            switch (category)
            {
                case UnicodeCategory.UppercaseLetter or UnicodeCategory.TitlecaseLetter:
                    Rune lower = Rune.ToLowerInvariant(rune);
                    if (lower != rune && FoldingTable.TryFold(lower.Value, out string? lowerFolded))
                    {
                        Folded(lowerFolded!, ref buffer);
                    }
                    else
                    {
                        Letter(lower, ref buffer);
                    }

                    break;
                case UnicodeCategory.LowercaseLetter or UnicodeCategory.OtherLetter or UnicodeCategory.ModifierLetter
                    or UnicodeCategory.LetterNumber or UnicodeCategory.SpacingCombiningMark
                    or UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark:
                    if (value == 0x0640)
                    {
                        break; // tatweel only stretches Arabic writing
                    }

                    Letter(rune, ref buffer);
                    break;
                case UnicodeCategory.DecimalDigitNumber:
                    Letter((char)('0' + (int)Rune.GetNumericValue(rune)), ref buffer);
                    break;
                case UnicodeCategory.Control:
                    if (value is 0x85)
                    {
                        Space();
                    }

                    break;
                case UnicodeCategory.Format or UnicodeCategory.PrivateUse or UnicodeCategory.Surrogate
                    or UnicodeCategory.OtherNotAssigned:
                    break;
                default:
                    Space();
                    break;
            }
        }

        private void Folded(string folded, ref CharBuffer buffer)
        {
            // Folded forms are fixed points, so their characters only need the separator and apostrophe rules.
            foreach (char f in folded)
            {
                if (f < 0x80)
                {
                    Ascii(f, ref buffer);
                }
                else if (IsApostrophe(f))
                {
                    continue;
                }
                else if (char.IsLetterOrDigit(f) || char.GetUnicodeCategory(f) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark)
                {
                    Letter(f, ref buffer);
                }
                else
                {
                    Space();
                }
            }
        }

        private readonly void Mark(int mark, ref CharBuffer buffer)
        {
            // A mark right after a letter may be half of a decomposed Cyrillic or Arabic letter; otherwise it goes.
            if (!_pendingSpace && buffer.Length > 0 && FoldingTable.TryCompose(buffer.Last, mark, out char composed))
            {
                buffer.SetLast(composed);
            }
        }

        private void Space() => _pendingSpace = true;

        private void Letter(char c, ref CharBuffer buffer)
        {
            if (_pendingSpace)
            {
                if (buffer.Length > 0)
                {
                    buffer.Append(' ');
                }

                _pendingSpace = false;
            }

            buffer.Append(c);
        }

        private void Letter(Rune rune, ref CharBuffer buffer)
        {
            if (rune.IsBmp)
            {
                Letter((char)rune.Value, ref buffer);
                return;
            }

            Span<char> pair = stackalloc char[2];
            int written = rune.EncodeToUtf16(pair);
            Letter(pair[0], ref buffer);
            buffer.Append(pair[1..written]);
        }
    }

    /// <summary>Apostrophes and the letters and marks used for them (hamza and ayin in transliterations): deleted inside words.</summary>
    private static bool IsApostrophe(int c) => c is 0x2018 or 0x2019 or 0x201B or 0x2032 or 0x02B9 or 0x02BB or 0x02BC
        or 0x02BD or 0x02BE or 0x02BF or 0x02C8 or 0x00B4 or 0x055A or 0x05F3 or 0xA78B or 0xA78C or 0xFF07;

    /// <summary>Combining marks that are diacritics of Latin, Greek, Cyrillic, Hebrew or Arabic letters: dropped (after composition).</summary>
    private static bool IsDroppedMark(int c) =>
        c is (>= 0x0300 and <= 0x036F) or (>= 0x0483 and <= 0x0489) or (>= 0x0591 and <= 0x05C7)
            or (>= 0x0610 and <= 0x061A) or (>= 0x064B and <= 0x065F) or 0x0670 or (>= 0x06D6 and <= 0x06ED)
            or (>= 0x0898 and <= 0x089F) or (>= 0x08CA and <= 0x08FF) or (>= 0x1AB0 and <= 0x1AFF)
            or (>= 0x1DC0 and <= 0x1DFF) or (>= 0x20D0 and <= 0x20FF) or (>= 0xFE20 and <= 0xFE2F);
}
