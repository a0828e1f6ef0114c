using System.Text.Json;
using Cchc.Domain.Diagnostics;

namespace Cchc.Domain.Json;

/// <summary>The CCHC1001 diagnostics of text that is not UTF-8 or not well-formed JSON, with their line and column.</summary>
internal static class JsonSyntaxErrors
{
    /// <summary>The text is not UTF-8; located at the first bad byte.</summary>
    public static Diagnostic NotUtf8(ReadOnlySpan<byte> utf8) => At(utf8, FirstInvalidUtf8(utf8), JsonSyntaxText.NotUtf8(utf8));

    /// <summary>What System.Text.Json found wrong, located where it found it.</summary>
    public static Diagnostic Of(ReadOnlySpan<byte> utf8, JsonException exception, int maxDepth)
    {
        var offset = TextPosition.OffsetOf(utf8, exception.LineNumber ?? 0, exception.BytePositionInLine ?? 0);
        return At(utf8, offset, JsonSyntaxText.At(utf8, offset, maxDepth, FirstSentence(exception.Message)));
    }

    /// <summary>A finding about the text at byte <paramref name="offset"/>.</summary>
    public static Diagnostic At(ReadOnlySpan<byte> utf8, int offset, (string En, string Vi) what)
    {
        var (line, column) = TextPosition.Of(utf8, offset);
        return JsonDiagnostics.Syntax.Create(JsonPointer.Root, what.En, line, column, what.Vi) with { Position = new SourcePosition(line, column) };
    }

    private static string FirstSentence(string message)
    {
        foreach (var marker in (ReadOnlySpan<string>)[" LineNumber:", " Path:"])
        {
            var cut = message.IndexOf(marker, StringComparison.Ordinal);
            if (cut > 0)
            {
                message = message[..cut];
            }
        }

        return message;
    }

    private static int FirstInvalidUtf8(ReadOnlySpan<byte> utf8)
    {
        var index = 0;
        while (index < utf8.Length)
        {
            if (System.Text.Rune.DecodeFromUtf8(utf8[index..], out _, out var consumed) != System.Buffers.OperationStatus.Done)
            {
                return index;
            }

            index += consumed;
        }

        return index;
    }
}
