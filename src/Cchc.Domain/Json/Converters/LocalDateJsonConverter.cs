using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Text;
using Cchc.Domain.Diagnostics;

namespace Cchc.Domain.Json.Converters;

/// <summary>Reads and writes a NodaTime <see cref="LocalDate"/> as an ISO-8601 calendar date string, <c>"2022-12-05"</c>.</summary>
/// <remarks>Trim- and AOT-safe; usable with source-generated contexts.</remarks>
internal sealed class LocalDateJsonConverter : JsonConverter<LocalDate>
{
    /// <inheritdoc />
    public override LocalDate Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException("A date must be a string in the form yyyy-MM-dd.");
        }

        return IsoDateText.TryParseDate(reader.GetString(), out var date) ? date : throw new JsonException($"'{reader.GetString()}' is not a date in the form yyyy-MM-dd.");
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, LocalDate value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(LocalDatePattern.Iso.Format(value));
    }
}
