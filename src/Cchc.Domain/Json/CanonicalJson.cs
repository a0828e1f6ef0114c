using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Cchc.Domain.Diagnostics;

namespace Cchc.Domain.Json;

/// <summary>
/// The canonical text of every format: indented by two spaces, "\n" line ends, Vietnamese unescaped, a final newline.
/// What is written always reads back: a model built in code can hold what the format cannot (null where a value is
/// required, a code outside its list, a date before the year 0); then writing throws an <see cref="ArgumentException"/>
/// that names each spot by its JSON Pointer instead of writing a document the reader rejects.
/// </summary>
internal static class CanonicalJson
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        IndentSize = 2,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Options without limits, for reading back what was written.</summary>
    public static JsonReadOptions ReadBackOptions { get; } = JsonReadOptions.Strict with
    {
        Validate = false,
        MaxDepth = JsonReadOptions.MaxDepthLimit,
        MaxInputBytes = int.MaxValue,
        MaxArrayLength = int.MaxValue,
        MaxStringLength = int.MaxValue,
        MaxDiagnostics = int.MaxValue,
    };

    /// <summary>The canonical UTF-8 text <paramref name="write"/> writes of <paramref name="value"/>, checked by <paramref name="readBack"/>.</summary>
    /// <exception cref="ArgumentException">The text does not read back; <paramref name="paramName"/> names the caller's argument.</exception>
    public static byte[] WriteUtf8<T>(T value, Action<Utf8JsonWriter, T> write, JsonReadBack readBack, string paramName)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, Options))
        {
            write(writer, value);
        }

        buffer.Write("\n"u8);
        var diagnostics = new List<Diagnostic>();
        readBack(buffer.WrittenSpan, diagnostics);
        var errors = diagnostics.Where(d => d.IsError).Select(d => d.ToString()).ToList();
        if (errors.Count > 0)
        {
            throw new ArgumentException($"The {paramName} cannot be written as JSON: {string.Join("; ", errors)}", paramName);
        }

        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>The canonical text (see <see cref="WriteUtf8{T}"/>).</summary>
    public static string Write<T>(T value, Action<Utf8JsonWriter, T> write, JsonReadBack readBack, string paramName) =>
        Encoding.UTF8.GetString(WriteUtf8(value, write, readBack, paramName));

    /// <summary>Writes a member whose value may be absent: nothing when it is <see langword="null"/>.</summary>
    public static void Optional(this Utf8JsonWriter writer, string name, string? value)
    {
        if (value is not null)
        {
            writer.WriteString(name, value);
        }
    }

    /// <summary>Writes a whole number that may be absent.</summary>
    public static void Optional(this Utf8JsonWriter writer, string name, int? value)
    {
        if (value is { } number)
        {
            writer.WriteNumber(name, number);
        }
    }

    /// <summary>Writes a number that may be absent.</summary>
    public static void Optional(this Utf8JsonWriter writer, string name, decimal? value)
    {
        if (value is { } number)
        {
            writer.WriteNumber(name, number);
        }
    }

    /// <summary>Writes a code that may be absent.</summary>
    public static void Code<TEnum>(this Utf8JsonWriter writer, string name, TEnum? value)
        where TEnum : struct, Enum
    {
        if (value is { } code)
        {
            writer.WriteString(name, JsonCodes<TEnum>.Code(code));
        }
    }

    /// <summary>Writes a list, unless it is empty; a <see langword="null"/> item is written as null, which the read-back reports.</summary>
    public static void List<TItem>(this Utf8JsonWriter writer, string name, ValueList<TItem> items, Action<Utf8JsonWriter, TItem> write)
    {
        if (items.IsEmpty)
        {
            return;
        }

        writer.WriteStartArray(name);
        foreach (var item in items)
        {
            if (item is null)
            {
                writer.WriteNullValue();
            }
            else
            {
                write(writer, item);
            }
        }

        writer.WriteEndArray();
    }

    /// <summary>Writes a list of texts, unless it is empty.</summary>
    public static void Texts(this Utf8JsonWriter writer, string name, ValueList<string> items) =>
        writer.List(name, items, static (w, s) => w.WriteStringValue(s));
}
