using System.Text.Json;

namespace Cchc.Domain.Serialization.Plans;

/// <summary>
/// Finds the plan's year further on in the text, for a document whose areas come before its header (the canonical
/// order has the header first): task phrases are parsed against it. Only looks; the pass reports what is wrong.
/// </summary>
internal static class PlanYearLookAhead
{
    /// <param name="reader">A copy of the reader, standing on the value of a member of the root object.</param>
    /// <returns>The header's year; 0 when there is none that reads.</returns>
    public static int Find(Utf8JsonReader reader)
    {
        try
        {
            reader.Skip();
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var isHeader = reader.ValueTextEquals("header"u8);
                _ = reader.Read();
                if (isHeader && reader.TokenType == JsonTokenType.StartObject)
                {
                    return YearIn(ref reader);
                }

                reader.Skip();
            }
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException)
        {
            // Not JSON further on: the pass reports it when it gets there.
        }

        return 0;
    }

    private static int YearIn(ref Utf8JsonReader reader)
    {
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var isYear = reader.ValueTextEquals("year"u8);
            _ = reader.Read();
            if (isYear)
            {
                return reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out var year) ? year : 0;
            }

            reader.Skip();
        }

        return 0;
    }
}
