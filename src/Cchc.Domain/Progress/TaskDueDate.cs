using Cchc.Domain.Calendar;
using Cchc.Domain.Deadlines;
using NodaTime;

namespace Cchc.Domain.Progress;

/// <summary>
/// The latest on-time date of a task's deadline, with the readings of the deadlines capability: a date
/// ("Ngày 05/12") is due that day; "trước ngày X" is on time up to X − 1, moved back to a working day;
/// a month, quarter or year is due on its last working day. Other kinds have no fixed date.
/// </summary>
/// <remarks>When <c>Deadline.DueDates(WorkingCalendar)</c> is available, this becomes its latest date.</remarks>
internal static class TaskDueDate
{
    public static LocalDate? Of(Deadline? deadline, WorkingCalendar calendar) => deadline switch
    {
        OnDateDeadline onDate => onDate.Date,
        ByDateDeadline byDate when byDate.Date > LocalDate.MinIsoValue => OnOrBefore(byDate.Date.PlusDays(-1), calendar),
        MonthDeadline month when month.Month.Year is >= 1 and <= 9999 => OnOrBefore(month.Month.ToDateInterval().End, calendar),
        QuarterDeadline quarter when quarter.Quarter is >= 1 and <= 4 && quarter.Year is >= 1 and <= 9999 =>
            OnOrBefore(new LocalDate(quarter.Year, 3 * quarter.Quarter, 1).With(DateAdjusters.EndOfMonth), calendar),
        YearDeadline year when year.Year is >= 1 and <= 9999 => OnOrBefore(new LocalDate(year.Year, 12, 31), calendar),
        _ => null,
    };

    /// <summary>The last working day on or before <paramref name="date"/>; the date itself where the calendar has no data.</summary>
    private static LocalDate OnOrBefore(LocalDate date, WorkingCalendar calendar) =>
        date <= WorkingCalendar.MinDate.PlusDays(31) || date >= WorkingCalendar.MaxDate || calendar.IsWorkingDay(date)
            ? date
            : calendar.PreviousWorkingDay(date);
}
