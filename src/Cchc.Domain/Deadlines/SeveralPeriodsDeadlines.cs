#pragma warning disable MA0048 // A small family of kinds lives together.
using Cchc.Domain.Calendar;
using NodaTime;

namespace Cchc.Domain.Deadlines;

/// <summary>How often a <see cref="RecurringDeadline"/> comes round.</summary>
public enum RecurrenceFrequency
{
    /// <summary>Every month ("hằng tháng", "mỗi tháng", "định kỳ hằng tháng").</summary>
    Month = 0,

    /// <summary>Every quarter ("hằng quý").</summary>
    Quarter = 1,

    /// <summary>Every six months ("6 tháng/lần").</summary>
    HalfYear = 2,

    /// <summary>Every year ("hằng năm", "hàng năm", "năm 2024 và các năm tiếp theo").</summary>
    Year = 3,
}

/// <summary>
/// Due within each of several periods ("tháng 8 và tháng 9", "tháng 8, 9/2024", "Quý I, II", "các năm 2024, 2025"):
/// one due date per period, in the order written.
/// </summary>
/// <param name="Periods">The periods (month, quarter, half-year, nine months or year deadlines).</param>
public sealed record SeveralPeriodsDeadline(ValueList<WithinPeriodDeadline> Periods) : Deadline
{
    /// <inheritdoc />
    public override DateInterval? Span => SpanOf.Parts(Periods.Select(p => p.Span));

    private protected override void AddDueDates(List<ResolvedDueDate> parts, WorkingCalendar calendar, DeadlineOptions options, string? label)
    {
        foreach (var period in Periods)
        {
            period.AddDueDatesTo(parts, calendar, options, label);
        }
    }
}

/// <summary>
/// Due within a span of days, months, quarters or years ("từ tháng 3 đến tháng 5/2024", "giai đoạn 2021–2025",
/// "từ ngày 01/6 đến ngày 30/6/2024"): one due date, the last working day of the span.
/// </summary>
/// <param name="Range">The days covered, first to last.</param>
public sealed record PeriodRangeDeadline(DateInterval Range) : WithinPeriodDeadline
{
    /// <inheritdoc />
    public override DateInterval? Period => Range;
}

/// <summary>
/// A duty that comes round in each period ("hằng năm", "hằng quý", "định kỳ trước ngày 25 hằng tháng", "ngày 18 của
/// tháng cuối quý"), read for the plan year: one occurrence per period, each a deadline of its own
/// (<see cref="QuarterDeadline"/>, <see cref="NoLaterThanDeadline"/>, <see cref="ByDateDeadline"/>…).
/// </summary>
/// <param name="Every">How often.</param>
/// <param name="Occurrences">The occurrences in the plan year, in order.</param>
public sealed record RecurringDeadline(RecurrenceFrequency Every, ValueList<Deadline> Occurrences) : Deadline
{
    /// <inheritdoc />
    public override DateInterval? Span => SpanOf.Parts(Occurrences.Select(p => p.Span));

    private protected override void AddDueDates(List<ResolvedDueDate> parts, WorkingCalendar calendar, DeadlineOptions options, string? label)
    {
        foreach (var occurrence in Occurrences)
        {
            occurrence.AddDueDatesTo(parts, calendar, options, label);
        }
    }
}
