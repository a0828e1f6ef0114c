using Cchc.Domain.Reporting;
using Cchc.Domain.Scheduling;
using Cchc.Domain.Plans;

namespace Cchc.Domain.Deadlines;

/// <summary>One report of a recurring-report deadline ("quý III, trước ngày 10/9").</summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
/// <param name="Kind">The kind of period the report covers (<see cref="ReportingPeriodKind.Quarter3"/>).</param>
/// <param name="Year">The year of the period.</param>
/// <param name="Due">When the report is due, usually a <see cref="ByDateDeadline"/> whose <see cref="Deadline.Text"/> is "trước ngày 10/9".</param>
public sealed record RecurringReportPart(ReportingPeriodKind Kind, int Year, Deadline Due)
{
    /// <summary>The month 1–12 of a <see cref="ReportingPeriodKind.Month"/> report; <see langword="null"/> for the other kinds.</summary>
    public int? Month { get; init; }

    /// <summary>The period, or <see langword="null"/> when <see cref="Kind"/>, <see cref="Year"/> and <see cref="Month"/> do not make one (an ad hoc kind, a month 13).</summary>
    public ReportingPeriod? Period => ReportingPeriod.TryCreate(Kind, Year, Month, out var period) ? period : null;

    /// <summary>The part of <paramref name="period"/> due by <paramref name="due"/>.</summary>
    /// <param name="period">The period.</param>
    /// <param name="due">When the report is due.</param>
    /// <returns>The part.</returns>
    public static RecurringReportPart For(ReportingPeriod period, Deadline due)
    {
        ArgumentNullException.ThrowIfNull(period);
        return new RecurringReportPart(period.Kind, period.Year, due) { Month = period.Kind == ReportingPeriodKind.Month ? period.MonthNumber : null };
    }
}
