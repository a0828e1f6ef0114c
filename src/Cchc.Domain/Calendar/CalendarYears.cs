namespace Cchc.Domain.Calendar;

/// <summary>
/// The one place for the years the library's calendars support: dates (<see cref="FirstDateYear"/>–<see cref="LastYear"/>),
/// reporting periods (from <see cref="FirstReportingYear"/>: a data window may start in the year before) and the working
/// calendar (<see cref="FirstWorkingYear"/>–<see cref="LastWorkingYear"/>).
/// </summary>
public static class CalendarYears
{
    /// <summary>The first year of a date the library reads or writes (ISO year 1).</summary>
    public const int FirstDateYear = 1;

    /// <summary>The last year of any date the library reads or writes (9999: four digits).</summary>
    public const int LastYear = 9999;

    /// <summary>The first year that can carry a reporting period (its data window may start on 15/12 of the year before).</summary>
    public const int FirstReportingYear = 2;

    /// <summary>The first year of the working calendar (public holidays and official schedules).</summary>
    public const int FirstWorkingYear = 2000;

    /// <summary>The last year of the working calendar.</summary>
    public const int LastWorkingYear = 2199;

    /// <summary>Whether <paramref name="year"/> can be the year of a date (1–9999).</summary>
    /// <param name="year">A year.</param>
    /// <returns><see langword="true"/> for 1–9999.</returns>
    public static bool IsDateYear(int year) => year is >= FirstDateYear and <= LastYear;

    /// <summary>Whether <paramref name="year"/> can carry a reporting period (2–9999).</summary>
    /// <param name="year">A year.</param>
    /// <returns><see langword="true"/> for 2–9999.</returns>
    public static bool IsReportingYear(int year) => year is >= FirstReportingYear and <= LastYear;

    /// <summary>Whether the working calendar knows <paramref name="year"/> (2000–2199).</summary>
    /// <param name="year">A year.</param>
    /// <returns><see langword="true"/> for 2000–2199.</returns>
    public static bool IsWorkingYear(int year) => year is >= FirstWorkingYear and <= LastWorkingYear;
}
