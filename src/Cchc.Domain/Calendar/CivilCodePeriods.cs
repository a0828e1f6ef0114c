using NodaTime;

namespace Cchc.Domain.Calendar;

/// <summary>
/// Time limits (thời hạn) counted as Bộ luật Dân sự 2015 (91/2015/QH13) counts them, Điều 144–148, over a
/// <see cref="WorkingCalendar"/>.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item><description>Điều 147: for a period in days, weeks, months or years, the first day (the day of the
/// event, e.g. "kể từ ngày nhận được Công văn") is not counted; counting starts the next day.</description></item>
/// <item><description>Điều 148: a period in days ends at the end (24:00) of its last day; in weeks, months or
/// years at the end of the corresponding day of the last week, month or year — the last day of that month
/// when it has no such day; and when the last day is a weekly rest day or a public holiday, the period ends
/// at the end of the next working day.</description></item>
/// <item><description>Periods in working days ("05 ngày làm việc") count working days only, so they never end on a day off.</description></item>
/// </list>
/// Điều 145 lets another law or the parties' agreement provide otherwise; these methods implement the default.
/// </remarks>
/// <threadsafety>All members are thread-safe.</threadsafety>
public static class CivilCodePeriods
{
    /// <summary>The first day of a period that starts with an event: the day after it (Điều 147).</summary>
    /// <param name="eventDate">The day of the event.</param>
    /// <returns>The next day.</returns>
    public static LocalDate FirstDay(LocalDate eventDate) => eventDate.PlusDays(1);

    /// <summary>The last day of a period of <paramref name="days"/> calendar days after <paramref name="eventDate"/> ("trong 10 ngày kể từ ngày…"), rolled forward past days off.</summary>
    /// <param name="eventDate">The day of the event (not counted).</param>
    /// <param name="days">The number of days, at least 1.</param>
    /// <param name="calendar">The working calendar for the roll-forward of Điều 148.</param>
    /// <returns>The last day of the period.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="days"/> is less than 1, or a date is outside the calendar's range.</exception>
    public static LocalDate EndOfDays(LocalDate eventDate, int days, WorkingCalendar calendar) =>
        End(eventDate, Period.FromDays(Positive(days, nameof(days))), calendar);

    /// <summary>The last day of a period of <paramref name="weeks"/> weeks after <paramref name="eventDate"/>, rolled forward past days off.</summary>
    /// <param name="eventDate">The day of the event (not counted).</param>
    /// <param name="weeks">The number of weeks, at least 1.</param>
    /// <param name="calendar">The working calendar.</param>
    /// <returns>The last day of the period.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="weeks"/> is less than 1, or a date is outside the calendar's range.</exception>
    public static LocalDate EndOfWeeks(LocalDate eventDate, int weeks, WorkingCalendar calendar) =>
        End(eventDate, Period.FromWeeks(Positive(weeks, nameof(weeks))), calendar);

    /// <summary>
    /// The last day of a period of <paramref name="months"/> months after <paramref name="eventDate"/>: the
    /// same day of the last month (its last day when it has no such day), rolled forward past days off.
    /// </summary>
    /// <param name="eventDate">The day of the event (not counted).</param>
    /// <param name="months">The number of months, at least 1.</param>
    /// <param name="calendar">The working calendar.</param>
    /// <returns>The last day of the period.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="months"/> is less than 1, or a date is outside the calendar's range.</exception>
    public static LocalDate EndOfMonths(LocalDate eventDate, int months, WorkingCalendar calendar) =>
        End(eventDate, Period.FromMonths(Positive(months, nameof(months))), calendar);

    /// <summary>The last day of a period of <paramref name="years"/> years after <paramref name="eventDate"/>, rolled forward past days off.</summary>
    /// <param name="eventDate">The day of the event (not counted).</param>
    /// <param name="years">The number of years, at least 1.</param>
    /// <param name="calendar">The working calendar.</param>
    /// <returns>The last day of the period.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="years"/> is less than 1, or a date is outside the calendar's range.</exception>
    public static LocalDate EndOfYears(LocalDate eventDate, int years, WorkingCalendar calendar) =>
        End(eventDate, Period.FromYears(Positive(years, nameof(years))), calendar);

    /// <summary>
    /// The last day of a period of <paramref name="workingDays"/> working days after <paramref name="eventDate"/>
    /// ("chậm nhất sau 05 ngày làm việc kể từ ngày nhận được Công văn"): the day of the event is not counted,
    /// whether or not it is a working day.
    /// </summary>
    /// <param name="eventDate">The day of the event (not counted).</param>
    /// <param name="workingDays">The number of working days, at least 1.</param>
    /// <param name="calendar">The working calendar.</param>
    /// <returns>The last day of the period, a working day.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="workingDays"/> is less than 1, or a date is outside the calendar's range.</exception>
    public static LocalDate EndOfWorkingDays(LocalDate eventDate, int workingDays, WorkingCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        return calendar.AddWorkingDays(eventDate, Positive(workingDays, nameof(workingDays)));
    }

    /// <summary>
    /// The last day of a period given as a NodaTime <see cref="Period"/> of years, months, weeks and days
    /// after <paramref name="eventDate"/> (added largest unit first), rolled forward past days off.
    /// </summary>
    /// <param name="eventDate">The day of the event (not counted).</param>
    /// <param name="period">A positive period with date units only.</param>
    /// <param name="calendar">The working calendar.</param>
    /// <returns>The last day of the period.</returns>
    /// <exception cref="ArgumentException"><paramref name="period"/> has time units, or is not positive.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A date is outside the calendar's range.</exception>
    public static LocalDate End(LocalDate eventDate, Period period, WorkingCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(period);
        ArgumentNullException.ThrowIfNull(calendar);
        if (period.HasTimeComponent)
        {
            throw new ArgumentException("A period counted in days, weeks, months or years has no time units.", nameof(period));
        }

        var end = eventDate.Plus(period);
        if (end <= eventDate)
        {
            throw new ArgumentException("The period must be positive.", nameof(period));
        }

        return calendar.WorkingDayOnOrAfter(end);
    }

    private static int Positive(int value, string name)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(value, 1, name);
        return value;
    }
}
