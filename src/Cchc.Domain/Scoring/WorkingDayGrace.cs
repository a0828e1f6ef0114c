using Cchc.Domain.Calendar;
using NodaTime;

namespace Cchc.Domain.Scoring;

/// <summary>
/// Grace counted in working days (ngày làm việc) of a <see cref="WorkingCalendar"/>: the last on-time date
/// is the <c>graceDays</c>-th working day after the due date, so weekends, public holidays and Tết do
/// not eat into the grace. Plug it in with <c>new ScoringOptions { Calendar = WorkingDayGrace.Default }</c>.
/// </summary>
/// <remarks>
/// With no grace the due date itself is the last on-time date, whatever day it is. Outside the calendar's
/// range (<see cref="WorkingCalendar.MinDate"/>–<see cref="WorkingCalendar.MaxDate"/>) or for a grace of more than
/// 36,500 days, grace falls back to calendar days (<see cref="CalendarDayGrace"/>, which stops at 31 December 9999),
/// so scoring never fails on a far-off date or a huge grace.
/// </remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class WorkingDayGrace : ITimelinessCalendar
{
    /// <summary>Creates a grace counter over <paramref name="calendar"/>.</summary>
    /// <param name="calendar">The working calendar, for example <see cref="WorkingCalendar.Default"/>.</param>
    public WorkingDayGrace(WorkingCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        Calendar = calendar;
    }

    /// <summary>Grace over <see cref="WorkingCalendar.Default"/>, the civil-servant calendar with the official schedules.</summary>
    public static WorkingDayGrace Default { get; } = new(WorkingCalendar.Default);

    /// <summary>The working calendar the grace days are counted in.</summary>
    public WorkingCalendar Calendar { get; }

    /// <inheritdoc />
    public LocalDate LastOnTimeDate(LocalDate due, int graceDays)
    {
        if (graceDays <= 0)
        {
            return due;
        }

        // A working day comes at least every 31 days (Tết is the longest break), so this bound keeps the count inside the calendar;
        // the grace is bounded first, so that the bound itself cannot overflow.
        return graceDays <= 36_500 && due >= WorkingCalendar.MinDate && due <= WorkingCalendar.MaxDate.PlusDays(-31 - (2 * graceDays))
            ? Calendar.AddWorkingDays(due, graceDays)
            : CalendarDayGrace.Instance.LastOnTimeDate(due, graceDays);
    }
}
