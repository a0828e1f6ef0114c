using Cchc.Domain.Calendar;
using NodaTime;

namespace Cchc.Domain.Deadlines;

/// <summary>Due on a given day ("Ngày 05/12/2021", "ngày 30 tháng 12 năm 2021").</summary>
/// <remarks>A day the plan names is kept as it is, even when it is a day off: it is an appointment, not a limit.</remarks>
/// <param name="Date">The day.</param>
public sealed record OnDateDeadline(LocalDate Date) : Deadline
{
    /// <inheritdoc />
    public override DateInterval? Span => new(Date, Date);

    private protected override void AddDueDates(List<ResolvedDueDate> parts, WorkingCalendar calendar, DeadlineOptions options, string? label) =>
        parts.Add(new ResolvedDueDate(Date, Date, this, label));
}
