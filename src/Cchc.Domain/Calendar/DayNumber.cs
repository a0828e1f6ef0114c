using NodaTime;

namespace Cchc.Domain.Calendar;

/// <summary>
/// Julian day numbers (JDN, the integer day count of astronomy) for ISO dates, with integer arithmetic
/// only. JDN 0 is a Monday, so <c>jdn % 7</c> is 0 for Monday … 6 for Sunday.
/// </summary>
internal static class DayNumber
{
    /// <summary>The JDN of an ISO (proleptic Gregorian) date (Meeus, ch. 7; Hồ Ngọc Đức's <c>jdFromDate</c>).</summary>
    public static int Of(LocalDate date)
    {
        if (date.Calendar != CalendarSystem.Iso)
        {
            date = date.WithCalendar(CalendarSystem.Iso);
        }

        return Of(date.Year, date.Month, date.Day);
    }

    public static int Of(int year, int month, int day)
    {
        var a = (14 - month) / 12;
        var y = year + 4800 - a;
        var m = month + (12 * a) - 3;
        return day + (((153 * m) + 2) / 5) + (365 * y) + (y / 4) - (y / 100) + (y / 400) - 32045;
    }

    /// <summary>The ISO date of a JDN (the inverse of <see cref="Of(int, int, int)"/>; valid for positive JDNs).</summary>
    public static LocalDate ToDate(int jdn)
    {
        var a = jdn + 32044;
        var b = ((4 * a) + 3) / 146097;
        var c = a - (146097 * b / 4);
        var d = ((4 * c) + 3) / 1461;
        var e = c - (1461 * d / 4);
        var m = ((5 * e) + 2) / 153;
        var day = e - (((153 * m) + 2) / 5) + 1;
        var month = m + 3 - (12 * (m / 10));
        var year = (100 * b) + d - 4800 + (m / 10);
        return new LocalDate(year, month, day);
    }

    /// <summary>0 = Monday … 6 = Sunday.</summary>
    public static int WeekdayIndex(int jdn) => jdn % 7;

    /// <summary>Whether the day is a Saturday or a Sunday.</summary>
    public static bool IsWeekend(int jdn) => jdn % 7 >= 5;
}
