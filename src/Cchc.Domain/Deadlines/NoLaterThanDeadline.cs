using Cchc.Domain.Calendar;
using NodaTime;

namespace Cchc.Domain.Deadlines;

/// <summary>Due on or before a given day ("Chậm nhất ngày 15/12/2021", "Hạn chót 15/12", "Đến hết ngày 15/12").</summary>
/// <remarks>A limit on a day off moves by <see cref="DeadlineOptions.LimitOnDayOff"/> (by default to the previous working day).</remarks>
/// <param name="Date">The last day on time.</param>
public sealed record NoLaterThanDeadline(LocalDate Date) : Deadline
{
    /// <inheritdoc />
    public override DateInterval? Span => new(Date, Date);

    private protected override void AddDueDates(List<ResolvedDueDate> parts, WorkingCalendar calendar, DeadlineOptions options, string? label) =>
        parts.Add(new ResolvedDueDate(DueDateRules.MoveLimit(Date, options.LimitOnDayOff, calendar), Date, this, label));
}
