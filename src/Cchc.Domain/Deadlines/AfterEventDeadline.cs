using Cchc.Domain.Calendar;
using NodaTime;

namespace Cchc.Domain.Deadlines;

/// <summary>
/// Due some time after an event the plan names but does not date ("kể từ ngày nhận được Công văn …"). It has
/// no due date of its own (<see cref="Deadline.DueDates(WorkingCalendar)"/> is empty); <see cref="DueDateAfter"/>
/// gives it once the event's day is known.
/// </summary>
public abstract record AfterEventDeadline : Deadline
{
    private protected AfterEventDeadline(string @event)
    {
        ArgumentNullException.ThrowIfNull(@event);
        Event = @event;
    }

    /// <summary>The event as written ("nhận được Quyết định công bố").</summary>
    public string Event { get; init; }

    /// <inheritdoc />
    public override DateInterval? Span => null;

    /// <summary>The latest on-time day when the event happens on <paramref name="eventDate"/>; the day of the event is not counted (Bộ luật Dân sự 2015, Điều 147).</summary>
    /// <param name="eventDate">The day of the event (e.g. the day the Công văn is received).</param>
    /// <param name="calendar">The working calendar.</param>
    /// <returns>The last day of the period.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A date is outside the calendar's range, or the count is less than 1.</exception>
    public abstract LocalDate DueDateAfter(LocalDate eventDate, WorkingCalendar calendar);

    private protected override void AddDueDates(List<ResolvedDueDate> parts, WorkingCalendar calendar, DeadlineOptions options, string? label)
    {
        // Event driven: no date until the event is dated.
    }
}
