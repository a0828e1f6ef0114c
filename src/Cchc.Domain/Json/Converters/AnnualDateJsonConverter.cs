using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Text;
using Cchc.Domain.Diagnostics;

namespace Cchc.Domain.Json.Converters;

/// <summary>Reads and writes a NodaTime <see cref="AnnualDate"/> (a day of the year without a year) as <c>"MM-dd"</c>, e.g. <c>"12-05"</c>.</summary>
/// <remarks>Trim- and AOT-safe; usable with source-generated contexts.</remarks>
internal sealed class AnnualDateJsonConverter : JsonConverter<AnnualDate>
{
    /// <inheritdoc />
    public override AnnualDate Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException("A day of the year must be a string in the form MM-dd.");
        }

        var result = AnnualDatePattern.Iso.Parse(reader.GetString()!);
        return result.Success ? result.Value : throw new JsonException($"'{reader.GetString()}' is not a day of the year in the form MM-dd.");
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, AnnualDate value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(AnnualDatePattern.Iso.Format(value));
    }
}
