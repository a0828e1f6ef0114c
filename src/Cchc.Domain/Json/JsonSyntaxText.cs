using System.Buffers;
using System.Text;
using Cchc.Domain.Diagnostics;

namespace Cchc.Domain.Json;

/// <summary>
/// What is wrong with text that is not well-formed JSON, in English and Vietnamese (CCHC1001). System.Text.Json
/// words its errors in English only, so the Vietnamese is told from the text at the error itself: empty, cut short,
/// nested too deep, more after the end, a comment, a trailing comma, single quotes, or a character that cannot stand there.
/// </summary>
internal static class JsonSyntaxText
{
    private static ReadOnlySpan<byte> Whitespace => " \t\r\n"u8;

    public static (string En, string Vi) NotUtf8(ReadOnlySpan<byte> utf8) =>
        utf8.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || utf8.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])
            ? ("the bytes are UTF-16 (they start with a UTF-16 byte order mark), not UTF-8; save the file as UTF-8",
                "các byte được mã hóa UTF-16 (bắt đầu bằng dấu thứ tự byte UTF-16), không phải UTF-8; hãy lưu tệp dưới dạng UTF-8")
            : ("the bytes are not valid UTF-8", "các byte không phải UTF-8 hợp lệ");

    public static (string En, string Vi) LoneSurrogate { get; } = (
        "a \\u escape is half of a surrogate pair without the other half, which is not Unicode text",
        "một chuỗi thoát \\u chỉ là một nửa của cặp thay thế (surrogate pair), không phải văn bản Unicode");

    public static (string En, string Vi) TrailingContent { get; } = (
        "there is more after the end of the document", "còn nội dung sau khi tài liệu đã kết thúc");

    /// <summary>The error System.Text.Json reported (<paramref name="english"/>) at byte <paramref name="offset"/>, in both languages.</summary>
    public static (string En, string Vi) At(ReadOnlySpan<byte> utf8, int offset, int maxDepth, string english)
    {
        if (utf8.IndexOfAnyExcept(Whitespace) < 0)
        {
            return ("the document is empty: it holds no JSON value", "tài liệu rỗng: không có giá trị JSON nào");
        }

        if (offset >= utf8.Length)
        {
            return (english, "tài liệu kết thúc khi chưa hoàn chỉnh (thiếu dấu đóng của đối tượng, mảng hoặc chuỗi)");
        }

        var found = utf8[offset];
        var before = utf8[..offset].TrimEnd(Whitespace);
        var depth = DepthAt(utf8, offset);
        if (depth == 0 && !before.IsEmpty)
        {
            return (english, TrailingContent.Vi);
        }

        var vietnamese = found switch
        {
            (byte)'{' or (byte)'[' when depth >= maxDepth => $"các đối tượng và mảng lồng nhau quá {maxDepth} cấp",
            (byte)'/' => "JSON không cho phép chú thích (comment)",
            (byte)'}' or (byte)']' when before.EndsWith(","u8) => $"dấu phẩy thừa trước '{(char)found}'",
            (byte)'\'' => "chuỗi và tên thành phần JSON phải đặt trong dấu nháy kép (\"), không phải nháy đơn",
            _ => $"ký tự '{CharacterAt(utf8, offset)}' không thể đứng ở đây",
        };
        return (english, vietnamese);
    }

    /// <summary>How many objects and arrays are open before byte <paramref name="offset"/>, strings skipped.</summary>
    private static int DepthAt(ReadOnlySpan<byte> utf8, int offset)
    {
        var depth = 0;
        var inString = false;
        for (var i = 0; i < offset; i++)
        {
            switch (utf8[i])
            {
                case (byte)'\\' when inString:
                    i++;
                    break;
                case (byte)'"':
                    inString = !inString;
                    break;
                case (byte)'{' or (byte)'[' when !inString:
                    depth++;
                    break;
                case (byte)'}' or (byte)']' when !inString:
                    depth--;
                    break;
            }
        }

        return depth;
    }

    private static string CharacterAt(ReadOnlySpan<byte> utf8, int offset)
    {
        var rune = Rune.DecodeFromUtf8(utf8[offset..], out var decoded, out _) == OperationStatus.Done ? decoded : Rune.ReplacementChar;
        return Rune.IsControl(rune) ? $"U+{rune.Value:X4}" : rune.ToString();
    }
}
