using System.Text;

namespace Cchc.Fuzz;

/// <summary>
/// Mutations of an input: byte flips and replacements, insertions of interesting tokens (U+FFFE, lone
/// surrogates escaped and raw, huge and negative-zero numbers, deep nesting, long strings, non-ASCII digits,
/// control characters, formula starts), deletions, duplications, and splices with another sample.
/// </summary>
internal sealed class Mutator(Random random, IReadOnlyList<byte[]> samples, bool text)
{
    private static readonly string[] Tokens =
    [
        "\uFFFE", "\\uFFFE", "\uFFFF", "\\uD800", "\\uDC00", "\\uD83D\\uDE00", "\u0000", "\\u0000", "\u001B[31m", "\u0007", "\n", "\r\n", "\u2028",
        "\u202E", "\u00A0", "\u200B", "\uFEFF", "٣", "٢٠٢٤", "२", "２", "１２", "𝟙", "Ⅻ", "-0.0", "-0", "1e309", "-1e309", "1E-400",
        "99999999999999999999999999999999", "79228162514264337593543950336", "2147483647", "-2147483648", "9223372036854775808", "0.0000000000000000000000000001",
        "null", "true", "{}", "[]", "\"\"", "\"=1+1\"", " =1+1", "@SUM(1)", "\"-1\"", ",", ":", "\"", "\\", "/", "~1", "~0", "ngày 31/12/2021", "Nghị định số 09/2019/NĐ-CP",
        "trước ngày 15 hằng tháng", "quý I", "trong năm 2022", "/NĐ-CP ngày 1/2/2020", "Thông tư", "tháng 13", "ngày 0/0/0",
    ];

    private static readonly byte[][] RawTokens = [[0xED, 0xA0, 0x80], [0xED, 0xB0, 0x80], [0xC0, 0x80], [0xFF], [0xEF, 0xBF, 0xBE], [0xF4, 0x90, 0x80, 0x80]];

    public byte[] Mutate(byte[] input)
    {
        var data = new List<byte>(input);
        var count = 1 + random.Next(4);
        for (var i = 0; i < count; i++)
        {
            MutateOnce(data);
        }

        return [.. data];
    }

    private void MutateOnce(List<byte> data)
    {
        var at = data.Count == 0 ? 0 : random.Next(data.Count + 1);
        switch (random.Next(12))
        {
            case 0 when data.Count > 0:
                var flip = random.Next(data.Count);
                data[flip] ^= (byte)(1 << random.Next(8));
                break;
            case 1 when data.Count > 0:
                data[random.Next(data.Count)] = (byte)random.Next(256);
                break;
            case 2:
            case 3:
            case 4:
                data.InsertRange(at, Encoding.UTF8.GetBytes(Tokens[random.Next(Tokens.Length)]));
                break;
            case 5 when !text:
                data.InsertRange(at, RawTokens[random.Next(RawTokens.Length)]);
                break;
            case 6 when data.Count > 0:
                var start = random.Next(data.Count);
                data.RemoveRange(start, Math.Min(data.Count - start, 1 + random.Next(64)));
                break;
            case 7 when data.Count > 0:
                var from = random.Next(data.Count);
                var length = Math.Min(data.Count - from, 1 + random.Next(256));
                var copy = data.GetRange(from, length);
                for (var n = random.Next(1, 4); n > 0; n--)
                {
                    data.InsertRange(at, copy);
                }

                break;
            case 8:
                var depth = random.Next(1, 3000);
                var open = random.Next(2) == 0 ? "[" : "{\"a\":";
                data.InsertRange(at, Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat(open, depth))));
                break;
            case 9:
                data.InsertRange(at, Encoding.UTF8.GetBytes(new string((char)random.Next('0', 'z'), random.Next(1, 100_000))));
                break;
            case 10 when samples.Count > 0:
                var other = samples[random.Next(samples.Count)];
                var cut = random.Next(other.Length + 1);
                data.RemoveRange(at, data.Count - at);
                data.AddRange(other.AsSpan(cut).ToArray());
                break;
            default:
                ReplaceNumber(data);
                break;
        }
    }

    /// <summary>Replaces one run of digits with an interesting number.</summary>
    private void ReplaceNumber(List<byte> data)
    {
        if (data.Count == 0)
        {
            return;
        }

        var start = random.Next(data.Count);
        while (start < data.Count && !char.IsAsciiDigit((char)data[start]))
        {
            start++;
        }

        var end = start;
        while (end < data.Count && char.IsAsciiDigit((char)data[end]))
        {
            end++;
        }

        string[] numbers = ["-0.0", "0", "-1", "1e309", "2147483647", "-2147483648", "99999999999999999999999999999", "0.5", "1e-7", "9999", "10000", "1.0000000000000000000000000001"];
        data.RemoveRange(start, end - start);
        data.InsertRange(start, Encoding.UTF8.GetBytes(numbers[random.Next(numbers.Length)]));
    }
}
