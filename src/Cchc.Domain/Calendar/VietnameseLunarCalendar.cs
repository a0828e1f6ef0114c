using System.Globalization;
using NodaTime;

namespace Cchc.Domain.Calendar;

/// <summary>
/// The Vietnamese lunisolar calendar (âm lịch): conversions between Gregorian (ISO) dates and
/// <see cref="LunarDate"/>, Tết, month lengths and leap months, for every day from 1 January 1900 to
/// 31 December 2199.
/// </summary>
/// <remarks>
/// <para>The calendar is computed with the astronomical method described by Hồ Ngọc Đức ("Thuật toán tính
/// âm lịch"): a month begins on the civil day that contains the new moon, the winter solstice falls in
/// month 11, and in a 13-month year the first month without a major solar term is the leap month. New
/// moons follow Meeus' truncated series and the sun's longitude Meeus' low-precision theory.</para>
/// <para>Time zone: from 1 January 1968 the calendar is computed for UTC+7 (the meridian 105° E), as the
/// calendar approved in North Vietnam on 8 August 1967 and used nationwide since 1975. Before 1968 Vietnam
/// followed the Chinese calendar, so earlier dates are computed as China computed them: UTC+8 from 1929
/// and the Beijing meridian (116°25′ E) before. This reproduces Tết 1903, 1916, 1935 and 1965 as
/// published in Hồ Ngọc Đức's table; only 1925 differs (the table has 25 January, for reasons not
/// documented; both UTC+7 and UTC+8 give 24 January).</para>
/// <para>The table of months (about 3,700 entries) is computed once, on first use, in a thread-safe way;
/// every conversion after that is a constant-time lookup without trigonometry.</para>
/// </remarks>
/// <threadsafety>All members are thread-safe.</threadsafety>
public static class VietnameseLunarCalendar
{
    /// <summary>The first Gregorian date that can be converted: 1 January 1900.</summary>
    public static LocalDate MinDate { get; } = new(1900, 1, 1);

    /// <summary>The last Gregorian date that can be converted: 31 December 2199.</summary>
    public static LocalDate MaxDate { get; } = new(2199, 12, 31);

    /// <summary>The first lunar year whose Tết is within range (1900).</summary>
    public const int MinYear = 1900;

    /// <summary>The last lunar year whose Tết is within range (2199).</summary>
    public const int MaxYear = 2199;

    private static readonly int MinJdn = DayNumber.Of(MinDate);
    private static readonly int MaxJdn = DayNumber.Of(MaxDate);

    /// <summary>The lunar date of a Gregorian date.</summary>
    /// <param name="date">A date from <see cref="MinDate"/> to <see cref="MaxDate"/> (in any calendar system; it is read as ISO).</param>
    /// <returns>The lunar date.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="date"/> is outside 1900–2199.</exception>
    public static LunarDate ToLunar(LocalDate date)
    {
        var jdn = DayNumber.Of(date);
        if (jdn < MinJdn || jdn > MaxJdn)
        {
            throw new ArgumentOutOfRangeException(nameof(date), date, OutOfRangeMessage);
        }

        return LunarTable.Instance.ToLunar(jdn);
    }

    /// <summary>The Gregorian (ISO) date of a lunar date.</summary>
    /// <param name="date">A lunar date that exists and whose Gregorian date is within 1900–2199.</param>
    /// <returns>The ISO date.</returns>
    /// <exception cref="ArgumentOutOfRangeException">
    /// The lunar date does not exist (day 30 of a 29-day month, or a leap month the year does not have), or it is outside the supported range.
    /// </exception>
    public static LocalDate ToSolar(LunarDate date)
    {
        return Resolve(date) switch
        {
            (Status.Ok, var jdn) => DayNumber.ToDate(jdn),
            (Status.OutOfRange, _) => throw new ArgumentOutOfRangeException(nameof(date), date, OutOfRangeMessage),
            (Status.NoSuchMonth, _) => throw new ArgumentOutOfRangeException(
                nameof(date),
                date,
                string.Create(CultureInfo.InvariantCulture, $"Lunar year {date.Year} has no leap month {date.Month} (its leap month is {DescribeLeap(date.Year)}).")),
            _ => throw new ArgumentOutOfRangeException(
                nameof(date),
                date,
                string.Create(CultureInfo.InvariantCulture, $"Month {date.Month}{(date.IsLeapMonth ? " (leap)" : string.Empty)} of lunar year {date.Year} has only 29 days.")),
        };
    }

    /// <summary>The Gregorian (ISO) date of a lunar date, when it exists and is within range.</summary>
    /// <param name="date">A lunar date.</param>
    /// <param name="solar">The ISO date; <c>default</c> when the method returns <see langword="false"/>.</param>
    /// <returns><see langword="false"/> when the lunar date does not exist (day 30 of a 29-day month, a leap month the year lacks) or is outside 1900–2199.</returns>
    public static bool TryToSolar(LunarDate date, out LocalDate solar)
    {
        var (status, jdn) = Resolve(date);
        solar = status == Status.Ok ? DayNumber.ToDate(jdn) : default;
        return status == Status.Ok;
    }

    /// <summary>Tết Nguyên đán: the Gregorian date of day 1 of month 1 of lunar <paramref name="year"/>.</summary>
    /// <param name="year">A lunar year, 1900–2199.</param>
    /// <returns>The date of Tết.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is outside 1900–2199.</exception>
    public static LocalDate LunarNewYear(int year)
    {
        CheckYear(year);
        return ToSolar(new LunarDate(year, 1, 1));
    }

    /// <summary>The number of days (29 or 30) of a lunar month.</summary>
    /// <param name="year">A lunar year, 1900–2199.</param>
    /// <param name="month">The month, 1–12.</param>
    /// <param name="isLeapMonth">Whether the leap month is meant.</param>
    /// <returns>29 or 30.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The year is out of range, the month is not 1–12, or the year has no such leap month.</exception>
    public static int MonthLength(int year, int month, bool isLeapMonth = false)
    {
        CheckYear(year);
        ArgumentOutOfRangeException.ThrowIfLessThan(month, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(month, 12);
        var index = LunarTable.Instance.IndexOf(year, month, isLeapMonth);
        if (index < 0)
        {
            throw new ArgumentOutOfRangeException(
                nameof(isLeapMonth),
                string.Create(CultureInfo.InvariantCulture, $"Lunar year {year} has no leap month {month} (its leap month is {DescribeLeap(year)})."));
        }

        return LunarTable.Instance.MonthLength(index);
    }

    /// <summary>The leap month (tháng nhuận) of a lunar year, or <see langword="null"/> when the year has 12 months.</summary>
    /// <param name="year">A lunar year, 1900–2199.</param>
    /// <returns>The number of the regular month the leap month follows (1–12), or <see langword="null"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is outside 1900–2199.</exception>
    public static int? LeapMonthOf(int year)
    {
        CheckYear(year);
        var leap = LunarTable.Instance.LeapMonthOf(year);
        return leap == 0 ? null : leap;
    }

    /// <summary>The months of a lunar year in order (12 or 13), each as its first day.</summary>
    /// <param name="year">A lunar year, 1900–2199.</param>
    /// <returns>Day 1 of every month of the year, the leap month after its regular month.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is outside 1900–2199.</exception>
    public static IReadOnlyList<LunarDate> MonthsOf(int year)
    {
        var leap = LeapMonthOf(year);
        var months = new List<LunarDate>(13);
        for (var month = 1; month <= 12; month++)
        {
            months.Add(new LunarDate(year, month, 1));
            if (month == leap)
            {
                months.Add(new LunarDate(year, month, 1, isLeapMonth: true));
            }
        }

        return months;
    }

    private const string OutOfRangeMessage = "The Vietnamese lunar calendar is supported from 1900-01-01 to 2199-12-31 (Gregorian).";

    private enum Status
    {
        Ok,
        OutOfRange,
        NoSuchMonth,
        NoSuchDay,
    }

    private static (Status Status, int Jdn) Resolve(LunarDate date)
    {
        var table = LunarTable.Instance;
        var index = table.IndexOf(date.Year, date.Month, date.IsLeapMonth);
        if (index < 0)
        {
            // The year's regular month exists but its leap month does not; otherwise the month is outside the table.
            var regularExists = date.IsLeapMonth && table.IndexOf(date.Year, date.Month, isLeapMonth: false) >= 0;
            return (regularExists ? Status.NoSuchMonth : Status.OutOfRange, 0);
        }

        if (date.Day > table.MonthLength(index))
        {
            return (Status.NoSuchDay, 0);
        }

        var jdn = table.MonthStart(index) + date.Day - 1;
        return jdn < MinJdn || jdn > MaxJdn ? (Status.OutOfRange, 0) : (Status.Ok, jdn);
    }

    private static string DescribeLeap(int year)
    {
        if (year is < MinYear or > MaxYear)
        {
            return "unknown";
        }

        var leap = LunarTable.Instance.LeapMonthOf(year);
        return leap == 0 ? "none" : leap.ToString(CultureInfo.InvariantCulture);
    }

    private static void CheckYear(int year)
    {
        if (year is < MinYear or > MaxYear)
        {
            throw new ArgumentOutOfRangeException(nameof(year), year, "The Vietnamese lunar calendar is supported for lunar years 1900 to 2199.");
        }
    }
}
