using Cchc.Domain.Calendar;
using NodaTime;

namespace Cchc.Domain.Deadlines;

/// <summary>Due a number of calendar days after an event ("Trong 10 ngày kể từ ngày nhận được văn bản").</summary>
/// <remarks>
/// A period (thời hạn) counted as Bộ luật Dân sự 2015 counts it, <see cref="CivilCodePeriods.EndOfDays"/>: the day
/// of the event is not counted (Điều 147) and a last day that is a day off moves to the next working day (Điều 148).
/// </remarks>
public sealed record DaysAfterEventDeadline : AfterEventDeadline
{
    /// <summary>Creates the deadline.</summary>
    /// <param name="days">The number of days (at least 1 for a due date).</param>
    /// <param name="event">The event as written.</param>
    public DaysAfterEventDeadline(int days, string @event)
        : base(@event) => Days = days;

    /// <summary>The number of calendar days.</summary>
    public int Days { get; init; }

    /// <inheritdoc />
    public override LocalDate DueDateAfter(LocalDate eventDate, WorkingCalendar calendar) =>
        CivilCodePeriods.EndOfDays(eventDate, Days, calendar);
}
