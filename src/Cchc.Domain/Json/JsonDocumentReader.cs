using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Cchc.Domain.Validation;
using Cchc.Domain.Diagnostics;

namespace Cchc.Domain.Json;

/// <summary>
/// The reading pipeline shared by every document kind: UTF-8 check, parse, structural check against
/// the source-generated contract, then deserialization into transfer objects. Never throws on bad input.
/// </summary>
internal static class JsonDocumentReader
{
    private static ReadOnlySpan<byte> Utf8Bom => [0xEF, 0xBB, 0xBF];

    public static T? Read<T>(ReadOnlySpan<byte> utf8Json, JsonTypeInfo<T> typeInfo, JsonReadOptions options, List<Diagnostic> diagnostics)
        where T : class
    {
        using var document = Check(utf8Json, typeInfo, options, diagnostics);
        if (document is null)
        {
            return null;
        }

        try
        {
            return document.RootElement.Deserialize(typeInfo);
        }
        catch (Exception ex) when (ex is JsonException or FormatException or OverflowException or InvalidOperationException or ArgumentException)
        {
            diagnostics.Add(JsonDiagnostics.Unreadable.Create(JsonPointer.Root, ex.Message));
            return null;
        }
    }

    /// <summary>Whether the text reads as a <typeparamref name="T"/>, every step but the deserialization: what a writer checks its output with.</summary>
    public static bool IsReadable<T>(ReadOnlySpan<byte> utf8Json, JsonTypeInfo<T> typeInfo, JsonReadOptions options, List<Diagnostic> diagnostics)
        where T : class
    {
        using var document = Check(utf8Json, typeInfo, options, diagnostics);
        return document is not null;
    }

    /// <summary>The parsed document when it is UTF-8, well-formed and of the contract's shape; otherwise <see langword="null"/>, with the diagnostics.</summary>
    private static JsonDocument? Check<T>(ReadOnlySpan<byte> utf8Json, JsonTypeInfo<T> typeInfo, JsonReadOptions options, List<Diagnostic> diagnostics)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(typeInfo);
        ArgumentNullException.ThrowIfNull(options);
        if (utf8Json.StartsWith(Utf8Bom))
        {
            utf8Json = utf8Json[Utf8Bom.Length..];
        }

        if (!System.Text.Unicode.Utf8.IsValid(utf8Json))
        {
            var (line, column) = TextPosition.Of(utf8Json, FirstInvalidUtf8(utf8Json));
            diagnostics.Add(SyntaxError(JsonSyntaxText.NotUtf8(utf8Json), line, column));
            return null;
        }

        var document = Parse(utf8Json, options, diagnostics);
        if (document is null)
        {
            return null;
        }

        var loneSurrogate = JsonEscapes.FindLoneSurrogate(utf8Json);
        if (loneSurrogate >= 0)
        {
            var (line, column) = TextPosition.Of(utf8Json, loneSurrogate);
            diagnostics.Add(SyntaxError(JsonSyntaxText.LoneSurrogate, line, column));
            document.Dispose();
            return null;
        }

        var checker = new JsonShapeChecker(typeInfo.Options, options, diagnostics);
        if (!checker.Check(document.RootElement, typeInfo))
        {
            document.Dispose();
            return null;
        }

        return document;
    }

    public static T? Read<T>(Stream utf8Json, JsonTypeInfo<T> typeInfo, JsonReadOptions options, List<Diagnostic> diagnostics)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        using var buffer = new MemoryStream();
        utf8Json.CopyTo(buffer);
        return Read(buffer.GetBuffer().AsSpan(0, (int)buffer.Length), typeInfo, options, diagnostics);
    }

    public static T? Read<T>(string json, JsonTypeInfo<T> typeInfo, JsonReadOptions options, List<Diagnostic> diagnostics)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(json);
        return Read(Encoding.UTF8.GetBytes(json), typeInfo, options, diagnostics);
    }

    private static JsonDocument? Parse(ReadOnlySpan<byte> utf8Json, JsonReadOptions options, List<Diagnostic> diagnostics)
    {
        var reader = new Utf8JsonReader(utf8Json, new JsonReaderOptions { MaxDepth = options.MaxDepth });
        try
        {
            var document = JsonDocument.ParseValue(ref reader);
            if (reader.Read())
            {
                document.Dispose();
                var (line, column) = TextPosition.Of(utf8Json, (int)reader.TokenStartIndex);
                diagnostics.Add(SyntaxError(JsonSyntaxText.TrailingContent, line, column));
                return null;
            }

            return document;
        }
        catch (JsonException ex)
        {
            var offset = TextPosition.OffsetOf(utf8Json, ex.LineNumber ?? 0, ex.BytePositionInLine ?? 0);
            var (line, column) = TextPosition.Of(utf8Json, offset);
            diagnostics.Add(SyntaxError(JsonSyntaxText.At(utf8Json, offset, options.MaxDepth, FirstSentence(ex.Message)), line, column));
            return null;
        }
    }

    private static Diagnostic SyntaxError((string En, string Vi) what, int line, int column) =>
        JsonDiagnostics.Syntax.Create(JsonPointer.Root, what.En, line, column, what.Vi) with { Position = new SourcePosition(line, column) };

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
