using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace Cchc.Cli.Calendar;

/// <summary>Reads a date given on the command line: ISO <c>2025-01-24</c> or the Vietnamese way, <c>24/01/2025</c>.</summary>
internal static class DateArgument
{
    private static readonly LocalDatePattern Vietnamese = LocalDatePattern.CreateWithInvariantCulture("d'/'M'/'uuuu");

    public static bool TryParse(string? text, out LocalDate date)
    {
        date = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var result = LocalDatePattern.Iso.Parse(text.Trim());
        if (!result.Success)
        {
            result = Vietnamese.Parse(text.Trim());
        }

        date = result.Success ? result.Value : default;
        return result.Success;
    }

    /// <summary>
    /// Reads the parts of a date without checking them against the solar calendar, for lunar dates
    /// ("30/02/2025" is a real lunar date in a 30-day month): <c>2025-02-30</c> or <c>30/02/2025</c>.
    /// </summary>
    public static bool TryParseParts(string? text, out (int Year, int Month, int Day) parts)
    {
        parts = default;
        var pieces = (text ?? string.Empty).Trim().Split('-', '/');
        if (pieces.Length != 3 || !pieces.All(p => p.Length is > 0 and <= 4 && p.All(char.IsAsciiDigit)))
        {
            return false;
        }

        var numbers = pieces.Select(p => int.Parse(p, CultureInfo.InvariantCulture)).ToArray();
        parts = text!.Contains('-', StringComparison.Ordinal) ? (numbers[0], numbers[1], numbers[2]) : (numbers[2], numbers[1], numbers[0]);
        return parts.Month is >= 1 and <= 12 && parts.Day is >= 1 and <= 30 && parts.Year >= 1;
    }

    /// <summary>A date as Vietnamese officials write it, with the weekday: "Thứ Sáu, 24/01/2025" or "Fri 24/01/2025".</summary>
    public static string Describe(LocalDate date, Shell.Language t) =>
        t.IsVietnamese
            ? string.Create(CultureInfo.InvariantCulture, $"{WeekdayVi(date.DayOfWeek)}, {date:dd'/'MM'/'uuuu}")
            : string.Create(CultureInfo.InvariantCulture, $"{date.DayOfWeek.ToString()[..3]} {date:dd'/'MM'/'uuuu}");

    private static string WeekdayVi(IsoDayOfWeek day) => day switch
    {
        IsoDayOfWeek.Monday => "Thứ Hai",
        IsoDayOfWeek.Tuesday => "Thứ Ba",
        IsoDayOfWeek.Wednesday => "Thứ Tư",
        IsoDayOfWeek.Thursday => "Thứ Năm",
        IsoDayOfWeek.Friday => "Thứ Sáu",
        IsoDayOfWeek.Saturday => "Thứ Bảy",
        _ => "Chủ Nhật",
    };
}
