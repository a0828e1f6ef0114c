using Cchc.Domain.Calendar;
using NodaTime;

namespace Cchc.Domain.Deadlines;

/// <summary>
/// Due within a period of the calendar (a month, a quarter, six or nine months, a year). The latest on-time
/// day is the last working day of the period.
/// </summary>
public abstract record WithinPeriodDeadline : Deadline
{
    private protected WithinPeriodDeadline()
    {
    }

    /// <summary>The period, or <see langword="null"/> when its numbers are out of range (a quarter 5).</summary>
    public abstract DateInterval? Period { get; }

    /// <inheritdoc />
    public override DateInterval? Span => Period;

    private protected override void AddDueDates(List<ResolvedDueDate> parts, WorkingCalendar calendar, DeadlineOptions options, string? label) =>
        DueDateRules.AddWithin(parts, Period, this, label, calendar);
}
