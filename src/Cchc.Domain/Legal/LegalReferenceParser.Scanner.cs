using System.Globalization;
using System.Text;

namespace Cchc.Domain.Legal;

// The character classes and small readers every part of the parser shares. Each reader looks at a bounded stretch of
// text from the position it is given, so the parser as a whole is linear in the length of the text; none throws.
public static partial class LegalReferenceParser
{
    /// <summary>A letter or a combining mark (a decomposed accent that normalisation could not compose).</summary>
    private static bool IsLetter(char c) =>
        char.IsLetter(c) || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;

    /// <summary>Any Unicode decimal digit ("3", "٣", "３").</summary>
    private static bool IsDigit(char c) => char.IsDigit(c);

    private static bool IsLetterOrDigit(char c) => IsLetter(c) || IsDigit(c);

    /// <summary>White space, no-break spaces and the zero-width spaces word processors leave.</summary>
    private static bool IsSpace(char c) => char.IsWhiteSpace(c) || c is '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF';

    /// <summary>A hyphen or dash of any kind: - ‐ ‑ ‒ – — ― − and their small and full-width forms.</summary>
    private static bool IsDash(char c) => c is '-' or '\u2212' || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.DashPunctuation;

    private static char At(string text, int index) => (uint)index < (uint)text.Length ? text[index] : '\0';

    /// <summary>Skips spaces, at most 64: a longer run of them ends any citation, and no reader looks further.</summary>
    private static int SkipSpaces(string text, int index)
    {
        var limit = index + 64;
        while (index < text.Length && index < limit && IsSpace(text[index]))
        {
            index++;
        }

        return index;
    }

    /// <summary>Skips at most <paramref name="max"/> spaces; -1 when more follow.</summary>
    private static int SkipFewSpaces(string text, int index, int max)
    {
        var end = SkipSpaces(text, index);
        return end - index <= max ? end : -1;
    }

    /// <summary>Whether a word begins at <paramref name="index"/>: a letter with no letter or digit before it.</summary>
    private static bool IsWordStart(string text, int index) =>
        index < text.Length && IsLetter(text[index]) && (index == 0 || !IsLetterOrDigit(text[index - 1]));

    /// <summary>
    /// Matches <paramref name="phrase"/> (lower-case words, precomposed, one space apart) at <paramref name="index"/>,
    /// in any case and with any spaces between the words; the end of the last word, or -1.
    /// </summary>
    private static int MatchPhrase(string text, int index, string phrase)
    {
        var i = index;
        for (var k = 0; k < phrase.Length; k++)
        {
            if (phrase[k] == ' ')
            {
                var next = SkipSpaces(text, i);
                if (next == i)
                {
                    return -1;
                }

                i = next;
                continue;
            }

            if (i >= text.Length || char.ToLowerInvariant(text[i]) != phrase[k])
            {
                return -1;
            }

            i++;
        }

        return i < text.Length && IsLetter(text[i]) ? -1 : i;
    }

    /// <summary>Matches one of <paramref name="phrases"/> at <paramref name="index"/> (the first that matches); its end, or -1.</summary>
    private static int MatchAny(string text, int index, string[] phrases)
    {
        foreach (var phrase in phrases)
        {
            var end = MatchPhrase(text, index, phrase);
            if (end >= 0)
            {
                return end;
            }
        }

        return -1;
    }

    /// <summary>Reads 1 to <paramref name="max"/> decimal digits of any script; the end, or -1 when fewer or more follow.</summary>
    private static int ReadDigits(string text, int index, int min, int max, out int value)
    {
        value = 0;
        var i = index;
        while (i < text.Length && IsDigit(text[i]))
        {
            if (i - index == max)
            {
                return -1;
            }

            value = (value * 10) + CharUnicodeInfo.GetDecimalDigitValue(text[i]);
            i++;
        }

        return i - index >= min ? i : -1;
    }

    /// <summary>The digits of <paramref name="text"/>[start..end] as ASCII digits, any other character kept.</summary>
    private static string AsciiDigits(string text, int start, int end)
    {
        var builder = new StringBuilder(end - start);
        for (var i = start; i < end; i++)
        {
            var c = text[i];
            builder.Append(IsDigit(c) ? (char)('0' + CharUnicodeInfo.GetDecimalDigitValue(c)) : c);
        }

        return builder.ToString();
    }

    /// <summary>
    /// The NFC form of <paramref name="text"/>, with the characters the runtime's normaliser refuses (lone surrogates,
    /// noncharacters such as U+FFFE) left where they are and the text around them normalised.
    /// </summary>
    private static string SafeNfc(string text)
    {
        if (!text.AsSpan().ContainsAnyExcept(Cchc.Domain.Text.VietnameseText.AlwaysComposed))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            int refused;
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                // A pair: refused only when it is a noncharacter (U+1FFFE, U+10FFFF, …).
                if ((char.ConvertToUtf32(c, text[i + 1]) & 0xFFFE) != 0xFFFE)
                {
                    i++;
                    continue;
                }

                refused = 2;
            }
            else
            {
                refused = char.IsSurrogate(c) || c is >= '\uFDD0' and <= '\uFDEF' || c >= '\uFFFE' ? 1 : 0;
            }

            if (refused > 0)
            {
                builder.Append(Nfc(text[start..i])).Append(text, i, refused);
                i += refused - 1;
                start = i + 1;
            }
        }

        return builder.Append(Nfc(text[start..])).ToString();

        static string Nfc(string part)
        {
            try
            {
                return part.IsNormalized(NormalizationForm.FormC) ? part : part.Normalize(NormalizationForm.FormC);
            }
            catch (ArgumentException)
            {
                // A character the checks above do not know: leave the part as written.
                return part;
            }
        }
    }
}
