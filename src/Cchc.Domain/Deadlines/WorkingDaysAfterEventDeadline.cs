using Cchc.Domain.Calendar;
using NodaTime;

namespace Cchc.Domain.Deadlines;

/// <summary>
/// Due a number of working days after an event ("Chậm nhất sau 05 ngày làm việc kể từ ngày nhận được Công văn …",
/// "Sau 03 ngày làm việc kể từ khi nhận được Quyết định công bố").
/// </summary>
/// <remarks>
/// Counted with <see cref="CivilCodePeriods.EndOfWorkingDays"/>: the day of the event is not counted, whether or
/// not it is a working day, and the last day is always a working day.
/// </remarks>
public sealed record WorkingDaysAfterEventDeadline : AfterEventDeadline
{
    /// <summary>Creates the deadline.</summary>
    /// <param name="workingDays">The number of working days (at least 1 for a due date).</param>
    /// <param name="event">The event as written.</param>
    public WorkingDaysAfterEventDeadline(int workingDays, string @event)
        : base(@event) => WorkingDays = workingDays;

    /// <summary>The number of working days.</summary>
    public int WorkingDays { get; init; }

    /// <inheritdoc />
    public override LocalDate DueDateAfter(LocalDate eventDate, WorkingCalendar calendar) =>
        CivilCodePeriods.EndOfWorkingDays(eventDate, WorkingDays, calendar);
}
