using Cchc.Domain.Diagnostics;

namespace Cchc.Domain.Json;

/// <summary>
/// Finds a <c>\uD800</c>–<c>\uDFFF</c> escape without its pair in JSON text. The JSON grammar allows one, but it
/// is not Unicode text (RFC 8259 §8.2, I-JSON RFC 7493 §2.1) and System.Text.Json cannot read it as a string.
/// </summary>
internal static class JsonEscapes
{
    /// <summary>The byte offset of the first lone surrogate escape (its backslash), or -1 when there is none.</summary>
    /// <param name="utf8Json">Well-formed JSON text (a backslash occurs only inside strings).</param>
    public static int FindLoneSurrogate(ReadOnlySpan<byte> utf8Json)
    {
        var index = utf8Json.IndexOf((byte)'\\');
        while (index >= 0 && index < utf8Json.Length - 1)
        {
            if (utf8Json[index + 1] != (byte)'u')
            {
                index = Next(utf8Json, index + 2);
                continue;
            }

            var unit = Hex(utf8Json, index + 2);
            if (unit is >= 0xDC00 and <= 0xDFFF)
            {
                return index;
            }

            if (unit is >= 0xD800 and <= 0xDBFF)
            {
                var low = index + 6 < utf8Json.Length - 1 && utf8Json[index + 6] == (byte)'\\' && utf8Json[index + 7] == (byte)'u'
                    ? Hex(utf8Json, index + 8)
                    : -1;
                if (low is < 0xDC00 or > 0xDFFF)
                {
                    return index;
                }

                index = Next(utf8Json, index + 12);
                continue;
            }

            index = Next(utf8Json, index + 6);
        }

        return -1;
    }

    private static int Next(ReadOnlySpan<byte> utf8Json, int from)
    {
        if (from >= utf8Json.Length)
        {
            return -1;
        }

        var found = utf8Json[from..].IndexOf((byte)'\\');
        return found < 0 ? -1 : from + found;
    }

    /// <summary>The value of the four hex digits at <paramref name="start"/>, or -1.</summary>
    private static int Hex(ReadOnlySpan<byte> utf8Json, int start)
    {
        if (start + 4 > utf8Json.Length)
        {
            return -1;
        }

        var value = 0;
        foreach (var b in utf8Json.Slice(start, 4))
        {
            var digit = b switch
            {
                >= (byte)'0' and <= (byte)'9' => b - '0',
                >= (byte)'a' and <= (byte)'f' => b - 'a' + 10,
                >= (byte)'A' and <= (byte)'F' => b - 'A' + 10,
                _ => -1,
            };
            if (digit < 0)
            {
                return -1;
            }

            value = (value * 16) + digit;
        }

        return value;
    }
}
