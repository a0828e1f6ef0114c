using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Cchc.Domain.Validation;
using Cchc.Domain.Diagnostics;

namespace Cchc.Domain.Json;

/// <summary>
/// Writes transfer objects as canonical JSON: indented by two spaces, "\n" line ends, Vietnamese unescaped, a final newline.
/// What it writes always reads back: a model built in code can hold what the format cannot (null where a
/// value is required, a code outside its list, a date before the year 0), and then writing throws an
/// <see cref="ArgumentException"/> that names each spot by its JSON Pointer instead of writing a document the readers reject.
/// </summary>
internal static class JsonDocumentWriter
{
    private static readonly JsonWriterOptions Canonical = new()
    {
        Indented = true,
        IndentSize = 2,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private static readonly JsonReadOptions ReadBack = JsonReadOptions.Strict with { Validate = false, MaxDepth = JsonReadOptions.MaxDepthLimit };

    /// <summary>The canonical UTF-8 text of <paramref name="value"/>.</summary>
    /// <exception cref="ArgumentException">The value cannot be written as a document its reader accepts; <paramref name="paramName"/> names the caller's argument.</exception>
    public static byte[] WriteUtf8<T>(T value, JsonTypeInfo<T> typeInfo, string paramName)
        where T : class
    {
        var buffer = new ArrayBufferWriter<byte>();
        try
        {
            using var writer = new Utf8JsonWriter(buffer, Canonical);
            JsonSerializer.Serialize(writer, value, typeInfo);
        }
        catch (JsonException ex)
        {
            throw new ArgumentException($"The {paramName} cannot be written as JSON: {ex.Message}", paramName, ex);
        }

        buffer.Write("\n"u8);
        var diagnostics = new List<Diagnostic>();
        _ = JsonDocumentReader.IsReadable(buffer.WrittenSpan, typeInfo, ReadBack, diagnostics);
        var errors = diagnostics.Where(d => d.IsError).Select(d => d.ToString()).ToList();
        if (errors.Count > 0)
        {
            throw new ArgumentException($"The {paramName} cannot be written as JSON: {string.Join("; ", errors)}", paramName);
        }

        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>The canonical text of <paramref name="value"/> (see <see cref="WriteUtf8{T}"/>).</summary>
    public static string Write<T>(T value, JsonTypeInfo<T> typeInfo, string paramName)
        where T : class => Encoding.UTF8.GetString(WriteUtf8(value, typeInfo, paramName));
}
