namespace Cchc.Domain.Serialization;

/// <summary>Turns a byte offset in UTF-8 text into a 1-based line and column (columns count characters, not bytes).</summary>
internal static class TextPosition
{
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
}
