using NodaTime;
using Cchc.Domain.Reporting;
using Cchc.Domain.Plans;

namespace Cchc.Domain.Scheduling;

/// <summary>One report of a reporting calendar: its period, data window and due date.</summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
/// <param name="Kind">The kind of period.</param>
/// <param name="Text">The obligation or the recurring-report part as written ("Báo cáo quý I, trước ngày 10/3").</param>
public sealed record ScheduledReport(ReportingPeriodKind Kind, string Text)
{
    /// <summary>The period; <see langword="null"/> for an ad hoc report (đột xuất).</summary>
    public ReportingPeriod? Period { get; init; }

    /// <summary>The data window (thời gian chốt số liệu) of Nghị định 09/2019/NĐ-CP, Điều 12; <see langword="null"/> for an ad hoc report.</summary>
    public DateInterval? DataWindow => Period?.DataWindow;

    /// <summary>The day the plan names for the report (10/03 in "trước ngày 10/3"); <see langword="null"/> when it names none.</summary>
    public LocalDate? StatedDate { get; init; }

    /// <summary>
    /// The latest on-time working day: the day before <see cref="StatedDate"/> when the text says "trước" (by the
    /// default reading), the day itself otherwise, moved to the previous working day when it is a day off (by default).
    /// </summary>
    public LocalDate? DueDate { get; init; }

    /// <summary>
    /// The last day the wording allows before any move off a day off (<see cref="Deadlines.ResolvedDueDate.Limit"/>):
    /// the day before <see cref="StatedDate"/> for "trước" by the default reading, the stated day otherwise;
    /// <see langword="null"/> when there is no due date.
    /// </summary>
    public LocalDate? Limit { get; init; }

    /// <summary>The unit that reports, or <see langword="null"/> for all units or when not known.</summary>
    public string? UnitId { get; init; }

    /// <summary>The unit that receives the report, when it is one of the plan's units.</summary>
    public string? RecipientUnitId { get; init; }

    /// <summary>The recipient as written, when it is not one of the plan's units.</summary>
    public string? Recipient { get; init; }

    /// <summary>The index of the obligation in <see cref="Plans.Plan.Reporting"/>, when the report comes from one.</summary>
    public int? ObligationIndex { get; init; }

    /// <summary>The task whose recurring-report deadline names the report, when one does ("p5" in seed 003).</summary>
    public string? TaskId { get; init; }
}
