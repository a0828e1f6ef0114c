using Cchc.Domain.Calendar;
using NodaTime;

namespace Cchc.Domain.Deadlines;

/// <summary>A deadline per deliverable ("- Kế hoạch (Quý I); - Báo cáo (Trước 30/11)").</summary>
/// <param name="Parts">The labelled parts, in the order written.</param>
public sealed record LabelledPartsDeadline(ValueList<LabelledPart> Parts) : Deadline
{
    /// <inheritdoc />
    public override DateInterval? Span => SpanOf.Parts(Parts.Select(p => p.Deadline.Span));

    private protected override void AddDueDates(List<ResolvedDueDate> parts, WorkingCalendar calendar, DeadlineOptions options, string? label)
    {
        foreach (var part in Parts)
        {
            part.Deadline.AddDueDatesTo(parts, calendar, options, part.Label);
        }
    }
}
