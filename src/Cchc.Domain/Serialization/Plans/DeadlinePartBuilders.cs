#pragma warning disable MA0048 // The builders of the parts of structured deadlines live together.
using Cchc.Domain.Deadlines;
using Cchc.Domain.Reporting;

namespace Cchc.Domain.Serialization.Plans;

internal sealed class RecurringReportPartBuilder
{
    public ReportingPeriodKind Period { get; set; }

    public int Year { get; set; }

    public int? Month { get; set; }

    public string? Text { get; set; }

    public Deadline? Due { get; set; }

    public RecurringReportPart Build() =>
        new(Period, Year, (Due ?? DeadlineShapes.Placeholder) with { Text = Text }) { Month = Month };
}

internal sealed class LabelledPartBuilder
{
    public string Label { get; set; } = string.Empty;

    public string? Text { get; set; }

    public Deadline? Due { get; set; }

    public LabelledPart Build() => new(Label, (Due ?? DeadlineShapes.Placeholder) with { Text = Text });
}
