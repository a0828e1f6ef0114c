using NodaTime;

namespace Cchc.Domain.Scoring;

/// <summary>
/// Counts grace days after a due date for <see cref="TimelinessRule"/>. The default counts calendar
/// days (<see cref="CalendarDayGrace"/>); <see cref="WorkingDayGrace"/> counts working days of a
/// <see cref="Calendar.WorkingCalendar"/> (skipping weekends, public holidays and Tết) and is plugged in
/// through <see cref="ScoringOptions.Calendar"/>.
/// </summary>
public interface ITimelinessCalendar
{
    /// <summary>The last date that still counts as on time when <paramref name="graceDays"/> are allowed after <paramref name="due"/>.</summary>
    /// <param name="due">The due date.</param>
    /// <param name="graceDays">The grace, zero or more days.</param>
    /// <returns>The last on-time date.</returns>
    LocalDate LastOnTimeDate(LocalDate due, int graceDays);
}
