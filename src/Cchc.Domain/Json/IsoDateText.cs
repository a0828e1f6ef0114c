using NodaTime;
using NodaTime.Text;
using Cchc.Domain.Diagnostics;

namespace Cchc.Domain.Json;

/// <summary>
/// Parses the date forms of the JSON formats exactly as the JSON Schemas define them: four ASCII digits
/// of year (<c>0000</c>–<c>9999</c>), never a sign. NodaTime's ISO patterns also accept a negative year
/// (<c>"-0001-01-01"</c>), which <c>format: date</c> and the schemas' patterns reject.
/// </summary>
internal static class IsoDateText
{
    /// <summary>Parses <c>yyyy-MM-dd</c>.</summary>
    public static bool TryParseDate(string? text, out LocalDate date) => TryParse(LocalDatePattern.Iso, text, out date);

    /// <summary>Parses <c>yyyy-MM</c>.</summary>
    public static bool TryParseMonth(string? text, out YearMonth month) => TryParse(YearMonthPattern.Iso, text, out month);

    private static bool TryParse<T>(IPattern<T> pattern, string? text, out T value)
    {
        value = default!;
        if (text is null || text.Length == 0 || !char.IsAsciiDigit(text[0]))
        {
            return false;
        }

        var result = pattern.Parse(text);
        if (result.Success)
        {
            value = result.Value;
        }

        return result.Success;
    }
}
