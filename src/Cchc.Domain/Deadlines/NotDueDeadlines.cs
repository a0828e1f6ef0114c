#pragma warning disable MA0048 // A small family of kinds lives together.
using Cchc.Domain.Calendar;
using NodaTime;

namespace Cchc.Domain.Deadlines;

/// <summary>
/// A start, not a due date ("áp dụng từ 01/3/2024", "từ ngày 01/01/2025", "kể từ ngày ký"): no due date, never late.
/// </summary>
/// <param name="Date">The first day, when the phrase names one.</param>
/// <param name="Event">The event it starts from, as written ("ngày ký"), when the phrase names no day.</param>
public sealed record StartDateDeadline(LocalDate? Date, string? Event) : Deadline
{
    /// <inheritdoc />
    public override DateInterval? Span => null;

    private protected override void AddDueDates(List<ResolvedDueDate> parts, WorkingCalendar calendar, DeadlineOptions options, string? label)
    {
        // A start: no due date.
    }
}

/// <summary>
/// A data window (thời gian chốt số liệu), not a due date ("số liệu tính từ ngày 15/12 năm trước đến ngày 14/6"):
/// no due date, never late.
/// </summary>
/// <param name="Window">The days the data cover.</param>
public sealed record DataWindowDeadline(DateInterval Window) : Deadline
{
    /// <inheritdoc />
    public override DateInterval? Span => null;

    private protected override void AddDueDates(List<ResolvedDueDate> parts, WorkingCalendar calendar, DeadlineOptions options, string? label)
    {
        // The period the data cover: no due date.
    }
}
