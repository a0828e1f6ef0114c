using Cchc.Domain.Calendar;
using NodaTime;

namespace Cchc.Domain.Deadlines;

/// <summary>
/// Periodic reports, each with its own due day ("Báo cáo quý I, trước ngày 10/3; 6 tháng đầu năm, trước ngày 10/6;
/// quý III, trước ngày 10/9; báo cáo năm, trước ngày 5/12).").
/// </summary>
/// <param name="Parts">The reports, in the order written.</param>
public sealed record RecurringReportDeadline(ValueList<RecurringReportPart> Parts) : Deadline
{
    /// <inheritdoc />
    public override DateInterval? Span => SpanOf.Parts(Parts.Select(p => p.Due.Span));

    private protected override void AddDueDates(List<ResolvedDueDate> parts, WorkingCalendar calendar, DeadlineOptions options, string? label)
    {
        foreach (var part in Parts)
        {
            part.Due.AddDueDatesTo(parts, calendar, options, part.Period?.Name ?? part.Kind.ToString());
        }
    }
}
