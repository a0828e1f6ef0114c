using Cchc.Domain.Calendar;
using NodaTime;

namespace Cchc.Domain.Deadlines;

/// <summary>Due before a given day ("Trước ngày 05/12/2021", "Trước 30/11").</summary>
/// <remarks>
/// By default on time up to the day before <see cref="Date"/> (<see cref="ByDateReading.DayBefore"/>); the
/// loose reading <see cref="ByDateReading.OnOrBefore"/> includes <see cref="Date"/>. A limit on a day off
/// moves by <see cref="DeadlineOptions.LimitOnDayOff"/> (by default to the previous working day).
/// </remarks>
/// <param name="Date">The day named in the phrase.</param>
public sealed record ByDateDeadline(LocalDate Date) : Deadline
{
    /// <inheritdoc />
    public override DateInterval? Span => new(Date, Date);

    private protected override void AddDueDates(List<ResolvedDueDate> parts, WorkingCalendar calendar, DeadlineOptions options, string? label)
    {
        var limit = options.ByDateReading == ByDateReading.OnOrBefore || Date == LocalDate.MinIsoValue ? Date : Date.PlusDays(-1);
        parts.Add(new ResolvedDueDate(DueDateRules.MoveLimit(limit, options.LimitOnDayOff, calendar), limit, this, label));
    }
}
