using NodaTime;
using Cchc.Domain.Reporting;
using Cchc.Domain.Plans;

namespace Cchc.Domain.Scheduling;

/// <summary>One due date of a plan: a task's deadline part or a report.</summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
/// <param name="Date">The latest on-time day.</param>
/// <param name="Kind">A task or a report.</param>
/// <param name="Uid">A stable identifier derived from the plan, the task or report and the part (the iCalendar UID).</param>
/// <param name="Summary">A one-line title in Vietnamese ("Hạn nhiệm vụ 2: …", "Hạn báo cáo quý I năm 2021").</param>
/// <param name="Text">The deadline or obligation as written.</param>
public sealed record PlanCalendarEntry(LocalDate Date, PlanCalendarEntryKind Kind, string Uid, string Summary, string Text)
{
    /// <summary>The last day the wording allows, before any move off a day off (equal to <see cref="Date"/> when not moved).</summary>
    public LocalDate Limit { get; init; }

    /// <summary>The task, for a task entry or a report that a task's recurring-report deadline names.</summary>
    public string? TaskId { get; init; }

    /// <summary>The task's number as written ("13"), when it has one.</summary>
    public string? TaskNumber { get; init; }

    /// <summary>The part's label ("Báo cáo") or report period name, for a deadline of several parts.</summary>
    public string? PartLabel { get; init; }

    /// <summary>The reporting period, for a report.</summary>
    public ReportingPeriod? Period { get; init; }

    /// <summary>The data window of Nghị định 09/2019/NĐ-CP, Điều 12, for a report.</summary>
    public DateInterval? DataWindow => Period?.DataWindow;
}
