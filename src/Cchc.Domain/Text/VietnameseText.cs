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
        return !text.AsSpan().ContainsAnyExcept(AlwaysComposed) || text.IsNormalized(NormalizationForm.FormC);
    }

    /// <summary>Returns the NFC form of <paramref name="text"/>.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The text in Normalization Form C.</returns>
    public static string ToNfc(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Normalize(NormalizationForm.FormC);
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
