using Cchc.Domain.Calendar;
using Cchc.Domain.Deadlines;
using Cchc.Domain.Plans;
using NodaTime;
using Cchc.Domain.Reporting;

namespace Cchc.Domain.Scheduling;

/// <summary>One-call exports of a plan's calendar (for <c>cchc calendar --format ics</c>).</summary>
public static class PlanCalendarExport
{
    /// <summary>Every dated deadline of <paramref name="plan"/> (task due dates and reports) as iCalendar text, one all-day VEVENT per due date.</summary>
    /// <param name="plan">The plan.</param>
    /// <param name="calendar">The working calendar; <see langword="null"/> for <see cref="WorkingCalendar.Default"/>.</param>
    /// <param name="generatedAt">The DTSTAMP (take it from an injected clock: the output depends on nothing else).</param>
    /// <param name="options">How to read "trước ngày X" and limits on a day off; <see langword="null"/> for <see cref="DeadlineOptions.Default"/>.</param>
    /// <returns>The VCALENDAR text (RFC 5545).</returns>
    public static string ToICalendar(Plan plan, WorkingCalendar? calendar, Instant generatedAt, DeadlineOptions? options = null) =>
        PlanCalendar.For(plan, calendar, options).ToICalendar(generatedAt);
}
