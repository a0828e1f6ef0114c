using System.Text.Json;
using System.Text.Json.Serialization;
using Cchc.Domain.Calendar;
using Cchc.Domain.Json;

namespace Cchc.Domain.Serialization.Plans;

/// <summary>Reads and writes a <see cref="PartialDate"/> as <c>"yyyy"</c>, <c>"yyyy-MM"</c> or <c>"yyyy-MM-dd"</c>.</summary>
/// <remarks>Trim- and AOT-safe; usable with source-generated contexts.</remarks>
internal sealed class PartialDateJsonConverter : JsonConverter<PartialDate>, ITextLeafConverter
{
    /// <inheritdoc />
    (string En, string Vi) ITextLeafConverter.Description => ("a date in the form yyyy, yyyy-MM or yyyy-MM-dd", "một ngày dạng yyyy, yyyy-MM hoặc yyyy-MM-dd");

    /// <inheritdoc />
    bool ITextLeafConverter.Accepts(string text) => PartialDate.TryParse(text, out _);

    /// <inheritdoc />
    public override PartialDate Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException("A partial date must be a string: yyyy, yyyy-MM or yyyy-MM-dd.");
        }

        return PartialDate.TryParse(reader.GetString(), out var value)
            ? value
            : throw new JsonException($"'{reader.GetString()}' is not a partial date (yyyy, yyyy-MM or yyyy-MM-dd).");
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, PartialDate value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(value.ToString());
    }
}
