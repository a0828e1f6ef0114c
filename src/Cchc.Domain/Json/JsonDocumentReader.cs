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
            diagnostics.Add(JsonSyntaxErrors.NotUtf8(utf8Json));
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
            diagnostics.Add(JsonSyntaxErrors.At(utf8Json, loneSurrogate, JsonSyntaxText.LoneSurrogate));
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
                diagnostics.Add(JsonSyntaxErrors.At(utf8Json, (int)reader.TokenStartIndex, JsonSyntaxText.TrailingContent));
                return null;
            }

            return document;
        }
        catch (JsonException ex)
        {
            diagnostics.Add(JsonSyntaxErrors.Of(utf8Json, ex, options.MaxDepth));
            return null;
        }
    }
}
