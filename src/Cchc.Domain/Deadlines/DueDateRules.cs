using Cchc.Domain.Calendar;
using NodaTime;

namespace Cchc.Domain.Deadlines;

/// <summary>The day-off rules shared by the deadline kinds.</summary>
internal static class DueDateRules
{
    /// <summary>Whether the calendar knows which days of <paramref name="date"/>'s neighbourhood are off.</summary>
    public static bool InRange(LocalDate date) =>
        date > WorkingCalendar.MinDate.PlusDays(31) && date < WorkingCalendar.MaxDate.PlusDays(-31);

    /// <summary>A fixed limit moved off a day off by <paramref name="rule"/>.</summary>
    public static LocalDate MoveLimit(LocalDate limit, DayOffRule rule, WorkingCalendar calendar) => rule switch
    {
        _ when !InRange(limit) || calendar.IsWorkingDay(limit) => limit,
        DayOffRule.PreviousWorkingDay => calendar.PreviousWorkingDay(limit),
        DayOffRule.NextWorkingDay => calendar.NextWorkingDay(limit),
        _ => limit,
    };

    /// <summary>A due date per the "within the period" rule: the last working day of the period.</summary>
    public static void AddWithin(List<ResolvedDueDate> parts, DateInterval? period, Deadline part, string? label, WorkingCalendar calendar)
    {
        if (period is not null)
        {
            parts.Add(new ResolvedDueDate(InRange(period.End) ? calendar.WorkingDayOnOrBefore(period.End) : period.End, period.End, part, label));
        }
    }

    /// <summary>The interval of whole months <paramref name="firstMonth"/>..<paramref name="lastMonth"/> of <paramref name="year"/>, or <see langword="null"/> when out of range.</summary>
    public static DateInterval? Months(int year, int firstMonth, int lastMonth) =>
        CalendarYears.IsDateYear(year) && firstMonth is >= 1 and <= 12 && lastMonth >= firstMonth && lastMonth <= 12
            ? new DateInterval(new LocalDate(year, firstMonth, 1), new LocalDate(year, lastMonth, 1).With(DateAdjusters.EndOfMonth))
            : null;
}
