namespace Cchc.Domain.Diagnostics;

/// <summary>Turns a byte offset in UTF-8 text into a 1-based line and column (columns count characters, not bytes).</summary>
internal static class TextPosition
{
    /// <summary>The position of the byte at <paramref name="byteInLine"/> (0-based) of 0-based line <paramref name="line"/>, as System.Text.Json reports it.</summary>
    public static (int Line, int Column) OfLineAndByte(ReadOnlySpan<byte> utf8, long line, long byteInLine) =>
        Of(utf8, OffsetOf(utf8, line, byteInLine));

    /// <summary>The byte offset of the byte at <paramref name="byteInLine"/> (0-based) of 0-based line <paramref name="line"/>, at most the length of the text.</summary>
    public static int OffsetOf(ReadOnlySpan<byte> utf8, long line, long byteInLine)
    {
        var offset = 0;
        for (var i = 0L; i < line && offset < utf8.Length; i++)
        {
            var next = utf8[offset..].IndexOf((byte)'\n');
            offset = next < 0 ? utf8.Length : offset + next + 1;
        }

        return (int)Math.Min(offset + byteInLine, utf8.Length);
    }

    public static (int Line, int Column) Of(ReadOnlySpan<byte> utf8, int offset)
    {
        offset = Math.Clamp(offset, 0, utf8.Length);
        var before = utf8[..offset];
        var line = before.Count((byte)'\n') + 1;
        var lineStart = before.LastIndexOf((byte)'\n') + 1;
        var column = 1;
        foreach (var b in before[lineStart..])
        {
            // Count only the first byte of each UTF-8 sequence, so that "Nội" is 3 columns.
            if ((b & 0xC0) != 0x80)
            {
                column++;
            }
        }

        return (line, column);
    }

    /// <summary>
    /// Positions of increasing offsets in one text, each found from the previous one: locating k values in a
    /// text of n bytes costs O(n + k), where <see cref="Of"/> for each would cost O(n·k) (a one-line document
    /// with a million diagnostics).
    /// </summary>
    internal struct Cursor
    {
        private int _offset;
        private int _line;
        private int _column;

        public (int Line, int Column) MoveTo(ReadOnlySpan<byte> utf8, int offset)
        {
            offset = Math.Clamp(offset, 0, utf8.Length);
            if (_line == 0 || offset < _offset)
            {
                (_offset, _line, _column) = (0, 1, 1);
            }

            var span = utf8[_offset..offset];
            var lastBreak = span.LastIndexOf((byte)'\n');
            if (lastBreak >= 0)
            {
                _line += span.Count((byte)'\n');
                _column = 1;
                span = span[(lastBreak + 1)..];
            }

            foreach (var b in span)
            {
                if ((b & 0xC0) != 0x80)
                {
                    _column++;
                }
            }

            _offset = offset;
            return (_line, _column);
        }
    }
}
