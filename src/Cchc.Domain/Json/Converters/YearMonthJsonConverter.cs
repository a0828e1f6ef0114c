using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Text;
using Cchc.Domain.Diagnostics;

namespace Cchc.Domain.Json.Converters;

/// <summary>Reads and writes a NodaTime <see cref="YearMonth"/> as an ISO-8601 string, <c>"2022-02"</c>.</summary>
/// <remarks>Trim- and AOT-safe; usable with source-generated contexts.</remarks>
internal sealed class YearMonthJsonConverter : JsonConverter<YearMonth>
{
    /// <inheritdoc />
    public override YearMonth Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException("A month must be a string in the form yyyy-MM.");
        }

        return IsoDateText.TryParseMonth(reader.GetString(), out var month) ? month : throw new JsonException($"'{reader.GetString()}' is not a month in the form yyyy-MM.");
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, YearMonth value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(YearMonthPattern.Iso.Format(value));
    }
}
