using NodaTime;
using Cchc.Domain.Reporting;

namespace Cchc.Domain.Plans;

/// <summary>A report the plan requires (chế độ báo cáo): which period, when it is due, who reports to whom.</summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
/// <param name="Period">The period the report covers.</param>
/// <param name="Text">The obligation as written ("Báo cáo quý I, trước ngày 10/3").</param>
public sealed record ReportingObligation(ReportingPeriodKind Period, string Text)
{
    /// <summary>The day of the year the report is due, when the plan gives one.</summary>
    public AnnualDate? DueDay { get; init; }

    /// <summary>The unit that reports, or <see langword="null"/> for all units.</summary>
    public string? UnitId { get; init; }

    /// <summary>The unit that receives the report, when it is one of the plan's units.</summary>
    public string? RecipientUnitId { get; init; }

    /// <summary>The recipient as written, when it is not one of the plan's units.</summary>
    public string? Recipient { get; init; }
}
