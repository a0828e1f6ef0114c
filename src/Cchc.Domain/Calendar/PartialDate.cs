using System.Globalization;
using NodaTime;
using Cchc.Domain.Reporting;

namespace Cchc.Domain.Calendar;

/// <summary>
/// A date of which only the year, or the year and month, may be known: documents are often
/// printed with the day left blank ("ngày   tháng 02 năm 2022").
/// </summary>
/// <remarks>The default value is the year 0001 with no month or day.</remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public readonly record struct PartialDate
{
    /// <summary>Creates a partial date.</summary>
    /// <param name="year">The year, 1–9999.</param>
    /// <param name="month">The month, 1–12, or <see langword="null"/>.</param>
    /// <param name="day">The day of the month, or <see langword="null"/>; needs a month.</param>
    /// <exception cref="ArgumentOutOfRangeException">The parts do not form a date.</exception>
    public PartialDate(int year, int? month = null, int? day = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(year, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, 9999);
        if (month is { } m)
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(m, 1, nameof(month));
            ArgumentOutOfRangeException.ThrowIfGreaterThan(m, 12, nameof(month));
        }

        if (day is { } d)
        {
            if (month is null)
            {
                throw new ArgumentOutOfRangeException(nameof(day), "A day needs a month.");
            }

            ArgumentOutOfRangeException.ThrowIfLessThan(d, 1, nameof(day));
            ArgumentOutOfRangeException.ThrowIfGreaterThan(d, CalendarSystem.Iso.GetDaysInMonth(year, month.Value), nameof(day));
        }

        Year = year;
        Month = month;
        Day = day;
    }

    /// <summary>The year.</summary>
    public int Year { get; }

    /// <summary>The month, when known.</summary>
    public int? Month { get; }

    /// <summary>The day of the month, when known.</summary>
    public int? Day { get; }

    /// <summary>The full date, when the day is known.</summary>
    public LocalDate? Date => Day is { } d ? new LocalDate(Year, Month!.Value, d) : null;

    /// <summary>The first day the partial date can stand for.</summary>
    public LocalDate Earliest => new(Year, Month ?? 1, Day ?? 1);

    /// <summary>The last day the partial date can stand for.</summary>
    public LocalDate Latest => Day is not null ? Earliest
        : Month is { } m ? new LocalDate(Year, m, CalendarSystem.Iso.GetDaysInMonth(Year, m))
        : new LocalDate(Year, 12, 31);

    /// <summary>Creates a complete partial date from a <see cref="LocalDate"/>.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The partial date with year, month and day.</returns>
    public static PartialDate FromDate(LocalDate date) => new(date.Year, date.Month, date.Day);

    /// <summary>Parses "yyyy", "yyyy-MM" or "yyyy-MM-dd".</summary>
    /// <param name="text">The text.</param>
    /// <param name="value">The partial date when parsing succeeds.</param>
    /// <returns>Whether the text is a partial date.</returns>
    public static bool TryParse(string? text, out PartialDate value)
    {
        value = default;
        if (text is null || text.Length is not (4 or 7 or 10))
        {
            return false;
        }

        if (!TryDigits(text, 0, 4, out var year) || year < 1)
        {
            return false;
        }

        if (text.Length == 4)
        {
            value = new PartialDate(year);
            return true;
        }

        if (text[4] != '-' || !TryDigits(text, 5, 2, out var month) || month is < 1 or > 12)
        {
            return false;
        }

        if (text.Length == 7)
        {
            value = new PartialDate(year, month);
            return true;
        }

        if (text[7] != '-' || !TryDigits(text, 8, 2, out var day) || day < 1 || day > CalendarSystem.Iso.GetDaysInMonth(year, month))
        {
            return false;
        }

        value = new PartialDate(year, month, day);
        return true;
    }

    /// <summary>Formats as "yyyy", "yyyy-MM" or "yyyy-MM-dd".</summary>
    /// <returns>The ISO-8601 text.</returns>
    public override string ToString() =>
        Day is { } d ? string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}-{d:D2}")
        : Month is { } m ? string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{m:D2}")
        : Year.ToString("D4", CultureInfo.InvariantCulture);

    private static bool TryDigits(string text, int start, int length, out int value) =>
        int.TryParse(text.AsSpan(start, length), NumberStyles.None, CultureInfo.InvariantCulture, out value);
}
