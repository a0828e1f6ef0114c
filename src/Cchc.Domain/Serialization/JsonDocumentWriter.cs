using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Cchc.Domain.Serialization;

/// <summary>Writes transfer objects as canonical JSON: indented by two spaces, "\n" line ends, Vietnamese unescaped, a final newline.</summary>
internal static class JsonDocumentWriter
{
    private static readonly JsonWriterOptions Canonical = new()
    {
        Indented = true,
        IndentSize = 2,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static byte[] WriteUtf8<T>(T value, JsonTypeInfo<T> typeInfo)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, Canonical))
        {
            JsonSerializer.Serialize(writer, value, typeInfo);
        }

        buffer.Write("\n"u8);
        return buffer.WrittenSpan.ToArray();
    }

    public static string Write<T>(T value, JsonTypeInfo<T> typeInfo) => Encoding.UTF8.GetString(WriteUtf8(value, typeInfo));
}
