using Cchc.Domain.Calendar;
using NodaTime;

namespace Cchc.Domain.Deadlines;

/// <summary>
/// Carried out continuously ("Thường xuyên", "Liên tục", "Thường xuyên, liên tục"): a standing duty
/// with no due date, which is neither late nor overdue.
/// </summary>
public sealed record OngoingDeadline : Deadline
{
    /// <inheritdoc />
    public override DateInterval? Span => null;

    private protected override void AddDueDates(List<ResolvedDueDate> parts, WorkingCalendar calendar, DeadlineOptions options, string? label)
    {
        // A standing duty: no date.
    }
}
