#pragma warning disable MA0048 // The tokenizer and its token types live together.
using System.Globalization;
using System.Text;

namespace Cchc.Domain.Deadlines;

/// <summary>What a token of a deadline phrase is.</summary>
internal enum TokenKind : byte
{
    /// <summary>A run of letters, folded (lower case, no diacritics, đ → d; Ⅳ → "iv").</summary>
    Word,

    /// <summary>A run of decimal digits of any script.</summary>
    Number,

    /// <summary>Any other character but white space (dashes folded to '-').</summary>
    Punct,
}

/// <summary>One token: where it lies in the folded buffer and in the phrase as written.</summary>
internal struct Token
{
    public TokenKind Kind;
    public bool AfterNewline;
    public char Char;
    public int Start;
    public int Length;
    public int SourceStart;
    public int SourceEnd;
    public int Value;
    public int Digits;
}

/// <summary>
/// The tokens of a phrase, read in one pass: case- and diacritic-insensitive (NFC or NFD, đ = d), any Unicode
/// decimal digit, runs of white space ignored, a line break remembered on the next token. Total: no input throws
/// (U+FFFE, lone surrogates); no <see cref="string.Normalize()"/> on the input.
/// </summary>
internal sealed class DeadlineTokens
{
    private static readonly char[] FoldTable = BuildFoldTable();

    private static readonly string[] Romans = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii"];

    private char[] _chars = new char[64];
    private Token[] _tokens = new Token[32];

    public string Source { get; private set; } = string.Empty;

    public int Count { get; private set; }

    public ref Token this[int index] => ref _tokens[index];

    public ReadOnlySpan<char> Folded(int index) => _chars.AsSpan(_tokens[index].Start, _tokens[index].Length);

    public bool IsWord(int index, string word) =>
        _tokens[index].Kind == TokenKind.Word && Folded(index).SequenceEqual(word);

    /// <summary>Folds one character the way the tokenizer does (a letter's base letter, lower case).</summary>
    public static char FoldLetter(char c)
    {
        if (c < 0x80)
        {
            return char.ToLowerInvariant(c);
        }

        if (c is 'đ' or 'Đ')
        {
            return 'd';
        }

        if (c is >= '\u00C0' and <= '\u024F')
        {
            return FoldTable[c - 0xC0];
        }

        if (c is >= '\u1E00' and <= '\u1EFF')
        {
            return FoldTable[c - 0x1E00 + (0x250 - 0xC0)];
        }

        return char.ToLowerInvariant(c);
    }

#pragma warning disable MA0051 // One grammar rule, read top to bottom: each branch is one way of writing the part.
    public void Tokenize(string source)
    {
        Source = source;
        Count = 0;
        var used = 0;
        var newline = false;
        for (var i = 0; i < source.Length; i++)
        {
            var c = source[i];
            if (char.IsWhiteSpace(c))
            {
                newline |= c is '\n' or '\r' or '\u2028' or '\u2029';
                continue;
            }

            if (char.IsSurrogate(c))
            {
                Add(TokenKind.Punct, '?', i, newline, used);
                newline = false;
                continue;
            }

            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark)
            {
                // A combining mark of decomposed input belongs to the character before it.
                if (Count > 0 && _tokens[Count - 1].SourceEnd == i)
                {
                    _tokens[Count - 1].SourceEnd = i + 1;
                }

                continue;
            }

            var last = Count > 0 ? Count - 1 : -1;
            var adjacent = last >= 0 && _tokens[last].SourceEnd == i && !newline;
            if (category == UnicodeCategory.DecimalDigitNumber)
            {
                var digit = CharUnicodeInfo.GetDecimalDigitValue(c);
                if (adjacent && _tokens[last].Kind == TokenKind.Number)
                {
                    ref var number = ref _tokens[last];
                    number.Value = number.Value >= 100_000_000 ? number.Value : (number.Value * 10) + digit;
                    number.Digits++;
                    number.SourceEnd = i + 1;
                }
                else
                {
                    Add(TokenKind.Number, '0', i, newline, used);
                    _tokens[Count - 1].Value = digit;
                    _tokens[Count - 1].Digits = 1;
                }
            }
            else if (c is >= '\u2160' and <= '\u216B' or >= '\u2170' and <= '\u217B')
            {
                var roman = Romans[(c >= '\u2170' ? c - 0x2170 : c - 0x2160)];
                Add(TokenKind.Word, 'i', i, newline, used);
                used = Append(used, roman);
                _tokens[Count - 1].Length = roman.Length;
            }
            else if (char.IsLetter(c))
            {
                var folded = FoldLetter(c);
                if (adjacent && _tokens[last].Kind == TokenKind.Word)
                {
                    used = Append(used, folded);
                    _tokens[last].Length++;
                    _tokens[last].SourceEnd = i + 1;
                }
                else
                {
                    Add(TokenKind.Word, folded, i, newline, used);
                    used = Append(used, folded);
                    _tokens[Count - 1].Length = 1;
                }
            }
            else
            {
                Add(TokenKind.Punct, c is >= '\u2010' and <= '\u2015' or '\u2212' or '\uFE63' or '\uFF0D' ? '-' : c, i, newline, used);
            }

            newline = false;
        }
    }
#pragma warning restore MA0051

    /// <summary>Lets go of a long phrase's buffers, so that a cached instance stays small.</summary>
    public void Trim()
    {
        if (_chars.Length > 4096)
        {
            _chars = new char[64];
        }

        if (_tokens.Length > 1024)
        {
            _tokens = new Token[32];
        }

        Source = string.Empty;
    }

    private void Add(TokenKind kind, char c, int index, bool newline, int used)
    {
        if (Count == _tokens.Length)
        {
            Array.Resize(ref _tokens, _tokens.Length * 2);
        }

        _tokens[Count++] = new Token { Kind = kind, Char = c, Start = used, SourceStart = index, SourceEnd = index + 1, AfterNewline = newline };
    }

    private int Append(int used, char c)
    {
        if (used == _chars.Length)
        {
            Array.Resize(ref _chars, _chars.Length * 2);
        }

        _chars[used] = c;
        return used + 1;
    }

    private int Append(int used, string text)
    {
        foreach (var c in text)
        {
            used = Append(used, c);
        }

        return used;
    }

    private static char[] BuildFoldTable()
    {
        var table = new char[(0x250 - 0xC0) + 0x100];
        for (var i = 0; i < table.Length; i++)
        {
            var c = (char)(i < 0x250 - 0xC0 ? 0xC0 + i : 0x1E00 + i - (0x250 - 0xC0));
            table[i] = char.ToLowerInvariant(BaseLetter(c));
        }

        return table;
    }

    private static char BaseLetter(char c)
    {
        try
        {
            var decomposed = c.ToString().Normalize(NormalizationForm.FormD);
            return decomposed.Length > 0 && char.IsLetter(decomposed[0]) ? (decomposed[0] is 'đ' or 'Đ' ? 'd' : decomposed[0]) : c;
        }
        catch (ArgumentException)
        {
            return c;
        }
    }
}
