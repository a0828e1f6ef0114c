using Cchc.Domain.Calendar;
using NodaTime;

namespace Cchc.Domain.Deadlines;

/// <summary>
/// Due when an authority directs ("Theo chỉ đạo của UBND tỉnh; Bộ CT", "Theo chỉ đạo của cấp có thẩm quyền",
/// "Theo yêu cầu của Sở Nội vụ"). It has no due date.
/// </summary>
/// <param name="Authority">Who directs, as written ("UBND tỉnh; Bộ CT"), or <see langword="null"/> when the phrase names no one.</param>
public sealed record DirectedDeadline(string? Authority) : Deadline
{
    /// <inheritdoc />
    public override DateInterval? Span => null;

    private protected override void AddDueDates(List<ResolvedDueDate> parts, WorkingCalendar calendar, DeadlineOptions options, string? label)
    {
        // Direction driven: no date.
    }
}
