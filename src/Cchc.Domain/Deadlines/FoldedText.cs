using System.Globalization;
using System.Text;

namespace Cchc.Domain.Deadlines;

/// <summary>
/// A phrase folded for matching (lower case, no diacritics, đ → d, runs of white space as one space) that
/// remembers, for every folded character, where it came from, so that a match can be cut back out of the
/// phrase as written ("UBND tỉnh; Bộ CT"). Never throws on any string, lone surrogates included.
/// </summary>
internal sealed class FoldedText
{
    private readonly string _source;
    private readonly int[] _starts;
    private readonly int[] _ends;

    private FoldedText(string source, string value, int[] starts, int[] ends)
    {
        _source = source;
        Value = value;
        _starts = starts;
        _ends = ends;
    }

    /// <summary>The folded text.</summary>
    public string Value { get; }

    /// <summary>The part of the phrase as written that the folded text covers.</summary>
    public string Original => Value.Length == 0 ? string.Empty : _source[_starts[0].._ends[^1]];

    public static FoldedText Of(string text)
    {
        var value = new StringBuilder(text.Length);
        var starts = new List<int>(text.Length);
        var ends = new List<int>(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                if (value.Length > 0 && value[^1] != ' ')
                {
                    Append(' ', i);
                }

                continue;
            }

            if (char.IsSurrogate(c))
            {
                Append('?', i);
                continue;
            }

            if (c < 0x80)
            {
                Append(char.ToLowerInvariant(c), i);
                continue;
            }

            if (CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark)
            {
                // A combining mark of decomposed input belongs to the character before it.
                if (ends.Count > 0)
                {
                    ends[^1] = i + 1;
                }

                continue;
            }

            foreach (var d in c.ToString().Normalize(NormalizationForm.FormD))
            {
                if (CharUnicodeInfo.GetUnicodeCategory(d) != UnicodeCategory.NonSpacingMark)
                {
                    Append(d is 'đ' or 'Đ' ? 'd' : char.ToLowerInvariant(d), i);
                }
            }
        }

        return new FoldedText(text, value.ToString(), [.. starts], [.. ends]);

        void Append(char c, int index)
        {
            value.Append(c);
            starts.Add(index);
            ends.Add(index + 1);
        }
    }

    /// <summary>The folded characters <c>[start, start + length)</c>, still tied to the phrase as written.</summary>
    public FoldedText Slice(int start, int length) =>
        new(_source, Value.Substring(start, length), _starts[start..(start + length)], _ends[start..(start + length)]);

    /// <summary>Without the given characters at either end.</summary>
    public FoldedText Trim(string characters)
    {
        var start = 0;
        var end = Value.Length;
        while (start < end && characters.Contains(Value[start], StringComparison.Ordinal))
        {
            start++;
        }

        while (end > start && characters.Contains(Value[end - 1], StringComparison.Ordinal))
        {
            end--;
        }

        return Slice(start, end - start);
    }

    /// <summary>Splits on any of <paramref name="separators"/>, trimming spaces from each piece; empty pieces are dropped.</summary>
    public IReadOnlyList<FoldedText> Split(string separators)
    {
        var pieces = new List<FoldedText>();
        var start = 0;
        for (var i = 0; i <= Value.Length; i++)
        {
            if (i == Value.Length || separators.Contains(Value[i], StringComparison.Ordinal))
            {
                var piece = Slice(start, i - start).Trim(" ");
                if (piece.Value.Length > 0)
                {
                    pieces.Add(piece);
                }

                start = i + 1;
            }
        }

        return pieces;
    }

    public override string ToString() => Value;
}
