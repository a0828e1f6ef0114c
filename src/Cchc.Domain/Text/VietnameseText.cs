using System.Buffers;
using System.Globalization;
using System.Text;

namespace Cchc.Domain.Text;

/// <summary>Vietnamese text helpers: Unicode normalisation and numbers written with a decimal comma.</summary>
public static class VietnameseText
{
    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    /// <summary>
    /// Characters that make NFC text in any sequence: Basic Latin to Spacing Modifier Letters (below U+0300),
    /// the precomposed Vietnamese letters (U+1EA0–U+1EF9) and the dashes, quotes and leaders of General
    /// Punctuation (U+2010–U+2027). None has a decomposition that NFC undoes or composes with a neighbour, so
    /// text made of them alone needs no look by the runtime's normalizer, which allocates on every call.
    /// </summary>
    internal static SearchValues<char> AlwaysComposed { get; } = SearchValues.Create(
        [.. Enumerable.Range(0, 0x300).Concat(Enumerable.Range(0x1EA0, 0x5A)).Concat(Enumerable.Range(0x2010, 0x18)).Select(c => (char)c)]);

    /// <summary>Whether <paramref name="text"/> is in Unicode Normalization Form C, the form Vietnamese text should be stored in.</summary>
    /// <param name="text">The text.</param>
    /// <returns><see langword="true"/> when the text is NFC.</returns>
    public static bool IsNfc(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!text.AsSpan().ContainsAnyExcept(AlwaysComposed))
        {
            return true;
        }

        try
        {
            return text.IsNormalized(NormalizationForm.FormC);
        }
        catch (ArgumentException)
        {
            // Lone surrogates or noncharacters (U+FFFE): the form of the valid runs decides.
            return string.Equals(Normalize(text, NormalizationForm.FormC), text, StringComparison.Ordinal);
        }
    }

    /// <summary>Returns the NFC form of <paramref name="text"/>.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The text in Normalization Form C.</returns>
    public static string ToNfc(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Normalize(text, NormalizationForm.FormC);
    }

    /// <summary>
    /// <paramref name="text"/> in <paramref name="form"/>, total: the runtime's normalizer throws on invalid code points
    /// (lone surrogates, noncharacters such as U+FFFE), so such characters are kept as they are and the runs between
    /// them normalized one by one.
    /// </summary>
    internal static string Normalize(string text, NormalizationForm form)
    {
        try
        {
            return text.Normalize(form);
        }
        catch (ArgumentException)
        {
            var builder = new StringBuilder(text.Length);
            var start = 0;
            for (var i = 0; i <= text.Length; i++)
            {
                if (i < text.Length && !IsInvalid(text, i))
                {
                    continue;
                }

                builder.Append(NormalizeRun(text[start..i], form));
                if (i < text.Length)
                {
                    builder.Append(text[i]);
                }

                start = i + 1;
            }

            return builder.ToString();
        }
    }

    private static bool IsInvalid(string text, int i)
    {
        var c = text[i];
        return (char.IsHighSurrogate(c) && (i + 1 >= text.Length || !char.IsLowSurrogate(text[i + 1])))
            || (char.IsLowSurrogate(c) && (i == 0 || !char.IsHighSurrogate(text[i - 1])))
            || c is >= '\uFDD0' and <= '\uFDEF' or '\uFFFE' or '\uFFFF';
    }

    private static string NormalizeRun(string run, NormalizationForm form)
    {
        try
        {
            return run.Normalize(form);
        }
        catch (ArgumentException)
        {
            return run;
        }
    }

    /// <summary>Parses a number written the Vietnamese way, with a decimal comma ("86,6") or a point ("86.6").</summary>
    /// <param name="text">The number as written.</param>
    /// <param name="value">The value when parsing succeeds.</param>
    /// <returns>Whether the text is a number.</returns>
    public static bool TryParseDecimal(string text, out decimal value)
    {
        ArgumentNullException.ThrowIfNull(text);
        var trimmed = text.Trim();
        return decimal.TryParse(trimmed, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, Vietnamese, out value)
            || decimal.TryParse(trimmed, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value);
    }
}
