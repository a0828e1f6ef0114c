using Cchc.Domain.Calendar;
using Cchc.Domain.Deadlines;
using NodaTime;

namespace Cchc.Consumer;

/// <summary>
/// The consumer's own reading of a deadline as a due date on the working calendar: the last working
/// day of the period (a quarter, a month, a year), the last working day before a "Trước ngày" date,
/// or the working day on or after an exact date.
/// </summary>
internal static class DueDates
{
    public static LocalDate? Of(Deadline deadline, WorkingCalendar calendar) => deadline switch
    {
        OnDateDeadline d => calendar.WorkingDayOnOrAfter(d.Date),
        ByDateDeadline d => calendar.PreviousWorkingDay(d.Date),
        MonthDeadline d => LastWorkingDayOnOrBefore(d.Month.ToDateInterval().End, calendar),
        QuarterDeadline d => LastWorkingDayOnOrBefore(new LocalDate(d.Year, d.Quarter * 3, 1).With(DateAdjusters.EndOfMonth), calendar),
        YearDeadline d => LastWorkingDayOnOrBefore(new LocalDate(d.Year, 12, 31), calendar),
        _ => null,
    };

    private static LocalDate LastWorkingDayOnOrBefore(LocalDate date, WorkingCalendar calendar) =>
        calendar.IsWorkingDay(date) ? date : calendar.PreviousWorkingDay(date);
}
