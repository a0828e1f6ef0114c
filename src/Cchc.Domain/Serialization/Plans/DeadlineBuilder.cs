using Cchc.Domain.Deadlines;
using NodaTime;

namespace Cchc.Domain.Serialization.Plans;

/// <summary>What was read of a structured deadline (<c>due</c>) of any kind; each kind uses the members it has.</summary>
internal sealed class DeadlineBuilder
{
    public LocalDate Date { get; set; }

    public YearMonth Month { get; set; } = new(1, 1);

    public int Year { get; set; }

    public int Quarter { get; set; }

    public int Half { get; set; }

    public int WorkingDays { get; set; }

    public int Days { get; set; }

    public string Event { get; set; } = string.Empty;

    public string? Authority { get; set; }

    public string Document { get; set; } = string.Empty;

    public ValueList<RecurringReportPart> ReportParts { get; set; }

    public ValueList<LabelledPart> LabelledParts { get; set; }
}
